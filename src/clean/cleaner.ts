// RawInput → Article: picks the reader for the body kind, then derives the metadata every article gets.
import { htmlContent, type Article, type ArticleId, type CleanResult, type RawInput } from '../model/index.ts';
import { contentHash } from '../ingest/identity.ts';
import { findAgencies } from './agencies.ts';
import { extractByline } from './byline.ts';
import { cleanByline } from './html/byline.ts';
import { extractDateline } from './dateline.ts';
import { findDateIn, isTimestampOnly, normaliseIsoDate, parseDate, type FoundDate } from './dates.ts';
import { slashOrderOf, slashOrderShownIn, type SlashOrder } from './html/dates.ts';
import { extractHtml } from './html/index.ts';
import { stripNamedSite } from './html/title.ts';
import { detectLanguage, prepareLanguageDetection } from './language.ts';
import { normaliseLanguageTag } from './language-tag.ts';
import { extractPageText } from './page-text.ts';
import { mastheadName } from './page-site-name.ts';
import { NO_TEMPLATES, type TemplateLookup } from './templates.ts';
import { countWords, normaliseWhitespace } from './text-features.ts';
import { unpinned } from './unpinned.ts';

export type CleanerOptions = {
  /** Outlet templates learned so far; lines they mark are chrome. */
  readonly templates?: TemplateLookup;
  /** The outlet to record when neither the input nor the page names one (`--source`). */
  readonly defaultSource?: string;
};

/** The parts a reader recovers from one body kind, before the shared metadata steps. */
type ReadParts = {
  title: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  /** The page's date, read the way its language writes "03/05/2022" (known only once the clean text is). */
  date: (slashOrder: SlashOrder) => FoundDate;
  language: string | null;
  paragraphs: string[];
  credits: string[];
  /** A page text's line hashes, to record under its template source. */
  lineHashes: string[] | null;
};

/**
 * The longest clean text taken as one article. The longest long-form news pieces are about 30,000 words (~200,000
 * characters); past that an input is a book, a site dump or a scrape gone wrong, and analysing it would stall a whole
 * ingest (sentence splitting slows with the square of a paragraph's length: one 4 MB paragraph took minutes). Its raw
 * input is kept, so `reclean` can take it if this limit is ever raised.
 */
export const MAX_ARTICLE_CHARS = 500_000;

export function createCleaner(options: CleanerOptions = {}): (raw: RawInput) => CleanResult {
  const templates = options.templates ?? NO_TEMPLATES;
  prepareLanguageDetection();
  const cleanOne = (input: RawInput): CleanResult => {
    const raw = withVisibleText(withUsableHints(input));
    const defaultSource = raw.hints.fallback_source ?? options.defaultSource ?? null;
    const templateSource = templateSourceOf(raw, defaultSource);
    const parts = readParts(raw, templates, templateSource, defaultSource);
    const found = dropSignOff(startAtDateline(parts.paragraphs.map(normaliseWhitespace).filter(Boolean)));
    const paragraphs = found.length > 0 ? found : givenRecordText(raw);
    if (paragraphs.length === 0) return { ok: false, reason: 'no article text found' };
    const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
    if (chars > MAX_ARTICLE_CHARS) {
      return { ok: false, reason: `article text too long: ${chars.toLocaleString('en')} characters, more than the ${MAX_ARTICLE_CHARS.toLocaleString('en')} one article can have` };
    }
    const article = assemble(raw, parts, paragraphs);
    return { ok: true, article, templateSource, lineHashes: parts.lineHashes, warnings: unreadHints(raw.hints, article.language) };
  };
  return (input) => {
    // A page that trips a bug in cleaning is that page's rejection, not the end of its batch: the inputs around it are
    // stored, and its raw input is kept for `reclean` once the bug is fixed. The reason says it is a bug, not the page.
    try {
      return cleanOne(input);
    } catch (error) {
      return { ok: false, reason: `internal error while cleaning (${describeError(error)}); the raw input is kept for 'parallax reclean'` };
    }
  };
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/\s+/gu, ' ').slice(0, 200);
}

/** Longest given title, outlet or byline: a headline is a line (the API takes titles up to this); more is a body in the wrong field. */
const MAX_HINT_CHARS = 1000;

const LINE_FIELDS = ['title', 'source', 'byline'] as const;
/**
 * Control characters a text shows nothing for (a NUL a scraper saved, a C1 byte a wrong decoding left), tab and line
 * breaks aside: in a page text a NUL at a line's end hides its full stop, and in an article they would sit invisibly
 * in its text and in every string cut from it.
 */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+/gu;
