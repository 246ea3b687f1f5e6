// Chooses the headline: explicit article metadata first, then the page title stripped of the site name.
import { normalizeSpace, wordCount } from './dom.ts';

/** Separators CMSs put between headline and site name in <title> and og:title. */
const TITLE_SEPARATOR = /\s+[|–—·•»›‹«:\/\\]\s+|\s+-{1,2}\s+|\s*\|\s*/;
/** A title part this short (in words) next to a longer one is taken for the site or section name. */
const MAX_SITE_PART_WORDS = 4;

export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

export type TitleSources = {
  readonly explicit: readonly (string | null)[];
  /** The article's JSON-LD headline (also first among `explicit`): declared as the headline itself, where the
   *  meta titles are search and social-card copies. */
  readonly structuredHeadline: string | null;
  /** Second declarations of a title (JSON-LD name beside headline, a repeated og:title), used only when the
   *  page shows one of them as a heading and not the first explicit title. */
  readonly alternatives: readonly (string | null)[];
  readonly documentTitle: string | null;
  readonly headings: readonly string[];
  /** Headings that open with a kicker line set apart from the headline. */
  readonly kickers: readonly HeadingKicker[];
  /** Headings that link to the site's home page: the site's name, shown as a banner. */
  readonly banners: readonly string[];
  /** The first <h1>'s text. */
  readonly mainHeading: string | null;
  readonly siteName: string | null;
  readonly host: string | null;
};

/** A heading's kicker line ("Olympische Spiele in Paris") and the headline it stands over. */
export type HeadingKicker = { readonly kicker: string; readonly headline: string };

/** Shortest host name stem looked for inside a title part. */
const MIN_HOST_STEM_CHARS = 4;

/**
 * Words a title part may add to the site's name and still be the site's label ("Sputnik International", "The Straits
 * Times Singapore"). A longer part that names the outlet is a headline about it ("Fox News poll: Biden approval
 * slips", "Joe Biden: My Plan to Extend Medicare" by the author Joe Biden).
 */
const MAX_WORDS_BESIDE_SITE_NAME = 3;

function isSiteName(part: string, siteName: string | null, host: string | null): boolean {
  const key = normalizeForMatch(part).replace(/\s/g, '');
  if (key === '') return true;
  const words = wordCount(part);
  if (siteName !== null) {
    const site = normalizeForMatch(siteName).replace(/\s/g, '');
    if (site !== '' && (key === site || site.includes(key))) return true;
    if (site !== '' && key.includes(site) && words <= wordCount(siteName) + MAX_WORDS_BESIDE_SITE_NAME) return true;
  }
  if (host !== null) {
    const hostKey = host.replace(/^www\./, '').replace(/[^\p{L}\p{N}]/gu, '');
    const hostStem = hostKey.replace(/(com|de|org|net|ch|at|uk|co|fr|pl)$/, '');
    // A stem as short as "be" (be.ch) occurs inside ordinary words.
    if (hostKey.includes(key) || (hostStem.length >= MIN_HOST_STEM_CHARS && key.includes(hostStem) && words <= MAX_SITE_PART_WORDS)) return true;
  }
  return false;
}

