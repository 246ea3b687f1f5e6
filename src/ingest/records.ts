// Turns one record of an export (a JSON object, a CSV row) into a RawInput: finds the fields Parallax reads under
// the names common exports give them, validates them, keeps the rest.
import { z } from 'zod';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { rawId } from './identity.ts';

const optionalText = z.string().trim().min(1).nullish().transform((v) => v ?? undefined);

/**
 * A whole number past 2^53 was rounded by JSON.parse, maybe into another record's id: two articles became one, the
 * second stored over the first.
 */
const exactNumber = z.number().refine((n) => !Number.isInteger(n) || Number.isSafeInteger(n), {
  error: (issue) => `${String(issue.input)} is past 2^53, where JSON numbers lose digits (give the id as a string)`,
});

const ArticleRecord = z.object({
  id: z.union([z.string(), exactNumber], { error: 'expected a string or a number' }).nullish().transform((v) => (v == null ? undefined : String(v))),
  source: optionalText,
  url: optionalText,
  title: optionalText,
  text: optionalText,
  html: optionalText,
  published_at: optionalText,
  language: optionalText,
  byline: optionalText,
});

type ArticleField = keyof z.infer<typeof ArticleRecord>;

/**
 * The names each field goes by in the exports people have: scrapers (news-please, newspaper, trafilatura),
 * news APIs (NewsAPI, Media Cloud, GDELT-style CSVs), CMS and schema.org dumps. Keys are compared without case,
 * "_" or "-" inside them ("publishedAt" = "published_at" = "PUBLISHED-AT"); the Parallax name wins, then the list's order.
 */
const FIELD_NAMES: Readonly<Record<ArticleField, readonly string[]>> = {
  id: ['id', 'article_id', 'guid', 'uuid', 'stories_id', '_id'],
  source: ['source', 'outlet', 'publisher', 'media_name', 'site_name', 'source_name', 'publication', 'source_domain', 'domain'],
  url: ['url', 'link', 'article_url', 'canonical_url', 'web_url', 'permalink'],
  title: ['title', 'headline', 'title_text'],
  text: ['text', 'maintext', 'content', 'body', 'article_text', 'full_text', 'fulltext', 'article_body', 'body_text', 'text_content'],
  html: ['html', 'raw_html', 'content_html', 'html_content', 'body_html'],
  published_at: ['published_at', 'publish_date', 'date_publish', 'published', 'publication_date', 'pub_date', 'date_published', 'published_date', 'date', 'datetime', 'publish_time'],
  language: ['language', 'lang', 'language_code', 'locale'],
  byline: ['byline', 'author', 'authors', 'creator', 'author_name'],
};

/**
 * A leading underscore is kept: it marks a store's own key (MongoDB's and Elasticsearch's `_id`), which must not be
 * taken for Parallax's `id`, nor `id` for an alias of it (an `id` of the wrong type was then dropped without a word).
 */
const normalKey = (key: string): string => key.toLowerCase().replace(/(?!^)[_-]/g, '');

/** Normalised key → the field it names and its rank among that field's names. */
const FIELD_OF_KEY: ReadonlyMap<string, { readonly field: ArticleField; readonly rank: number }> = new Map(
  (Object.entries(FIELD_NAMES) as Array<[ArticleField, readonly string[]]>).flatMap(([field, names]) =>
    names.map((name, rank) => [normalKey(name), { field, rank }] as const),
  ),
);

/** Validates one record; a bad record is a rejection naming the field, never an exception. */
export function recordToItem(value: unknown, origin: Origin, fallback: SourceHints = {}): IngestItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject(origin, 'expected a JSON object with an article');
  }
  const { fields, names, extra } = sortFields(unwrappedSource(value as Record<string, unknown>));
  const parsed = ArticleRecord.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] as ArticleField | undefined;
    return reject(origin, `field "${(field && names.get(field)) ?? (issue.path.join('.') || '?')}": ${issue.message}`);
  }
  const r = parsed.data;
  if (!r.text && !r.html) return reject(origin, 'record has neither "text" nor "html" (nor content, body, maintext…)');
  const deepKey = Object.keys(extra).find((key) => nestedDeeperThan(extra[key], MAX_EXTRA_DEPTH));
  if (deepKey !== undefined) return reject(origin, `field "${deepKey}": nested more than ${MAX_EXTRA_DEPTH} levels deep`);
  const hints: SourceHints = dropUndefined({
    ...fallback,
    id: r.id,
    source: r.source ?? fallback.source,
    url: r.url,
    title: r.title,
    published_at: r.published_at,
    language: r.language,
    byline: r.byline,
    extra: Object.keys(extra).length ? extra : undefined,
  });
  const body = r.html ? ({ kind: 'html', html: r.html } as const) : ({ kind: 'text', text: r.text! } as const);
  return { ok: true, raw: { id: rawId(body, hints), origin, body, hints } };
}