const HAS_INVISIBLE_CONTROL = new RegExp(INVISIBLE_CONTROLS.source, 'u');

function withoutInvisibleControls(text: string): string {
  return HAS_INVISIBLE_CONTROL.test(text) ? text.replace(INVISIBLE_CONTROLS, '') : text;
}

/** Control characters (NUL, line breaks, escapes) have no place in a one-line field; they break listings and terminals. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/gu;

/**
 * The input with its given one-line metadata usable: control characters become spaces, and a field that is then empty
 * or too long to be what it claims, or a title that is only a timestamp (an export that took the date line for the
 * headline), is dropped, so the page's own is used instead (the raw input keeps what was given).
 */
function withUsableHints(raw: RawInput): RawInput {
  let hints: Record<string, unknown> | null = null;
  for (const field of LINE_FIELDS) {
    const value = raw.hints[field];
    if (value === undefined || value === null) continue;
    const usable = usableHint(field, value);
    if (usable === value) continue;
    hints ??= { ...raw.hints };
    if (usable === '') delete hints[field];
    else hints[field] = usable;
  }
  return hints === null ? raw : { ...raw, hints: hints as RawInput['hints'] };
}

/** A given one-line field as it can be used ('' when it cannot be what it claims). */
function usableHint(field: (typeof LINE_FIELDS)[number], value: string): string {
  if (value.length > MAX_HINT_CHARS || (field === 'title' && (isTimestampOnly(value) || isIdentifier(value)))) return '';
  return CONTROL_CHARACTER.test(value) ? value.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/gu, ' ').trim() : value;
}

/**
 * A given title that is a key, not a headline: one token joined by underscores ("abortion_9_2", "story_104") or a URL
 * slug ("us-russia-talks-begin"). Exports put such keys in their title field; the page's own headline is better.
 */
function isIdentifier(title: string): boolean {
  return !/\s/u.test(title) && (/\p{L}_|_\p{N}/u.test(title) || /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+){2,}$/u.test(title));
}

/**
 * The outlet a page text's template is learned and looked up under: the given source, else the site's host, else the
 * name in the page's masthead. Known before cleaning, unlike the article's source (which may come from the page's own
 * header, found only once template lines are set aside), so pages are recorded under the key they are read with.
 * None for HTML, whose chrome the HTML scorer finds.
 */
function templateSourceOf(raw: RawInput, defaultSource: string | null): string | null {
  if (raw.body.kind !== 'text') return null;
  return raw.hints.source ?? defaultSource ?? hostOf(raw.hints.url ?? null) ?? mastheadName(raw.body.text);
}

function readParts(raw: RawInput, templates: TemplateLookup, templateSource: string | null, defaultSource: string | null): ReadParts {
  const hintedSource = raw.hints.source ?? null;
  if (raw.body.kind === 'html') {
    const page = extractHtml(htmlContent(raw.body), raw.hints.url ? { url: raw.hints.url } : {});
    return {
      title: page.title,
      source: hintedSource ?? page.siteName ?? hostOf(page.url) ?? defaultSource,
      url: page.url,
      byline: page.byline,
      date: () => (page.publishedAt ? parseDate(page.publishedAt) : { published_at: null, partial_date: null }),
      language: page.language,
      paragraphs: dropLeadingBylines(page.paragraphs.map(withoutInvisibleControls)),
      credits: [],
      lineHashes: null,
    };
  }
  const pageText = raw.body.text;
  const page = extractPageText(pageText, templateSource, templates, raw.hints.title ?? null);
  const host = hostOf(raw.hints.url ?? null);
  return {
    title: page.title === null ? null : stripNamedSite(page.title, hintedSource ?? page.siteName, host),
    source: hintedSource ?? page.siteName ?? host ?? defaultSource,
    url: null,
    byline: cleanByline(page.byline),
    date: (slashOrder) => findDateIn(page.dateLines, slashOrderShownIn(pageText) ?? slashOrder),
    language: null,
    paragraphs: page.paragraphs,
    credits: page.captions,
    lineHashes: page.lineHashes,
  };
}

/** A page text or record text without its invisible control characters, read once for every use below. */
function withVisibleText(raw: RawInput): RawInput {
  if (raw.body.kind !== 'text') return raw;
  const text = withoutInvisibleControls(raw.body.text);
  return text === raw.body.text ? raw : { ...raw, body: { ...raw.body, text } };
}

/** The paragraphs as cut from their joined text (each followed by the two-character separator). */
function paragraphsOf(text: string, cut: readonly string[]): string[] {
  let at = 0;
  return cut.map((paragraph) => {
    const own = text.slice(at, at + paragraph.length);
    at += paragraph.length + 2;
    return own;
  });
}

