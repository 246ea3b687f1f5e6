// Page metadata: title, outlet, canonical URL, date, author, language, description.
import { cleanByline, MAX_BYLINE_LENGTH } from './byline.ts';
import { dateFromUrl, parseHumanDate, parseMachineDate, parseNumericDate } from './dates.ts';
import { attr, classAndId, isTag, isText, normalizeSpace, shortTextOf, textOf, type AnyNode, type Document, type Element } from './dom.ts';
import { AGENCY_CREDIT, BYLINE_TEXT_LABEL, HIDDEN_CLASSES, KICKER_HINT, MONTH_WORD, NAME_PARTICLES } from './vocabulary.ts';
import { readJsonLd } from './jsonld.ts';
import { collectMetaTags, firstMeta, type MetaTags } from './meta-tags.ts';
import { chooseTitle } from './title.ts';

export type PageMetadata = {
  title: string | null;
  siteName: string | null;
  url: string | null;
  publishedAt: string | null;
  byline: string | null;
  language: string | null;
  description: string | null;
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

/** Last-change dates: only when the page says nothing else, since an edit can come years later. */
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'last-modified', 'datemodified', 'dcterms.modified'] as const;

const AUTHOR_META_KEYS = [
  'dc.creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'byl', 'citation_author', 'twitter:creator:name', 'book:author',
] as const;

/** class/id words of the element holding the author's name. */
/** Field labels and form prompts that sit where a byline would. */
const NOT_A_NAME = /^(datum|date|last|updated|quelle|source|name ?\*?|name \(.*\)|alle beiträge|all posts|published|publiziert( am)?|veröffentlicht( am)?|erstellt( am)?|please .*|bitte .*|name|your name|ihr name|foto:.*|photo:.*|bild:.*|.* (says|sagt|schreibt)|admin|administrator|wordpressadmin|anonymous|anonym|gast|guest)$/i;
/** "example.com" style names are the site, not an author. */
const DOMAIN_LIKE = /^[\p{L}\p{N}.-]+\.(com|de|at|ch|fr|cl|es|it|net|org|uk|pl|info|eu|io)$/iu;
const AUTHOR_HINT = /byline|author|autor|writer|creator|verfasser|reporter|journalist|posted-by|postedby|vcard/i;
/** class/id words of the element holding the publication date. */
const DATE_HINT = /date|time|publish|posted|datum|dateline|meta|byline|entry-meta|post-meta|article-info|zeit/i;
/** Texts longer than this in a date-hinted element are paragraphs, not a date line. */
const MAX_DATE_LINE_LENGTH = 120;
/** Characters after the headline searched for a printed date when nothing machine-readable exists. */
const HEADLINE_NEIGHBOURHOOD_CHARS = 600;

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function languageCode(raw: string | null): string | null {
  if (raw === null) return null;
  const primary = raw.trim().toLowerCase().split(/[-_,;\s]/)[0] ?? '';
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

function looksLikeUrl(text: string): boolean {
  return /^(https?:)?\/\//i.test(text) || /^www\./i.test(text);
}

/** Longest text line read as a "Von X" byline. */
const MAX_BYLINE_LINE = 80;
/** Text nodes scanned for byline lines; bylines sit near the top or the end of short pages. */
const MAX_BYLINE_LINE_NODES = 3000;
const MAX_NAME_WORDS = 5;
const INLINE_LABEL_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'em', 'i', 'span', 'label', 'small']);

/** A person's name: one to five capitalised words, particles allowed, no digits. */
function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || /\d/.test(text)) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