/** Removes a site-name part from "Headline | Site" (or "Site - Headline"). */
export function stripSiteName(title: string, sources: Pick<TitleSources, 'siteName' | 'host' | 'headings' | 'banners'>): string {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return withoutUnspacedHanSuffix(title);
  const headingKeys = new Set(sources.headings.map(normalizeForMatch));
  const partOffsets: number[] = [];
  for (let i = 0, at = 0; i < parts.length; i++) {
    at = title.indexOf(parts[i]!, at);
    partOffsets.push(at);
    at += parts[i]!.length;
  }
  const longestPartWords = Math.max(...parts.map(wordCount));
  let logoPart = bannerPart(parts, sources.banners);
  // A heading on the page that equals one part (or a run of parts) is the headline.
  for (let start = 0; start < parts.length; start++) {
    for (let end = parts.length; end > start; end--) {
      if (start === 0 && end === parts.length) continue;
      const candidate = parts.slice(start, end).join(' ');
      // A short heading beside a long title part is the logo's site name, not the headline.
      if (wordCount(candidate) <= MAX_LABEL_TITLE_WORDS && longestPartWords >= MIN_HEADLINE_WORDS) {
        if (end === start + 1 && logoPart < 0 && headingKeys.has(normalizeForMatch(candidate))) logoPart = start;
        continue;
      }
      if (headingKeys.has(normalizeForMatch(candidate))) {
        const from = partOffsets[start]!;
        const separatorJoined = title.slice(from, partOffsets[end - 1]! + parts[end - 1]!.length);
        return separatorJoined;
      }
    }
  }
  // "Headline : Site | Tagline": everything before the part that the logo heading shows.
  if (logoPart > 0) return title.slice(0, partOffsets[logoPart - 1]! + parts[logoPart - 1]!.length);
  const withoutSite = withoutSiteParts(title, parts, sources.siteName, sources.host);
  if (withoutSite !== title) return withoutSite;
  // No known site name: drop a short trailing part after a long headline, the usual " | Outlet" suffix.
  const lastPart = parts[parts.length - 1]!;
  const head = title.slice(0, title.lastIndexOf(lastPart)).replace(/[\s|–—·•»:\/\\-]+$/, '');
  if (wordCount(lastPart) <= MAX_SITE_PART_WORDS && wordCount(head) > wordCount(lastPart) && /\s[|–—·•»]\s|\s-\s/.test(title)) return withoutTrailingSectionLabels(head);
  return title;
}

/** The title without its parts that name the site or its host ("Headline - Outlet"), when some part remains. */
function withoutSiteParts(title: string, parts: readonly string[], siteName: string | null, host: string | null): string {
  const site = parts.map((part) => isSiteName(part, siteName, host));
  if (site.every((isSite) => isSite) || !site.some((isSite) => isSite)) return title;
  // "Section - Site - Headline": the headline is the longer run of parts between site names; the rest is labels.
  let best: readonly string[] = [];
  for (let start = 0; start < parts.length; start++) {
    if (site[start]) continue;
    let end = start;
    while (end < parts.length && !site[end]) end++;
    const run = withoutSectionLabels(parts.slice(start, end), start > 0, end < parts.length);
    if (wordCount(run.join(' ')) > wordCount(best.join(' '))) best = run;
    start = end;
  }
  const first = best[0]!;
  const last = best[best.length - 1]!;
  return title.slice(title.indexOf(first), title.lastIndexOf(last) + last.length);
}

/** Most words of a section label set between the headline and the site's name ("Politik", "Local News"). */
const MAX_SECTION_LABEL_WORDS = 2;
/** A title part that credits the writer ("By Jane Doe", "Von Max Muster"). */
const BYLINE_PART = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}/u;
/** A run of title parts without the section labels and byline set between it and a site name ("Headline | Politics |
 *  Site", "Headline | By Jane Doe | Site", "Site - Lokales - Headline"), as long as a headline of at least
 *  MIN_HEADLINE_WORDS words remains. `siteBefore`/`siteAfter` say on which side a site name borders the run. */
function withoutSectionLabels(run: readonly string[], siteBefore: boolean, siteAfter: boolean): readonly string[] {
  const isLabel = (part: string): boolean => wordCount(part) <= MAX_SECTION_LABEL_WORDS || BYLINE_PART.test(part);
  let start = 0;
  let end = run.length;
  while (siteAfter && end - start > 1 && isLabel(run[end - 1]!) && wordCount(run.slice(start, end - 1).join(' ')) >= MIN_HEADLINE_WORDS) end--;
  while (siteBefore && end - start > 1 && isLabel(run[start]!) && wordCount(run.slice(start + 1, end).join(' ')) >= MIN_HEADLINE_WORDS) start++;
  return run.slice(start, end);
}