/**
 * An article's texts, in strings of their own: what the stories' window keeps of it (its title, outlet, the names its
 * analysis cuts from its text) outlives the page, and as views into the page they kept the whole page alive. The HTML
 * extractor copies its fields already; a page text's are lines cut from the page.
 */
function assemble(raw: RawInput, parts: ReadParts, cutParagraphs: string[]): Article {
  // Joining copies the paragraphs into a string of the article's own (one paragraph alone would be returned as it is);
  // the paragraphs are then cut from that text, not the page, which is cheaper than copying each.
  const text = cutParagraphs.length === 1 ? unpinned(cutParagraphs[0]!) : cutParagraphs.join('\n\n');
  const paragraphs = paragraphsOf(text, cutParagraphs);
  const opening = extractDateline(paragraphs[0] ?? '');
  const dateline = opening?.dateline ?? null;
  const language = normaliseLanguageTag(raw.hints.language) ?? detectLanguage(text) ?? parts.language;
  const slashOrder = slashOrderOf(language);
  const date = resolveDate(raw.hints.published_at, parts.date(slashOrder), dateline?.date ?? null, slashOrder);
  const source = unpinnedOrNull(raw.hints.source ?? parts.source);
  const url = unpinnedOrNull(raw.hints.url ?? parts.url);
  // The dateline's agency comes first: it is whose copy this is; other credits follow in order of appearance.
  const credited = findAgencies([...paragraphs, ...parts.credits]);
  const agencies = dateline?.agency ? [dateline.agency, ...credited.filter((a) => a !== dateline.agency)] : credited;
  return {
    id: articleId(raw, source, url, text),
    raw_id: raw.id,
    origin: raw.origin,
    title: unpinnedOrNull(raw.hints.title === undefined ? parts.title : stripNamedSite(raw.hints.title, source, hostOf(url))),
    source,
    url,
    published_at: date.published_at,
    partial_date: date.partial_date,
    dateline,
    agencies,
    // A Chinese wire report names its reporters in its dateline only ("新华社北京3月5日电（记者张三、李四）").
    byline: unpinnedOrNull(raw.hints.byline ?? parts.byline ?? opening?.reporters ?? null),
    language,
    word_count: countWords(text),
    paragraphs,
    text,
    extra: { ...(raw.hints.extra ?? {}), ...(raw.hints.id ? { input_id: raw.hints.id } : {}) },
  };
}

const unpinnedOrNull = (text: string | null): string | null => (text === null ? null : unpinned(text));

/**
 * A given date wins, then the page's own; a dateline date without a year is kept as printed, never completed. A given
 * date that cannot be a publication date is passed over like one that cannot be read (it stays in the raw input's hints).
 */
function resolveDate(hinted: string | undefined, found: FoundDate, datelineDate: string | null, slashOrder: SlashOrder): FoundDate {
  const given = hinted ? givenDate(hinted, slashOrder) : null;
  if (given) return { published_at: given, partial_date: null };
  if (found.published_at || found.partial_date) return found;
  return datelineDate ? parseDate(datelineDate, slashOrder) : found;
}

/** A given publication date as ISO 8601, or null when it cannot be read as one or cannot be a publication date. */
function givenDate(hinted: string, slashOrder: SlashOrder): string | null {
  const iso = normaliseIsoDate(hinted) ?? parseDate(hinted, slashOrder).published_at;
  return iso && isPlausibleDate(hinted, iso) ? iso : null;
}

/** How long a given value may be quoted in a warning. */
const QUOTED_VALUE_CHARS = 60;

const quoted = (value: string): string => JSON.stringify(value.length > QUOTED_VALUE_CHARS ? `${value.slice(0, QUOTED_VALUE_CHARS)}…` : value);

/**
 * Given fields the cleaner could not use, for the user to hear about: a publication date it cannot read (or that
 * cannot be one) and a language that is neither a language code nor a name. The article goes without them (the page's own date and
 * the detected language stand in); the raw input keeps them as given.
 */
function unreadHints(hints: RawInput['hints'], language: string | null): string[] {
  const warnings: string[] = [];
  const date = hints.published_at;
  if (date?.trim() && givenDate(date, slashOrderOf(language)) === null) {
    warnings.push(`field "published_at": ${quoted(date.trim())} is not a publication date (ignored)`);
  }
  const tag = hints.language?.trim();
  if (tag && normaliseLanguageTag(tag) === null) {
    warnings.push(`field "language": ${quoted(tag)} is not a language code or name such as "en", "pt-BR" or "English" (ignored; detected: ${language ?? 'none'})`);
  }
  return warnings;
}