/**
 * The hints a sidecar (`<input>.meta.json`) gives, or why one cannot be used. Text values are kept as given; a field
 * named as Parallax names it that holds something else is read as a record's is (a Unix time or `{"$date"}` as the
 * date, a list of authors as the byline) or named as an error: such values were dropped without a word.
 */
export function sidecarHints(sidecar: Readonly<Record<string, unknown>>): { hints: SourceHints } | { error: string } {
  const hints: Record<string, string> = {};
  for (const [key, value] of Object.entries(sidecar)) {
    if (typeof value === 'string') hints[key] = value;
    if (typeof value === 'string' || !(key in ArticleRecord.shape)) continue;
    const field = key as ArticleField;
    const read = ArticleRecord.shape[field].safeParse(asFieldValue(field, value));
    if (!read.success) return { error: `field "${key}": ${read.error.issues[0]!.message}` };
    if (read.data !== undefined) hints[key] = read.data;
  }
  return { hints };
}

/**
 * An Elasticsearch hit (a search response's, or a line of an elasticdump export) holds the document in `_source`: its
 * fields are read as the record's; the hit's `_id` is its id unless the document has one, and `_index` and `_score`
 * are kept in extra.
 */
function unwrappedSource(record: Record<string, unknown>): Record<string, unknown> {
  const source = record['_source'];
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return record;
  const { _source: _, ...hit } = record;
  return { ...hit, ...(source as Record<string, unknown>) };
}

/**
 * The deepest a kept field may nest arrays and objects. The record's id and its stored copy are made by
 * JSON.stringify, which recurses: a field nested 100,000 levels deep overflowed the stack and ended the whole ingest.
 * Exports nest a few levels.
 */
const MAX_EXTRA_DEPTH = 100;

/** Whether a value nests arrays or objects more than `limit` levels deep; walked without recursion. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth > limit) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

type SortedFields = {
  /** The value each field takes, in the shape the schema reads. */
  readonly fields: Partial<Record<ArticleField, unknown>>;
  /** Which key of the record each field came from, for error messages. */
  readonly names: ReadonlyMap<ArticleField, string>;
  /** Every other key, kept as given: a field's other names too, when a better one was used. */
  readonly extra: Record<string, unknown>;
};

function sortFields(record: Readonly<Record<string, unknown>>): SortedFields {
  const chosen = new Map<ArticleField, { key: string; rank: number; value: unknown }>();
  for (const [key, value] of Object.entries(record)) {
    const known = FIELD_OF_KEY.get(normalKey(key));
    const readable = known && asFieldValue(known.field, value);
    // Under its own name a field of the wrong type is an error to report; under another name it is some other
    // field of the export's (a "media" list, a "content" object) and is kept in extra.
    if (!known || readable === undefined || (known.rank > 0 && typeof readable !== 'string' && !(known.field === 'id' && typeof readable === 'number'))) continue;
    const held = chosen.get(known.field);
    if (!held || known.rank < held.rank) chosen.set(known.field, { key, rank: known.rank, value: readable });
  }
  // Parallax's own names never go to extra, even blank, so a record hashes as it did before aliases were read.
  const used = new Set([...Object.keys(FIELD_NAMES), ...[...chosen.values()].map((c) => c.key)]);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!used.has(key)) extra[key] = value;
  const fields: Partial<Record<ArticleField, unknown>> = {};
  const names = new Map<ArticleField, string>();
  for (const [field, { key, value }] of chosen) {
    fields[field] = value;
    names.set(field, key);
  }
  return { fields, names, extra };
}

/**
 * A value as the schema reads it, or undefined when the key holds nothing usable (absent, blank). Exports
 * nest some fields: NewsAPI's `source: {name}`, schema.org's `author: [{name}]`, lists of authors; dates may be
 * Unix times. Anything else is passed through for the schema to reject with the field's name.
 */