/** Bylines written as text lines: "Von Max Muster", "Autor: Max Muster" (label and name possibly in separate elements). */
function bylinesFromTextLines(document: Document): string[] {
  const found: string[] = [];
  let examined = 0;
  const stack: AnyNode[] = [document];
  while (stack.length > 0 && examined < MAX_BYLINE_LINE_NODES && found.length < 3) {
    const node = stack.pop()!;
    if (isText(node)) {
      const text = node.data.trim();
      if (text === '' || text.length > MAX_BYLINE_LINE) continue;
      examined++;
      const label = BYLINE_TEXT_LABEL.exec(text);
      if (label === null) continue;
      // The name may follow in the same text or in the next element ("<b>Autor:</b> Max Muster").
      let line: string | null = text;
      if (label[0].length === text.length && node.parent !== null) {
        // "<b>Autor:</b> Name": the label sits alone in an inline element; the line is its parent's text.
        const parent = node.parent as Element;
        const holder = INLINE_LABEL_TAGS.has(parent.name) && parent.parent !== null && isTag(parent.parent) ? parent.parent : parent;
        line = shortTextOf(holder, MAX_BYLINE_LINE);
      }
      if (line === null) continue;
      const name = line.replace(BYLINE_TEXT_LABEL, '').replace(/\s*\(.*\)\s*$/, '').replace(/,\s*(dpa|afp|ap|reuters|apa|kna|epd|sda)\b.*$/i, '').trim();
      if (name !== '' && looksLikePersonName(name)) found.push(name);
      continue;
    }
    if (!isTag(node) && node.type !== 'root') continue;
    if (isTag(node) && (node.name === 'script' || node.name === 'style' || node.name === 'head' || node.name === 'form' || COMMENT_AREA.test(classAndId(node)))) continue;
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** A heading's text without its kicker line and visually hidden separators. */
function headingText(heading: Element): string {
  const parts: string[] = [];
  const visit = (node: AnyNode): void => {
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (node !== heading && (KICKER_HINT.test(classAndId(node)) || HIDDEN_CLASSES.has((node.attribs['class'] ?? '').trim().toLowerCase()))) return;
      if (node.name === 'br') parts.push(' ');
      for (const child of node.children) visit(child);
    }
  };
  visit(heading);
  return normalizeSpace(parts.join(''));
}

/** Comment threads and comment forms have "author" fields of their own. */
const COMMENT_AREA = /comment|respond|reply|replies|discussion|kommentar/i;
/** How far up to look for a comment area (comment markup nests a few levels deep). */
const MAX_COMMENT_AREA_DEPTH = 8;

function insideCommentsOrForm(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node !== null && depth < MAX_COMMENT_AREA_DEPTH; depth++) {
    if (node.name === 'form' || node.name === 'label' || COMMENT_AREA.test(classAndId(node))) return true;
    node = node.parent !== null && isTag(node.parent) ? node.parent : null;
  }
  return false;
}

/** Bylines the page shows, in order of trust: itemprop=author, rel=author links, byline/author classes. */
function bylinesFromElements(elements: readonly Element[]): string[] {
  const found: string[] = [];
  for (const element of elements) {
    if (attr(element, 'itemprop') === 'author' && !insideCommentsOrForm(element)) {
      const named = element.children.length > 0 ? findNamed(element) : null;
      found.push(named ?? attr(element, 'content') ?? shortTextOf(element, MAX_BYLINE_LENGTH) ?? '');
    }
  }
  for (const element of elements) {
    const rel = attr(element, 'rel');
    if (element.name === 'a' && rel !== null && /\bauthor\b/i.test(rel) && !insideCommentsOrForm(element)) found.push(textOf(element));
  }
  for (const element of elements) {
    if (found.length >= MAX_BYLINE_CANDIDATES) break;
    if (element.name === 'meta' || element.name === 'body' || element.name === 'html' || element.name === 'link') continue;
    if ((element.name !== 'byline' && !AUTHOR_HINT.test(classAndId(element))) || insideCommentsOrForm(element)) continue;
    // Skip "about the author" boxes and author lists: a byline is a short line.
    const text = shortTextOf(element, MAX_BYLINE_LENGTH);
    if (text !== null && text.length > 0) found.push(text);
  }
  return found;
}

function findNamed(element: Element): string | null {
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current !== element && attr(current, 'itemprop') === 'name') return attr(current, 'content') ?? textOf(current);
    for (const child of current.children) if (child.type === 'tag') stack.push(child as Element);
  }
  return null;
}

function dateFromElements(elements: readonly Element[]): string | null {
  for (const element of elements) {
    if (attr(element, 'itemprop') !== 'datePublished') continue;
    const date = parseMachineDate(attr(element, 'content') ?? attr(element, 'datetime') ?? textOf(element));
    if (date !== null) return date;
  }
  const times = elements.filter((element) => element.name === 'time');
  const preferred = times.find((t) => attr(t, 'pubdate') !== null || /publish|posted|created|entry-date/i.test(classAndId(t))) ?? times[0];
  if (preferred !== undefined) {
    const date = parseMachineDate(attr(preferred, 'datetime')) ?? parseHumanDate(textOf(preferred));
    if (date !== null) return date;
  }
  for (const element of elements) {
    if (element.name === 'body' || element.name === 'html' || element.name === 'meta') continue;
    if (!DATE_HINT.test(classAndId(element))) continue;
    const text = shortTextOf(element, MAX_DATE_LINE_LENGTH);
    if (text === null || text.length === 0) continue;
    const date = parseHumanDate(text);
    if (date !== null) return date;
  }
  return null;
}