/** The first printed newspapers (1605); an earlier year is a typo or a number in the wrong unit. */
const EARLIEST_YEAR = 1605;
/** Embargoed copy may be dated a little ahead; years ahead is a Unix time in milliseconds read as seconds, or a typo. */
const MAX_YEARS_AHEAD = 1;

/** Whether a given date names a day that exists (no 30 February, which Date.parse turns into 2 March) in a year news has. */
function isPlausibleDate(given: string, iso: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(given.trim());
  if (day) {
    const check = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (check.getUTCMonth() !== Number(day[2]) - 1 || check.getUTCDate() !== Number(day[3])) return false;
  }
  const year = new Date(iso).getUTCFullYear();
  return year >= EARLIEST_YEAR && year <= new Date().getUTCFullYear() + MAX_YEARS_AHEAD;
}

/** An article is its outlet's URL where known, else its outlet and text, so re-ingesting never duplicates it. */
function articleId(raw: RawInput, source: string | null, url: string | null, text: string): ArticleId {
  if (raw.hints.id) return `a_${contentHash('id', source ?? '', raw.hints.id)}` as ArticleId;
  if (url) return `a_${contentHash('url', source ?? '', url)}` as ArticleId;
  return `a_${contentHash('text', source ?? '', text)}` as ArticleId;
}

/** A kicker or standfirst printed above the opening paragraph is this short; an article paragraph before the dateline is longer. */
const MAX_LEAD_IN_WORDS = 40;
const DATELINE_SEARCH_PARAGRAPHS = 3;

/**
 * A wire dateline ("ATHENS (AFP) -") opens the article: short lines before it (a section label, a standfirst the
 * page printed above the body) are the page's header, not the article.
 */
function startAtDateline(paragraphs: string[]): string[] {
  for (let i = 1; i < Math.min(paragraphs.length, DATELINE_SEARCH_PARAGRAPHS); i++) {
    if (countWords(paragraphs[i - 1]!) > MAX_LEAD_IN_WORDS) return paragraphs;
    if (extractDateline(paragraphs[i]!)) return paragraphs.slice(i);
  }
  return paragraphs;
}

/**
 * When the page-text reader finds no article in the text field of a record (a line of JSON Lines or CSV, or a record
 * of a JSON file: the export says this is the article's text), its lines that read as a headline or a
 * sentence: briefs and headline-only items ("Esther Williams, swimming star, dies at 91"; one sentence after a date
 * line) are too short for the reader, which must tell a page's article from its chrome, yet they are all the record
 * has. Rejecting them left each out of its story (4 of ECB+'s 982 reports). Lines of a few words ("Home", "News"),
 * runs of links split by bars or bullets, and timestamps are still chrome. A page-text file declares no article text,
 * so nothing is kept for it. A record is told by its origin: a line, or a record number (which a JSON file's records
 * carry even when alone).
 */
function givenRecordText(raw: RawInput): string[] {
  if (raw.body.kind !== 'text' || (raw.origin.line === undefined && raw.origin.record === undefined)) return [];
  return raw.body.text.split('\n').map(normaliseWhitespace).filter(readsAsProse);
}

/** Fewest words of a line kept as a brief's text: a headline has five or more, a menu entry one or two. */
const MIN_BRIEF_WORDS = 5;
const LINK_SEPARATOR = /\s[|•·»]\s/u;

function readsAsProse(line: string): boolean {
  return countWords(line) >= MIN_BRIEF_WORDS && !LINK_SEPARATOR.test(line) && !isTimestampOnly(line);
}

/** The wire sign-off "(Reporting by …; Editing by …)" closes the article; it names staff, not content. */
const SIGN_OFF = /^\((?:additional )?(?:reporting|writing|editing|compiled|research)(?: by)?\b[^()]*\)$/i;

function dropSignOff(paragraphs: string[]): string[] {
  const last = paragraphs.at(-1);
  return last !== undefined && paragraphs.length > 1 && SIGN_OFF.test(last) ? paragraphs.slice(0, -1) : paragraphs;
}

/** A byline printed as the article's first lines ("Par Claire Dubois - Publié le …") is metadata, not text. */
function dropLeadingBylines(paragraphs: readonly string[]): string[] {
  let start = 0;
  while (start < Math.min(paragraphs.length - 1, 2) && extractByline(paragraphs[start]!)) start++;
  return paragraphs.slice(start);
}

/** The site a URL is on, or null: a URL without a host (file:, urn:, javascript:) named the outlet "", over --source. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
