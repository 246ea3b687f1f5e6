// Page metadata: title, outlet, canonical URL, date, author, language, description.
import { normaliseLanguageTag } from '../language-tag.ts';
import { bylinesFromElements, bylinesFromTextLines, chooseByline, copyrightHolder, signatureName } from './authors.ts';
import { dateFromUrl, parseMachineDate, slashOrderOf, type SlashOrder } from './dates.ts';
import { attr, hasHint, elementsNamed, pageIndex, withinMarkedAncestor, isTag, isText, normalizeSpace, textOf, type AnyNode, type Document, type Element } from './dom.ts';
import { dateFromElements, dateFromSelfTeaser, dateNearHeadline, dateStampAfterHeadline, dateStampBeforeHeadline, machineDatesInElements } from './page-dates.ts';
import { HIDDEN_CLASSES, KICKER_HINT } from './vocabulary.ts';
import { readJsonLd, type JsonLdFacts } from './jsonld.ts';
import { collectMetaTags, firstMeta, type MetaTags } from './meta-tags.ts';
import { linksToPage } from './self-links.ts';
import { chooseTitle, headlineOfSectionPage, normalizeForMatch, repairMojibake, type HeadingKicker } from './title.ts';
import type { HtmlExtraction } from './types.ts';

/** What the page declares and prints about the article, before its text blocks are chosen. */
export type PageMetadata = Omit<HtmlExtraction, 'paragraphs'> & {
  /** JSON-LD articleBody, a fallback for pages whose visible text is rendered by script. */
  embeddedBody: string | null;
};
const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article.published', 'datepublished',
  'publish-date', 'publish_date', 'publishdate', 'published_time', 'pubdate', 'dc.date.issued', 'dcterms.issued',
  'dc.date.created', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'originalpublicationdate',
  'article_date_original', 'cxenseparse:recs:publishtime', 'date', 'dc.date', 'dcterms.date', 'dc:date', 'created',
  'citation_publication_date', 'citation_date', 'displaydate', 'date_published', 'release_date', 'pdate',
  'publication_date', 'og:pubdate', 'datecreated',
] as const;
const TITLE_META_KEYS = ['dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'title', 'headline', 'sailthru.title', 'parsely-title'] as const;
/** Generic "date" declarations: many CMSs fill them with the last change, so a date the page shows wins. */
const WEAK_DATE_META_KEYS: ReadonlySet<string> = new Set(['date', 'dc.date', 'dcterms.date', 'dc:date']);
/** Text nodes after the headline searched for the printed date that settles disagreeing metadata dates:
 *  fewer than for a date of last resort, as further down stamps belong to teasers and comments. */
const MAX_CONFIRMING_STAMP_TEXTS = 20;
/** Last-change dates: only when the page says nothing else, since an edit can come years later. */
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'last-modified', 'datemodified', 'dcterms.modified'] as const;
const AUTHOR_META_KEYS = [
  'dc.creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'byl', 'citation_author', 'twitter:creator:name', 'book:author',
  // Cxense's page annotation, which many European news sites fill with the writer even when "author" names the outlet.
  'cxenseparse:author',
] as const;
function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
function looksLikeUrl(text: string): boolean {
  return /^(https?:)?\/\//i.test(text) || /^www\./i.test(text);
}
/** A heading's text without its kicker line and visually hidden separators. */
function headingText(heading: Element): string {
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (node !== heading && (hasHint(node, KICKER_HINT) || HIDDEN_CLASSES.has((node.attribs['class'] ?? '').trim().toLowerCase()))) return;
      if (node.name === 'br') parts.push(' ');
      for (const child of node.children) visit(child);
    }
  };
  visit(heading);
  return normalizeSpace(parts.join(''));
}
/** class/id words of a site's logo or name banner, which some templates set as an <h1>. */
const LOGO_HINT = /(?:^|[\s_-])(?:logo|brand|branding|site-?title|site-?name|masthead)(?=$|[\s_-])/i;
/** How many levels up a heading may sit inside the logo block. */
const MAX_LOGO_DEPTH = 3;
function insideLogo(heading: Element): boolean {
  return withinMarkedAncestor(heading, MAX_LOGO_DEPTH, (node) => hasHint(node, LOGO_HINT));
}
/** class/id words or schema.org type of a breadcrumb trail, whose current item some templates set as an <h1>. */
const BREADCRUMB_HINT = /breadcrumb/i;
/** A heading set as an item of the breadcrumb list names the current page for navigation; the headline is set
 *  apart from it (and may drop the kicker the breadcrumb keeps). */