/** A text node this short that holds a date is a date stamp ("24.01.2022 11:38", "Datum: 25.01.2022"). */
const MAX_DATE_STAMP_LENGTH = 40;
/** Text nodes examined after the headline before giving up (date stamps sit right by the headline). */
const MAX_STAMPS_AFTER_HEADLINE = 200;

/** A line opening with a numeric date ("01.02.2022 „Der Arbeitsmarkt …") is stamped, however long. */
const LEADING_NUMERIC_DATE = /^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b/;

function isDateStampCandidate(text: string): boolean {
  return (text.length <= MAX_DATE_STAMP_LENGTH && /\d/.test(text)) || LEADING_NUMERIC_DATE.test(text);
}

/** The first short date-stamp text after the headline (or from the top without one), skipping links. */
function dateStampAfterHeadline(document: Document, elements: readonly Element[]): string | null {
  const h1 = elements.find((element) => element.name === 'h1');
  let started = h1 === undefined;
  let examined = 0;
  const stack: AnyNode[] = [document];
  while (stack.length > 0 && examined < MAX_STAMPS_AFTER_HEADLINE) {
    const node = stack.pop()!;
    if (node === h1) started = true;
    if (isText(node)) {
      if (!started) continue;
      const text = node.data.trim();
      if (text === '') continue;
      examined++;
      if (!isDateStampCandidate(text)) continue;
      const stamp = text.length <= MAX_DATE_STAMP_LENGTH ? text : text.slice(0, MAX_DATE_STAMP_LENGTH);
      const date = parseNumericDate(stamp) ?? (MONTH_WORD.test(stamp) ? parseHumanDate(stamp) : null);
      if (date !== null) return date;
      continue;
    }
    if (!isTag(node) && node.type !== 'root') continue;
    if (isTag(node) && (node.name === 'a' || node.name === 'script' || node.name === 'style' || node.name === 'head' || node.name === 'nav' || node.name === 'footer')) continue;
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

function dateNearHeadline(elements: readonly Element[]): string | null {
  const h1 = elements.find((element) => element.name === 'h1');
  if (h1 === undefined || h1.parent === null) return null;
  let scope: Element | null = h1.parent as Element;
  for (let level = 0; level < 3 && scope !== null; level++) {
    const text = textOf(scope);
    const start = text.indexOf(textOf(h1));
    const window = text.slice(Math.max(0, start), Math.max(0, start) + HEADLINE_NEIGHBOURHOOD_CHARS);
    const date = parseHumanDate(window);
    if (date !== null) return date;
    scope = scope.parent?.type === 'tag' ? (scope.parent as Element) : null;
  }
  return null;
}

export function readMetadata(document: Document, elements: readonly Element[], pageUrl: string | null): PageMetadata {
  const meta: MetaTags = collectMetaTags(elements);
  const jsonLd = readJsonLd(document, elements as Element[]);
  const links = elements.filter((element) => element.name === 'link');
  const canonical = links.find((link) => /\bcanonical\b/i.test(attr(link, 'rel') ?? ''));
  const url = absoluteUrl(firstNonEmpty(canonical === undefined ? null : attr(canonical, 'href'), firstMeta(meta, ['og:url']), jsonLd.url), pageUrl) ?? pageUrl;

  const siteName = firstNonEmpty(
    firstMeta(meta, ['og:site_name']), jsonLd.publisherName, jsonLd.siteName,
    firstMeta(meta, ['application-name', 'al:ios:app_name', 'twitter:app:name:iphone', 'dc.publisher', 'publisher', 'copyright']),
  );

  const htmlElement = elements.find((element) => element.name === 'html');
  const headings = elements.filter((element) => element.name === 'h1' || element.name === 'h2').map(headingText).filter((t) => t !== '').slice(0, 8);
  const documentTitle = elements.find((element) => element.name === 'title');
  const firstH1 = elements.find((element) => element.name === 'h1');
  const title = chooseTitle({
    alternative: jsonLd.name,
    mainHeading: firstH1 === undefined ? null : headingText(firstH1) || null,
    explicit: [jsonLd.headline, ...['dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'title', 'headline', 'sailthru.title', 'parsely-title'].map((key) => meta.get(key)?.[0] ?? null)],
    documentTitle: documentTitle === undefined ? null : textOf(documentTitle),
    headings,
    siteName,
    host: hostOf(url ?? pageUrl),
  });

  // A date in the URL is fixed when the article is first published; metadata dates get rewritten on updates.
  // When both name the same day, the metadata's timestamp is kept for its time and offset.
  const urlDate = dateFromUrl(url) ?? dateFromUrl(pageUrl);
  const pageDate = parseMachineDate(jsonLd.datePublished) ?? parseMachineDate(jsonLd.dateCreated)
    ?? firstParsed(PUBLISHED_META_KEYS.map((key) => meta.get(key)?.[0] ?? null))
    ?? dateFromElements(elements)
    ?? dateStampAfterHeadline(document, elements) ?? dateNearHeadline(elements)
    ?? firstParsed(MODIFIED_META_KEYS.map((key) => meta.get(key)?.[0] ?? null));
  const publishedAt = urlDate !== null && (pageDate === null || !pageDate.startsWith(urlDate)) ? urlDate : pageDate;

  const byline = chooseByline([
    jsonLd.authors.length > 0 ? jsonLd.authors.join(', ') : null,
    ...AUTHOR_META_KEYS.map((key) => meta.get(key)?.[0] ?? null).filter((value) => value === null || !looksLikeUrl(value)),
    ...bylinesFromElements(elements),
    ...bylinesFromTextLines(document),
  ], [siteName, jsonLd.publisherName, hostOf(url ?? pageUrl)]);

  const language = languageCode(htmlElement === undefined ? null : attr(htmlElement, 'lang') ?? attr(htmlElement, 'xml:lang'))
    ?? languageCode(firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language']))
    ?? languageCode(jsonLd.language);
  const description = firstNonEmpty(firstMeta(meta, ['description', 'og:description', 'twitter:description']), jsonLd.description);

  return { title, siteName: siteName === null ? null : normalizeSpace(siteName), url, publishedAt, byline, language, description: description === null ? null : normalizeSpace(description), embeddedBody: jsonLd.articleBody };
}

/** How many page elements to consider as bylines. */
const MAX_BYLINE_CANDIDATES = 8;

function organisationKey(text: string): string {
  return text.toLowerCase().replace(/^www\./, '').replace(/\.(com|de|at|ch|fr|cl|es|it|net|org|co\.uk|uk|pl)$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The first candidate that names a person rather than the outlet; if none does, the first usable one. */
function chooseByline(raw: readonly (string | null)[], outlets: readonly (string | null)[]): string | null {
  const outletKeys = outlets.filter((o): o is string => o !== null).map(organisationKey).filter((key) => key.length >= 2);
  const cleaned = raw.map((value) => cleanByline(value)).filter((value): value is string => value !== null && !NOT_A_NAME.test(value));
  const isOutlet = (name: string): boolean => {
    const key = organisationKey(name);
    return DOMAIN_LIKE.test(name) || outletKeys.some((outlet) => key === outlet || (key.length >= 4 && (outlet.includes(key) || key.includes(outlet))));
  };
  // "Rob Picheta, CNN": the outlet after the name is a credit line, not a second author.
  const withoutOutlet = cleaned.map((name) => {
    const parts = name.split(/\s*,\s*/);
    return parts.length > 1 && isOutlet(parts[parts.length - 1]!) ? parts.slice(0, -1).join(', ') : name;
  });
  return withoutOutlet.find((name) => !isOutlet(name) && !AGENCY_CREDIT.test(name))
    ?? withoutOutlet.find((name) => !isOutlet(name))
    ?? withoutOutlet.find((name) => !DOMAIN_LIKE.test(name)) ?? null;
}

function firstNonEmpty(...values: (string | null | undefined)[]): string | null {
  for (const value of values) if (value !== null && value !== undefined && value.trim() !== '') return value.trim();
  return null;
}

function firstParsed(values: readonly (string | null)[]): string | null {
  for (const value of values) {
    const date = parseMachineDate(value);
    if (date !== null) return date;
  }
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