/** "Headline | Politics" once the site's name after it is gone: the section labels at its end go too. */
function withoutTrailingSectionLabels(head: string): string {
  const parts = head.split(TITLE_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  const kept = withoutSectionLabels(parts, false, true);
  if (kept.length === parts.length) return head;
  const last = kept[kept.length - 1]!;
  return head.slice(0, head.indexOf(last) + last.length);
}

/**
 * Only the parts that name the site, for a headline found in page text or given by an export: there is no <h1> to
 * confirm a guess, and headlines of their own have dashes ("Auto leasen, finanzieren oder kaufen – was ist günstiger?").
 */
export function stripNamedSite(title: string, siteName: string | null, host: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length < 2 ? title : withoutSiteParts(title, parts, siteName, host);
}

/** The first part, after the first, where a run of title parts reads as the site's banner heading
 *  ("Headline | Blog Name", "Headline - Section - Site"), or -1. */
function bannerPart(parts: readonly string[], banners: readonly string[]): number {
  if (banners.length === 0) return -1;
  const bannerKeys = new Set(banners.map(normalizeForMatch));
  for (let start = 1; start < parts.length; start++) {
    for (let end = parts.length; end > start; end--) {
      if (bannerKeys.has(normalizeForMatch(parts.slice(start, end).join(' ')))) return start;
    }
  }
  return -1;
}

/** Chinese titles join headline and outlet without spaces ("武汉的声音：…城！-新华网", "…_科技_腾讯网"). */
const UNSPACED_HAN_SUFFIX = /^(.*[^\s\-_|])[-_|]((?:\p{Script=Han}{2,8}[-_|])*\p{Script=Han}{2,8})$/u;
/** The headline must be this many times longer than the outlet part it is separated from. */
const MIN_HEADLINE_TO_SUFFIX_RATIO = 2;

function withoutUnspacedHanSuffix(title: string): string {
  const m = UNSPACED_HAN_SUFFIX.exec(title);
  if (m === null || !/\p{Script=Han}/u.test(m[1]!) || m[1]!.length < m[2]!.length * MIN_HEADLINE_TO_SUFFIX_RATIO) return title;
  return m[1]!;
}

/** A heading inside the page title must be at least this share of it (in characters) to be taken as the
 *  headline that the title decorates with a kicker or site name; shorter ones are section labels. */
const MIN_HEADING_SHARE_OF_TITLE = 0.3;
const MIN_HEADING_WORDS = 2;
/** A <title> of at most this many words, with a longer h1 on the page, is a label rather than a headline. */
const MAX_LABEL_TITLE_WORDS = 2;

/** The longest page heading that the metadata title contains ("Kicker: Headline | Site" around "Headline"). */
function headingInsideTitle(title: string, headings: readonly string[]): string | null {
  const titleKey = normalizeForMatch(title);
  let best: string | null = null;
  let bestAt = Infinity;
  for (const heading of headings) {
    const key = normalizeForMatch(heading);
    if (wordCount(heading) < MIN_HEADING_WORDS || key.length < titleKey.length * MIN_HEADING_SHARE_OF_TITLE) continue;
    if (!` ${titleKey} `.includes(` ${key} `) || !alignedWithSeparators(title, heading)) continue;
    // Several headings inside the title (logo and headline): the one the title starts with is the headline.
    const at = titleKey.indexOf(key);
    if (best === null || at < bestAt || (at === bestAt && heading.length > best.length)) {
      best = heading;
      bestAt = at;
    }
  }
  return best;
}

const PART_BOUNDARY_BEFORE = /(^|[:|–—\-·•»›‹«\/\\]\s*)$/;
const PART_BOUNDARY_AFTER = /^(\s*[:|–—\-·•»›‹«\/\\(]|$)/;
/** A heading covering this much of the title may share a boundary on one side only ("Headline Extra"). */
const ONE_SIDED_HEADING_SHARE = 0.6;

/** True when the heading sits in the title as whole separator-delimited parts, not mid-phrase. */
function alignedWithSeparators(title: string, heading: string): boolean {
  const at = title.toLowerCase().indexOf(heading.toLowerCase());
  if (at < 0) return false;
  const before = PART_BOUNDARY_BEFORE.test(title.slice(0, at));
  const after = PART_BOUNDARY_AFTER.test(title.slice(at + heading.length));
  return (before && after) || ((before || after) && heading.length >= title.length * ONE_SIDED_HEADING_SHARE);
}

export function chooseTitle(sources: TitleSources): string | null {
  const candidates = nonEmpty(sources.explicit);
  const shown = candidates[0] === undefined ? null : shownTitle(candidates, nonEmpty(sources.alternatives), sources);
  if (shown !== null) return shown;
  let explicit = candidates[0] ?? null;
  // Meta content cut short at an unescaped quote (content="… de "incapacitado"") while <title> goes on.
  const fullTitle = sources.documentTitle === null ? '' : normalizeSpace(sources.documentTitle);
  if (explicit !== null && fullTitle.length > explicit.length && fullTitle.startsWith(explicit) && /^\s*["“”„«]/.test(fullTitle.slice(explicit.length))) {
    explicit = fullTitle;
  }
  // Without title metadata, <title> is sometimes just the site or section name ("Home", "Blog-Archiv"): then
  // the page's own h1 is the headline.
  const mainHeading = sources.mainHeading;
  const documentTitle = sources.documentTitle === null ? '' : normalizeSpace(sources.documentTitle);
  const titleIsLabel = documentTitle === '' || isSiteName(documentTitle, sources.siteName, sources.host) || wordCount(documentTitle) <= MAX_LABEL_TITLE_WORDS;
  if (explicit === null && titleIsLabel && mainHeading !== null && wordCount(mainHeading) > wordCount(documentTitle)
    && !isSiteName(mainHeading, sources.siteName, sources.host)) {
    return mainHeading;
  }
  // A one- or two-word metadata title ("Medienmitteilungen") over a <title> that is a full headline names the
  // section the CMS filed the page under.
  if (explicit !== null && wordCount(explicit) <= MAX_LABEL_TITLE_WORDS && documentTitle !== '') {
    const pageTitle = stripSiteName(documentTitle, sources);
    if (wordCount(pageTitle) >= MIN_HEADLINE_WORDS && !isSiteName(pageTitle, sources.siteName, sources.host)
      && !normalizeForMatch(pageTitle).includes(normalizeForMatch(explicit))) explicit = documentTitle;
  }
  const raw = explicit ?? (sources.documentTitle === null ? null : normalizeSpace(sources.documentTitle)) ?? sources.headings[0] ?? null;
  if (raw === null || raw === '') return null;
  const heading = headingInsideTitle(raw, sources.headings);
  if (heading !== null) return heading;
  const stripped = stripSiteName(raw, sources);
  const chosen = stripped === '' ? raw : stripped;
  // A one- or two-word title ("Pressemitteilungen", "About Us") over a page whose main heading is a full
  // headline names the section, not the article.
  if (wordCount(chosen) <= MAX_LABEL_TITLE_WORDS && mainHeading !== null && wordCount(mainHeading) >= MIN_HEADLINE_WORDS
    && !isSiteName(mainHeading, sources.siteName, sources.host) && !normalizeForMatch(mainHeading).includes(normalizeForMatch(chosen))) {
    return mainHeading;
  }
  // The headline shown on the page continues the metadata title ("… Gigafactory-Kapazität" + " in Tennessee"):
  // the metadata carries a shortened copy.
  if (mainHeading !== null && mainHeading.length > chosen.length && mainHeading.startsWith(chosen) && /^\s+\p{Ll}/u.test(mainHeading.slice(chosen.length))) {
    return mainHeading;
  }
  const continued = headlineContinuedUnderKicker(chosen, sources.kickers);
  if (continued !== null) return continued;
  if (mainHeading !== null && rewordedEverywhere(chosen, mainHeading, candidates, documentTitle, sources)) return mainHeading;
  return chosen;
}

/** The same for a heading with a kicker: the title is "Kicker - shortened headline" ("Initiative EnergieEffizienz -
 *  kostenloser Stromcheck"), the heading sets the kicker apart over the whole headline ("Kostenloser Stromcheck für
 *  private Haushalte"). */
function headlineContinuedUnderKicker(chosen: string, kickers: readonly HeadingKicker[]): string | null {
  const title = chosen.toLowerCase();
  for (const { kicker, headline } of kickers) {
    if (!title.startsWith(kicker.toLowerCase())) continue;
    const rest = chosen.slice(kicker.length).replace(/^[\s:|–—-]+/, '');
    if (rest !== '' && headline.length > rest.length && headline.toLowerCase().startsWith(rest.toLowerCase()) && /^\s+\p{Ll}/u.test(headline.slice(rest.length))) return headline;
  }
  return null;
}

/** Shared words (Dice) at which a shown headline is a rewording of the metadata title. Calibrated on the dev
 *  pages: rewordings score 0.7 and up, a product page's slogan beside its title about 0.47. */
const MIN_REWORDING_OVERLAP = 0.6;
/** Leading letters that stand for a word, so that inflections count as one ("Leasing"/"Leasen"). */
const WORD_STEM_CHARS = 4;
function wordSet(text: string): Set<string> {
  return new Set(normalizeForMatch(text).split(' ').filter((word) => word !== '').map((word) => word.slice(0, WORD_STEM_CHARS)));
}
/** Every declared title (og, twitter, JSON-LD, <title>) carries one SEO title and the page shows a reworded
 *  headline of the same story: sites that write a separate search title copy it into every slot, while the
 *  <h1> is the headline as published. A meta title equal to the <h1> counts for it, unless a JSON-LD
 *  headline declares the other title (then the two are the publisher's deliberate headline and display line). */
function rewordedEverywhere(chosen: string, mainHeading: string, explicit: readonly string[], documentTitle: string, sources: TitleSources): boolean {
  const key = normalizeForMatch(chosen);
  const headingKey = normalizeForMatch(mainHeading);
  // A heading that adds to the title ("Politics | Headline", "Headline Subline") decorates it; not a rewording.
  if (explicit.length === 0 || documentTitle === '' || headingKey.includes(key) || key.includes(headingKey) || wordCount(mainHeading) < MIN_HEADLINE_WORDS) return false;
  // Without a JSON-LD headline, a search or social title that repeats the shown headline backs it rather than
  // standing against it: the others must still agree on one reworded title.
  const declared = sources.structuredHeadline === null ? explicit.filter((title) => normalizeForMatch(stripSiteName(title, sources)) !== headingKey) : explicit;
  if (declared.length === 0 || ![...declared, documentTitle].every((title) => normalizeForMatch(stripSiteName(title, sources)) === key)) return false;
  const [a, b] = [wordSet(chosen), wordSet(mainHeading)];
  const shared = [...a].filter((word) => b.has(word)).length;
  return (2 * shared) / (a.size + b.size) >= MIN_REWORDING_OVERLAP;
}

function nonEmpty(titles: readonly (string | null)[]): string[] {
  return titles.map((t) => (t === null ? null : normalizeSpace(t))).filter((t): t is string => t !== null && t !== '');
}

/** The page heading a declared title shows: equal to it, or the headline part of "Headline | Site". */
function headingShownBy(title: string, headings: readonly string[]): string | null {
  const key = normalizeForMatch(title);
  return headings.find((heading) => normalizeForMatch(heading) === key) ?? headingInsideTitle(title, headings);
}

/**
 * A title declared twice under one name disagrees with itself when a plugin adds its own copy (an SEO
 * plugin's og:title beside the theme's; JSON-LD name beside headline): when the first explicit title is not
 * the page's heading, the second declaration that is wins. (Titles under different names are not weighed
 * against each other: sites set social and search headlines apart on purpose.)
 */
function shownTitle(explicit: readonly string[], alternatives: readonly string[], sources: TitleSources): string | null {
  const headings = sources.headings;
  const shownAs = headingShownBy(explicit[0]!, headings);
  if (shownAs !== null) return shownAs === sources.mainHeading ? null : declaredAsMainHeading(explicit, sources);
  const kickerHeadline = headlineUnderDeclaredKicker(explicit, sources);
  if (kickerHeadline !== null) return kickerHeadline;
  const declared = stripSiteName(explicit[0]!, sources);
  if (headingWithKicker(declared, headings)) return headlineWithTextKicker(declared, sources);
  return alternatives.find((alternative) => headingShownBy(alternative, headings) !== null) ?? null;
}

/** The headline under a kicker line when the first declared title is that kicker and another declared title the
 *  headline (a JSON-LD "headline" of "Vanlife in Schweden" over "Skandinavien im Wohnmobil erleben" in the meta title
 *  and the heading): some CMSs declare the kicker as the headline. */
function headlineUnderDeclaredKicker(explicit: readonly string[], sources: TitleSources): string | null {
  const key = normalizeForMatch(stripSiteName(explicit[0]!, sources));
  const declared = new Set(explicit.slice(1).map((title) => normalizeForMatch(stripSiteName(title, sources))));
  return sources.kickers.find((kicker) => normalizeForMatch(kicker.kicker) === key && declared.has(normalizeForMatch(kicker.headline)))?.headline ?? null;
}

/** The <h1> when the first declared title is shown only as a lesser heading (a teaser's <h2>) and another
 *  declaration is the <h1> itself. */
function declaredAsMainHeading(explicit: readonly string[], sources: TitleSources): string | null {
  const heading = sources.mainHeading;
  if (heading === null) return null;
  const key = normalizeForMatch(heading);
  return explicit.slice(1).some((title) => normalizeForMatch(stripSiteName(title, sources)) === key) ? heading : null;
}

/** True when a heading shows the title after a kicker ("Energiewende Oberland: Klimavorreiter Oberland?"). */
function headingWithKicker(title: string, headings: readonly string[]): boolean {
  const key = normalizeForMatch(title);
  return wordCount(title) >= MIN_HEADING_WORDS && headings.some((heading) => normalizeForMatch(heading).endsWith(` ${key}`));
}

/** A kicker written into the headline's text ends with a colon ("\"Pure Leere\": …", "Exklusiv: …"); without one, the
 *  extra words are a label or the title's own ("Patch Notes Patchnotes 4.47.4", "The seven secrets …"). */
const TEXT_KICKER = /^[^:]{1,60}:\s/u;
/** The <h1> that shows the declared title after a kicker written into its own text ("\"Pure Leere\": Marita Kramer
 *  verpasst …"): the headline as published, of which the title is a shortened copy. A kicker set in an element of its
 *  own ("<span class=sub-heading>Energiewende Oberland:</span> …") is a line apart, and the declared title stands (null). */
function headlineWithTextKicker(declared: string, sources: TitleSources): string | null {
  const heading = sources.mainHeading;
  const key = normalizeForMatch(declared);
  if (heading === null || !normalizeForMatch(heading).endsWith(` ${key}`) || !TEXT_KICKER.test(heading)) return null;
  return sources.kickers.some((kicker) => normalizeForMatch(kicker.headline) === key) ? null : heading;
}

/** A one- or two-word title on a page without an <h1> names the section ("energieverbraucher.de | Gaspreise");
 *  then a link to the page itself that reads as a headline (a news list showing the current article) names the
 *  article. `linkTexts` is asked only then. */
export function headlineOfSectionPage(title: string | null, hasMainHeading: boolean, linkTexts: () => readonly string[]): string | null {
  if (title === null || hasMainHeading || wordCount(title) > MAX_LABEL_TITLE_WORDS) return title;
  return linkTexts().map(normalizeSpace).find((text) => wordCount(text) >= MIN_HEADLINE_WORDS) ?? title;
}

/** UTF-8 read as Latin-1 ("NPCÂ´s", "FÃ¼r"): a lead byte's letter followed by a continuation byte's. */
const MOJIBAKE = /[ÂÃ][\u0080-\u00BF]/;
/** A <title> some CMSs encode twice while the page body is right: decoded again when every character fits in
 *  a byte and the bytes are valid UTF-8. */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text) || /[^\u0000-\u00FF]/.test(text)) return text;
  const repaired = Buffer.from(text, 'latin1').toString('utf8');
  return repaired.includes('\uFFFD') ? text : repaired;
}

/** A main heading of at least this many words is a headline rather than a label. */
const MIN_HEADLINE_WORDS = 4;