function breadcrumbItem(heading: Element): boolean {
  const item = heading.parent !== null && isTag(heading.parent) && heading.parent.name === 'li' ? heading.parent : null;
  const list = item?.parent !== null && item?.parent !== undefined && isTag(item.parent) ? item.parent : null;
  return list !== null && (hasHint(list, BREADCRUMB_HINT) || BREADCRUMB_HINT.test(attr(list, 'itemtype') ?? ''));
}
/** Headings set as breadcrumb items whose text another heading shows in part or whole
 *  ("Covid-19: Lässt sich …" in the trail, "<span class=kicker>Covid-19</span> Lässt sich …" over the article):
 *  the other is the headline. A breadcrumb item that is the page's only version of the headline stays. */
function supersededBreadcrumbs(elements: readonly Element[], mayBeHeadline: (heading: Element) => boolean): Element[] {
  const crumbs = pageIndex(elements).h1AndH2.filter(breadcrumbItem);
  if (crumbs.length === 0) return [];
  const others = [
    ...elementsNamed(elements, 'h1').filter((element) => mayBeHeadline(element) && !crumbs.includes(element)).map(headingText).slice(0, MAX_TITLE_HEADINGS),
    ...firstHeadingTexts(elements, 'h2', (heading) => mayBeHeadline(heading) && !crumbs.includes(heading), MAX_TITLE_HEADINGS),
  ].map(normalizeForMatch).filter((key) => key !== '');
  return crumbs.filter((crumb) => {
    const key = normalizeForMatch(headingText(crumb));
    return key !== '' && others.some((other) => ` ${key} `.includes(` ${other} `) || ` ${other} `.includes(` ${key} `));
  });
}
/** Paths of a site's home page. */
const HOME_PATH = /^\/(?:index\.(?:html?|php))?$/i;
/** A heading that is wholly a link to the site's home page is the site's name banner (blog themes set the
 *  blog's name as <h1><a href="/">), not the article's headline. */
function linksHome(heading: Element, pageUrl: string | null): boolean {
  const links = heading.children.filter((child) => isTag(child) || (isText(child) && child.data.trim() !== ''));
  if (links.length !== 1 || !isTag(links[0]!) || links[0].name !== 'a') return false;
  const href = attr(links[0], 'href');
  if (href === null || href.trim() === '') return false;
  try {
    const target = new URL(href.trim(), pageUrl ?? 'http://unknown.invalid/');
    const sameSite = pageUrl === null ? href.trim().startsWith('/') : target.hostname === new URL(pageUrl).hostname;
    return sameSite && HOME_PATH.test(target.pathname) && target.search === '';
  } catch {
    return false;
  }
}
/** Headings compared with the page title. */
const MAX_TITLE_HEADINGS = 8;
/** The first `limit` headings of this tag that may be the headline and show text; read no further
 *  (teaser pages have dozens of <h2>). */
function firstHeadings(elements: readonly Element[], tag: string, mayBeHeadline: (heading: Element) => boolean, limit: number): Element[] {
  const texts: string[] = [];
  const headings: Element[] = [];
  for (const element of elementsNamed(elements, tag)) {
    if (texts.length >= limit) break;
    if (!mayBeHeadline(element)) continue;
    const text = headingText(element);
    // A repeated heading ("Aktuell" over each menu column) is counted once toward the limit.
    if (text !== '' && !texts.includes(text)) {
      texts.push(text);
      headings.push(element);
    }
  }
  return headings;
}
function firstHeadingTexts(elements: readonly Element[], tag: string, mayBeHeadline: (heading: Element) => boolean, limit: number): string[] {
  return firstHeadings(elements, tag, mayBeHeadline, limit).map(headingText);
}
/** Inline elements a heading sets its kicker line in. */
const KICKER_TAGS: ReadonlySet<string> = new Set(['span', 'small', 'strong', 'b', 'em', 'div']);
/** A heading that opens with a line of its own before the headline ("<h1><span class="subtitle">Olympische Spiele in
 *  Paris</span> Getränke per Schiff ins Stadtzentrum</h1>", "<h2><span>Vanlife in Schweden</span> <span>Skandinavien
 *  im Wohnmobil erleben</span></h2>"): the kicker and the headline after it, or null. */