function asFieldValue(field: ArticleField, value: unknown): unknown {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (field === 'published_at') value = unwrappedDate(value);
  if (field === 'published_at' && (typeof value === 'number' || /^\s*\d{8,14}\s*$/.test(String(value)))) return numericDateAsIso(String(value).trim());
  // Some scrapers export the text as its paragraphs.
  if ((field === 'text' || field === 'html') && Array.isArray(value) && value.length > 0 && value.every((p) => typeof p === 'string')) {
    return value.map((p: string) => p.trim()).filter(Boolean).join('\n\n');
  }
  if (field === 'byline' && Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length ? names.join(', ') : unlessBlank(value);
  }
  // Event Registry names an outlet by its title: `source: {uri, title}`.
  if (field === 'source' && typeof value === 'object') return nameOf(value) ?? nameOf({ name: (value as { title?: unknown }).title }) ?? unlessBlank(value);
  if (field === 'byline' && typeof value === 'object') return nameOf(value) ?? unlessBlank(value);
  return value;
}

/**
 * A list or object that names no one: nothing when it holds nothing (`[]`, `{}`, blanks), else itself, for the schema
 * to reject under the field's own name or for extra to keep under another. `source: ["Wire", "Post"]` or
 * `byline: {url}` was dropped without a word, from the article and its raw input alike.
 */
function unlessBlank(value: object | null): unknown {
  const held = Object.values(value ?? {}).filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
  return held.length > 0 ? value : undefined;
}

/**
 * A date in MongoDB's extended JSON (mongoexport): `{"$date": "2020-01-01T00:00:00Z"}`, `{"$date": 1577836800000}` or
 * `{"$date": {"$numberLong": "1577836800000"}}`. Anything else is returned as it is.
 */
function unwrappedDate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('$date' in value)) return value;
  const date = (value as { $date: unknown }).$date;
  if (typeof date === 'object' && date !== null && '$numberLong' in date) return Number((date as { $numberLong: unknown }).$numberLong);
  return date;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

/**
 * Before this many Unix seconds (1971) a number is an export's unset or sentinel date (0, -1) or some count, not when a
 * report came out: read as a time, -1 was stored as 31 December 1969, a year news has.
 */
const EARLIEST_UNIX_SECONDS = 365 * 24 * 60 * 60;

/**
 * Dates some exports give as numbers: compact `YYYYMMDD` or `YYYYMMDDhhmmss` (GDELT), else Unix seconds, or
 * milliseconds for values too large to be seconds. Kept as given (for the cleaner to warn of and pass over, as any
 * date it cannot read) when none of these reads as a date, or it falls before 1971.
 */
function numericDateAsIso(digits: string): string {
  const compact = /^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:([01]\d|2[0-3])([0-5]\d)([0-5]\d))?$/.exec(digits);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact;
    return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
  }
  const value = Number(digits);
  const date = new Date(Math.abs(value) >= 1e11 ? value : value * 1000);
  return Number.isNaN(date.getTime()) || date.getTime() < EARLIEST_UNIX_SECONDS * 1000 ? digits : date.toISOString();
}

/** A rejected input: where it was and why. */
/**
 * Characters of one record (a JSON line; bytes of a CSV row) past which it is not read: no article is that long, and
 * past 512 MB V8 makes no string of it (the JSON array reader's parser packs no value past 256 MB either).
 */
export const MAX_RECORD_CHARS = 256 * 1024 * 1024;

/** The rejection reason of a record past MAX_RECORD_CHARS. */
export function tooLongToRead(what: 'line' | 'row'): string {
  return `${what} too long to read (over ${MAX_RECORD_CHARS / 1024 / 1024} MB; one ${what} holds one article)`;
}

export function reject(origin: Origin, reason: string): IngestItem & { ok: false } {
  return { ok: false, rejection: { origin, reason } };
}

/**
 * Where a JSON response keeps its records when it wraps them (dotted paths): NewsAPI's `{articles: [...]}`,
 * Elasticsearch's `{hits: {hits: [...]}}`. Read by the whole-file reader and by the streaming one.
 */
export const WRAPPED_RECORD_PATHS = ['articles', 'hits.hits'] as const;

/** Hints without absent fields, so the same metadata always hashes to the same raw id. */
export function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Whether a column or key name is one the article's text or HTML goes by (a CSV header must have one). */
export function namesArticleBody(key: string): boolean {
  const field = FIELD_OF_KEY.get(normalKey(key.trim()))?.field;
  return field === 'text' || field === 'html';
}