function leadingKicker(heading: Element): HeadingKicker | null {
  const content = heading.children.filter((child) => isTag(child) || (isText(child) && child.data.trim() !== ''));
  const first = content[0];
  if (content.length < 2 || first === undefined || !isTag(first) || !KICKER_TAGS.has(first.name)) return null;
  const kicker = normalizeSpace(textOf(first));
  const headline = normalizeSpace(content.slice(1).map((node) => (isText(node) ? node.data : isTag(node) ? headingText(node) : '')).join(' ')).replace(/^[\s:|–—-]+/, '');
  return kicker === '' || !/\p{L}/u.test(headline) ? null : { kicker, headline };
}
/** The page's metadata, read in stages (headings, title, date), each a function of its own: as one function it took
 *  V8 110-150 ms to compile, again after each deoptimisation (a map its array reads had not seen), three times in a
 *  2,000-page ingest. */
export function readMetadata(document: Document, elements: readonly Element[], pageUrl: string | null): PageMetadata {
  const meta: MetaTags = collectMetaTags(elements);
  const jsonLd = readJsonLd(document, elements as Element[]);
  const links = elementsNamed(elements, 'link');
  const canonical = links.find((link) => /\bcanonical\b/i.test(attr(link, 'rel') ?? ''));
  const url = absoluteUrl(firstNonEmpty(canonical === undefined ? null : attr(canonical, 'href'), firstMeta(meta, ['og:url']), jsonLd.url), pageUrl) ?? pageUrl;

  // A personal site's publisher is its owner, who is the author rather than the outlet.
  const outletPublisher = jsonLd.publisherIsPerson ? null : jsonLd.publisherName;
  const siteName = firstNonEmpty(
    firstMeta(meta, ['og:site_name']), outletPublisher, jsonLd.siteName,
    firstMeta(meta, ['application-name', 'al:ios:app_name', 'twitter:app:name:iphone', 'dc.publisher', 'publisher', 'copyright']),
  );
  const htmlElement = elementsNamed(elements, 'html')[0];
  const headings = pageHeadings(elements, pageUrl);
  const title = readTitle(elements, meta, jsonLd, links, headings, siteName, url, pageUrl);
  const languageTag = (htmlElement === undefined ? null : attr(htmlElement, 'lang') ?? attr(htmlElement, 'xml:lang')) ?? firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language']) ?? jsonLd.language;
  const publishedAt = readPublishedAt(document, elements, meta, jsonLd, title, slashOrderOf(languageTag), url, pageUrl);
  const byline = chooseByline([
    jsonLd.authors.length > 0 ? jsonLd.authors.join(', ') : null,
    ...AUTHOR_META_KEYS.map((key) => meta.get(key)?.[0] ?? null).filter((value) => value === null || !looksLikeUrl(value)),
    labelledMetaAuthor(meta),
    ...bylinesFromElements(elements, title),
    ...bylinesFromTextLines(document),
  ], [siteName, outletPublisher, hostOf(url ?? pageUrl), ...headings.banners]) ?? signatureName(elements) ?? copyrightHolder(elements);

  const language = normaliseLanguageTag(htmlElement === undefined ? null : attr(htmlElement, 'lang') ?? attr(htmlElement, 'xml:lang'))
    ?? normaliseLanguageTag(firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language']))
    ?? normaliseLanguageTag(jsonLd.language);
  const description = firstNonEmpty(firstMeta(meta, ['description', 'og:description', 'twitter:description']), jsonLd.description);

  return { title, siteName: siteName === null ? null : normalizeSpace(siteName), url, publishedAt, byline, language, description: description === null ? null : normalizeSpace(description), embeddedBody: jsonLd.articleBody };
}
/** The page's headings that may show its headline, and those that name the site instead. */
type PageHeadings = {
  /** Texts of headings that are wholly a link to the site's home page (the site's name banner). */
  readonly banners: readonly string[];
  /** The <h1>s that may be the headline. */
  readonly h1s: readonly Element[];
  /** Texts of those <h1>s, of the first <h2>s that may be the headline, and of their headlines without a kicker line. */
  readonly texts: readonly string[];
  readonly kickers: readonly HeadingKicker[];
};
/** The page's headings, sorted into possible headlines and the site's name banners. */
function pageHeadings(elements: readonly Element[], pageUrl: string | null): PageHeadings {
  // Every <h1> counts (navigation often fills the first h2s before the headline), then the first h2s.
  const bannerHeadings = pageIndex(elements).h1AndH2.filter((element) => linksHome(element, pageUrl));
  const banners = bannerHeadings.map(headingText).filter((t) => t !== '');
  const crumbs = supersededBreadcrumbs(elements, (heading) => !insideLogo(heading) && !bannerHeadings.includes(heading));
  const mayBeHeadline = (heading: Element): boolean => !insideLogo(heading) && !bannerHeadings.includes(heading) && !crumbs.includes(heading);
  const h1s = elementsNamed(elements, 'h1').filter(mayBeHeadline);
  const h1Texts = h1s.map(headingText).filter((t) => t !== '').slice(0, MAX_TITLE_HEADINGS);
  const h2s = firstHeadings(elements, 'h2', mayBeHeadline, MAX_TITLE_HEADINGS);
  const kickers = [...h1s.slice(0, MAX_TITLE_HEADINGS), ...h2s].map(leadingKicker).filter((kicker): kicker is HeadingKicker => kicker !== null);
  // A heading's headline without its kicker line counts as a heading too: titles quote either.
  const texts = [...h1Texts, ...h2s.map(headingText), ...kickers.map((kicker) => kicker.headline)].slice(0, MAX_TITLE_HEADINGS + h1Texts.length + kickers.length);
  return { banners, h1s, texts, kickers };
}
/** The headline, from the declared titles and the page's headings. */
function readTitle(
  elements: readonly Element[], meta: MetaTags, jsonLd: JsonLdFacts, links: readonly Element[], headings: PageHeadings,
  siteName: string | null, url: string | null, pageUrl: string | null,
): string | null {
  const documentTitle = elementsNamed(elements, 'title')[0];
  const firstH1 = headings.h1s[0];
  const declaredTitle = chooseTitle({
    alternatives: [jsonLd.name, jsonLd.pageName, headingInFeedTitle(firstH1 === undefined ? null : headingText(firstH1), links), ...TITLE_META_KEYS.flatMap((key) => meta.get(key)?.slice(1) ?? [])],
    mainHeading: firstH1 === undefined ? null : headingText(firstH1) || null,
    explicit: [jsonLd.headline, ...TITLE_META_KEYS.map((key) => meta.get(key)?.[0] ?? null)],
    structuredHeadline: jsonLd.headline,
    documentTitle: documentTitle === undefined ? null : repairMojibake(textOf(documentTitle)),
    headings: headings.texts,
    kickers: headings.kickers,
    banners: headings.banners,
    siteName,
    host: hostOf(url ?? pageUrl),
  });
  return headlineOfSectionPage(declaredTitle, firstH1 !== undefined, () => linksToPage(elements, url).map((link) => textOf(link) || (attr(link, 'title') ?? '')));
}
/** The publication date: declared, printed by the headline, or in the URL. */
function readPublishedAt(
  document: Document, elements: readonly Element[], meta: MetaTags, jsonLd: JsonLdFacts, title: string | null,
  slashOrder: SlashOrder, url: string | null, pageUrl: string | null,
): string | null {
  // A date in the URL is fixed when the article is first published; metadata dates get rewritten on updates.
  // When both name the same day, the metadata's timestamp is kept for its time and offset.
  const urlDate = dateFromUrl(url) ?? dateFromUrl(pageUrl);
  const parse = (value: string | null): string | null => parseMachineDate(value, slashOrder);
  const firstParsed = (values: readonly (string | null)[]): string | null => values.map(parse).find((date) => date !== null) ?? null;
  const pageDate = parse(jsonLd.datePublished) ?? parse(jsonLd.dateCreated)
    ?? firstParsed(PUBLISHED_META_KEYS.filter((key) => !WEAK_DATE_META_KEYS.has(key)).map((key) => meta.get(key)?.[0] ?? null))
    ?? dateFromSelfTeaser(elements, url, slashOrder) ?? dateFromElements(elements, slashOrder, title) ?? dateStampBeforeHeadline(elements, title, slashOrder)
    ?? firstParsed([...WEAK_DATE_META_KEYS].map((key) => meta.get(key)?.[0] ?? null))
    ?? dateStampAfterHeadline(document, elements, title, undefined, slashOrder) ?? dateNearHeadline(elements, title)
    ?? firstParsed(MODIFIED_META_KEYS.map((key) => meta.get(key)?.[0] ?? null));
  // Metadata sources often disagree (a CMS re-stamps one on every edit): the one naming the day printed by
  // the headline wins.
  let confirmedDate = pageDate;
  if (pageDate !== null) {
    const inMetadata = [parse(jsonLd.datePublished), parse(jsonLd.dateCreated), ...PUBLISHED_META_KEYS.map((key) => parse(meta.get(key)?.[0] ?? null))]
      .filter((date): date is string => date !== null);
    const declared = [...inMetadata, ...machineDatesInElements(elements, title)];
    const shownDate = declared.some((date) => !sameDay(date, pageDate))
      ? dateStampBeforeHeadline(elements, title, slashOrder) ?? dateStampAfterHeadline(document, elements, title, MAX_CONFIRMING_STAMP_TEXTS, slashOrder) : null;
    // Without metadata dates, <time> elements that all miss the printed date are the teasers' of other articles.
    if (shownDate !== null) confirmedDate = declared.find((date) => sameDay(date, shownDate)) ?? (inMetadata.length === 0 ? shownDate : pageDate);
  }
  return urlDate !== null && (confirmedDate === null || !confirmedDate.startsWith(urlDate)) ? urlDate : confirmedDate;
}
/** The page's <h1> when a feed link names it: WordPress titles the post's comment feed "Site » Post title
 *  Comments Feed" from the post's own title, which SEO plugins leave alone when they rewrite the meta titles. */
function headingInFeedTitle(heading: string | null, links: readonly Element[]): string | null {
  if (heading === null || heading.length < MIN_FEED_HEADING_CHARS) return null;
  const key = normalizeForMatch(heading);
  const named = links.some((link) => /\balternate\b/i.test(attr(link, 'rel') ?? '') && /(?:rss|atom)\+xml/i.test(attr(link, 'type') ?? '')
    && ` ${normalizeForMatch(attr(link, 'title') ?? '')} `.includes(` ${key} `));
  return named ? heading : null;
}
/** Shorter headings ("Blog", "News") name the site's own feeds. */
const MIN_FEED_HEADING_CHARS = 20;
/** Twitter card label/value pairs ("twitter:label1" = "Written by", "twitter:data1" = the name), as
 *  WordPress SEO plugins write them. */
const WRITTEN_BY_LABEL = /^(?:written by|author|autor(?:in)?|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door)\s*:?$/i;
function labelledMetaAuthor(meta: MetaTags): string | null {
  for (const index of ['1', '2']) {
    const label = meta.get(`twitter:label${index}`)?.[0];
    const value = meta.get(`twitter:data${index}`)?.[0];
    if (label !== undefined && value !== undefined && WRITTEN_BY_LABEL.test(label.trim())) return value;
  }
  return null;
}
function sameDay(a: string, b: string): boolean {
  return a.slice(0, 10) === b.slice(0, 10);
}
function firstNonEmpty(...values: (string | null | undefined)[]): string | null {
  for (const value of values) if (value !== null && value !== undefined && value.trim() !== '') return value.trim();
  return null;
}
function absoluteUrl(href: string | null, base: string | null): string | null {
  if (href === null) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}
