// Normalises the many ways pages write a date into ISO 8601, keeping the publisher's own offset.
import * as chrono from 'chrono-node';
import { pageMemo } from './page-memo.ts';
import { MONTH_WORD, MONTH_WORDS_BY_LOCALE } from './vocabulary.ts';

/** Dates outside this range are template placeholders or typos (calibrated on the dev pages: the oldest
 *  genuine article is from the late 1990s). */
const EARLIEST_YEAR = 1995;
/** Pages may be dated slightly ahead of the crawl clock by time zones. */
const LATEST_YEAR = new Date().getFullYear() + 1;
/** Longest text handed to chrono: date lines are short, and chrono's cost grows with length. */
const MAX_DATE_TEXT = 160;

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const YEAR_FIRST_SLASH = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
const URL_DATE = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:\/|[_-]|\.html?|$)/;

function pad(value: number | string, width = 2): string {
  return String(value).padStart(width, '0');
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string | null {
  return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function offsetOf(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function fromMatch(m: RegExpExecArray): string | null {
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  if (m[4] === undefined) return day;
  return `${day}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${offsetOf(m[7])}`;
}

/** How to read "10/05/2022": month first (the United States) or day first (nearly everywhere else). */
export type SlashOrder = 'month-first' | 'day-first';

/** "Wed, 04 May 2022 02:41:00 GMT" (RSS and HTTP style), as some CMSs write JSON-LD dates. */
const RFC_2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(gmt|utc|ut|z|[+-]\d{4})$/i;
const RFC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function fromRfc2822(m: RegExpExecArray): string | null {
  const day = isoDay(Number(m[3]), RFC_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
  if (day === null || Number(m[4]) > 23) return null;
  const zone = /^[+-]/.test(m[7]!) ? offsetOf(m[7]) : 'Z';
  return `${day}T${pad(m[4]!)}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

/** Machine-readable dates (attributes, meta content, JSON-LD). */
export function parseMachineDate(raw: string | null | undefined, slashOrder: SlashOrder = 'month-first'): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim();
  const iso = ISO_LIKE.exec(text) ?? COMPACT.exec(text);
  if (iso !== null) return fromMatch(iso);
  const rfc2822 = RFC_2822.exec(text);
  if (rfc2822 !== null) return fromRfc2822(rfc2822);
  if (/^\d{10}(\d{3})?$/.test(text)) {
    // Unix time in seconds or milliseconds; rendered in UTC because the page gave no zone.
    const date = new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
    return date.getUTCFullYear() >= EARLIEST_YEAR ? date.toISOString().replace('.000Z', 'Z') : null;
  }
  return parseHumanDate(text, slashOrder);
}

/** Dates written for readers: "18.09.2019", "September 18, 2019", "18. September 2019"… */
export function parseHumanDate(raw: string, slashOrder: SlashOrder = 'month-first'): string | null {
  const text = raw.length > MAX_DATE_TEXT ? raw.slice(0, MAX_DATE_TEXT) : raw;
  const numeric = parseNumericDate(text, slashOrder);
  if (numeric !== null) return numeric;
  // Chrono is the slow path; without a digit and a month name there is no full date for it to find.
  if (!/\d/.test(text) || !MONTH_WORD.test(text)) return null;
  return parseWithChrono(text);
}

/** Only the numeric forms ("2019-09-18", "18.09.2019", "9/18/2019"): cheap enough to try on every short block. */
export function parseNumericDate(text: string, slashOrder: SlashOrder = 'month-first'): string | null {
  const iso = ISO_LIKE.exec(text.trim());
  if (iso !== null) return fromMatch(iso);
  const dotted = parseDottedDate(text, slashOrder, isoDay);
  if (dotted !== null) return dotted;
  const yearFirst = YEAR_FIRST_SLASH.exec(text);
  if (yearFirst !== null) {
    const day = isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    if (day !== null) return day;
  }
  return parseSlashedDate(text, slashOrder);
}

/**
 * "05.01.2020", "5. 1. 2020", "04.05.20 14:50": figures separated by dots are day.month.year nearly wherever they are
 * written (German, Russian, Scandinavian, Czech … pages); only American pages write the short form month first
 * ("11.03.17"), so with a two-digit year the page's order decides. A two-digit year is this century's (news archives
 * online start in the 1990s), and must not run on into more figures ("4.10.12.1" is a version). `dayOf` says which
 * days the caller accepts (a calendar day; for metadata, also a plausible publication year).
 */
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2}(?!\d)|\d{2}(?![\d.]))/;

export function parseDottedDate(text: string, slashOrder: SlashOrder, dayOf: (year: number, month: number, day: number) => string | null): string | null {
  const m = DOTTED_DATE.exec(text);
  if (m === null) return null;
  const shortYear = m[3]!.length === 2;
  const year = shortYear ? 2000 + Number(m[3]) : Number(m[3]);
  const monthFirst = shortYear && slashOrder === 'month-first' ? dayOf(year, Number(m[1]), Number(m[2])) : null;
  return monthFirst ?? dayOf(year, Number(m[2]), Number(m[1]));
}

/** "10/05/2022" read in the page's convention first; a reading that is no valid date falls back to the other one. */
export function parseSlashedDate(text: string, slashOrder: SlashOrder): string | null {
  const slashed = SLASHED.exec(text);
  if (slashed === null) return null;
  const monthFirst = (): string | null => isoDay(Number(slashed[3]), Number(slashed[1]), Number(slashed[2]));
  const dayFirst = (): string | null => isoDay(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]));
  return slashOrder === 'month-first' ? monthFirst() ?? dayFirst() : dayFirst() ?? monthFirst();
}

/** English pages without a region other than the United States' write "10/05/2022" month first (the
 *  convention of the pages that use slashes with four-digit years); everyone else, including British and
 *  Indian English, day first. */
export function slashOrderOf(languageTag: string | null): SlashOrder {
  if (languageTag === null) return 'month-first';
  const [language = '', region = ''] = languageTag.trim().toLowerCase().split(/[-_]/);
  return language === 'en' && (region === '' || region === 'us') ? 'month-first' : 'day-first';
}

/**
 * The order a page itself shows: "14/04/2020" can only be day first, "04/14/2020" only month first. When a page's
 * slashed dates that cannot be read the other way all agree, its "12/04/2020" is read the same way (a British recipe
 * blog or an en-GB news page, whose text says no more than "English"); otherwise null, and the language decides.
 */
export function slashOrderShownIn(text: string): SlashOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(SLASHED_ANYWHERE)) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first > 12 && first <= 31 && second <= 12) dayFirst++;
    else if (second > 12 && second <= 31 && first <= 12) monthFirst++;
  }
  return dayFirst > 0 && monthFirst === 0 ? 'day-first' : monthFirst > 0 && dayFirst === 0 ? 'month-first' : null;
}
const SLASHED_ANYWHERE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:19|20)\d{2}(?![\d/])/g;

/**
 * The words of chrono's relative-phrase parsers ("3 days ago", "2 weeks later", "next 3 days"), by parser, as their
 * patterns write them: each pattern needs one of its words, in that group and with its flags, so a text without one
 * cannot match it. Their patterns are chrono's largest (a number and unit, repeated up to ten times), and V8 compiles
 * a pattern to machine code at its second use: 25 to 150 ms for each of these, paid in the first pages of every run.
 * The "within" parsers are left out: with forwardDate their word is optional. dates.test.ts checks each group is still
 * its pattern's.
 */
export const RELATIVE_PHRASE_WORDS: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: /(?:ago|before|earlier)/i,
  ENTimeUnitLaterFormatParser: /(?:later|after|from now|henceforth|forward|out)/i,
  ENTimeUnitCasualRelativeFormatParser: /(this|last|past|next|after|\+|-)/i,
  ITTimeUnitAgoFormatParser: /(?:fa|prima)/i,
  ITTimeUnitLaterFormatParser: /(?:dopo|più\s*tardi|da\s*adesso|da\s*ora)/i,
};

/**
 * chrono's parsers that build their pattern anew at every call (their innerPattern() creates a RegExp), so chrono
 * builds the whole pattern anew too, and V8 compiles it again whenever a garbage collection has emptied its cache of
 * compiled patterns: 3 to 15 ms at a time, all through a run. Their pattern reads nothing from the context and is the
 * same each time (dates.test.ts checks, for every parser of these names), so the first one is kept. Parsers are known
 * by their class names, which chrono reuses: DETimeUnitAgoFormatParser is its DETimeUnitRelativeFormatParser, and
 * FRTimeUnitAgoFormatParser names both the French "il y a" parser and the French relative one.
 */
export const PATTERN_REBUILDING_PARSERS: ReadonlySet<string> = new Set([
  'DETimeUnitAgoFormatParser', 'DETimeUnitWithinFormatParser', 'FRTimeUnitAgoFormatParser', 'FRTimeUnitWithinFormatParser',
  'NLTimeUnitWithinFormatParser',
]);

/** Matches nothing, and costs nothing to run. */
const NO_MATCH = /(?!)/;

/** The parser, asked only about texts holding one of `words` (without one, its pattern finds nothing). chrono runs a
 *  parser's pattern on the text and on its rests after each match: a match in a rest holds one of the words too. */
function askedOnlyWith(parser: chrono.Parser, words: RegExp): chrono.Parser {
  return {
    pattern: (context) => (words.test(context.text) ? parser.pattern(context) : NO_MATCH),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** The parser with its first pattern kept (for PATTERN_REBUILDING_PARSERS). */
function withPatternKept(parser: chrono.Parser): chrono.Parser {
  let kept: RegExp | null = null;
  return {
    pattern: (context) => (kept ??= parser.pattern(context)),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** A locale's casual parser, its relative-phrase parsers asked only about texts holding their words, and the patterns
 *  chrono would rebuild at each call built once. */
export function withRelativePhrasesGuarded(casual: chrono.Chrono): chrono.Chrono {
  const parsers = casual.parsers.map((parser) => {
    const kept = PATTERN_REBUILDING_PARSERS.has(parser.constructor.name) ? withPatternKept(parser) : parser;
    const words = RELATIVE_PHRASE_WORDS[parser.constructor.name];
    return words === undefined ? kept : askedOnlyWith(kept, words);
  });
  return new chrono.Chrono({ parsers, refiners: casual.refiners });
}

const PARSERS = ([
  [chrono.en.casual, MONTH_WORDS_BY_LOCALE.en], [chrono.de.casual, MONTH_WORDS_BY_LOCALE.de], [chrono.fr.casual, MONTH_WORDS_BY_LOCALE.fr],
  [chrono.es.casual, MONTH_WORDS_BY_LOCALE.es], [chrono.pt.casual, MONTH_WORDS_BY_LOCALE.pt], [chrono.nl.casual, MONTH_WORDS_BY_LOCALE.nl],
  [chrono.it.casual, MONTH_WORDS_BY_LOCALE.it],
] as const).map(([casual, monthWords]) => [withRelativePhrasesGuarded(casual), monthWords] as const);

/** A date chrono finds is kept only when its text prints the year as four digits or as "'22" (below); a text
 *  without either holds no such date, so chrono, the costliest step of reading metadata, is not asked. */
const PRINTED_YEAR = /\d{4}|'\d{2}/;

/** Pages ask about the same date lines several times (date elements, stamps by the headline, date-only blocks),
 *  and chrono's answer for a text is the same each time (but for a relative phrase with a four-digit number, read
 *  against today's date, which the memo keeps for the page). */
const chronoMemo = pageMemo<string | null>();

function parseWithChrono(text: string): string | null {
  if (!PRINTED_YEAR.test(text)) return null;
  const memo = chronoMemo();
  let found = memo.get(text);
  if (found === undefined) {
    found = parseWithChronoUncached(text);
    memo.set(text, found);
  }
  return found;
}

function parseWithChronoUncached(text: string): string | null {
  for (const [parser, monthWords] of PARSERS) {
    if (!monthWords.test(text)) continue;
    const results = parser.parse(text, new Date(), { forwardDate: false });
    for (const result of results) {
      const start = result.start;
      // A date without a printed year would be a guess; leave it to the later, safer sources.
      if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
      // "today" and "yesterday" count as certain for chrono, but resolve against the clock, not the page.
      if (!/\d{4}|'\d{2}\b/.test(result.text)) continue;
      const day = isoDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
      if (day !== null) return day;
    }
  }
  return null;
}

/** "/2017/7/12/": slash-separated paths also print month and day without padding. */
const URL_SLASHED_DATE = /\/((?:19|20)\d{2})\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])\//;
/** "/2020/oct/02/": a month name between year and day. */
const URL_MONTH_NAME_DATE = /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?:\/|[_-])/i;
const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const URL_DAY_FIRST_DATE = /[/_-](0[1-9]|[12]\d|3[01])[._-](0[1-9]|1[0-2])[._-]((?:19|20)\d{2})(?:\/|[_.-]|$)/;

export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null;
  const m = URL_DATE.exec(url);
  if (m !== null) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const slashed = URL_SLASHED_DATE.exec(url);
  if (slashed !== null) return isoDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const named = URL_MONTH_NAME_DATE.exec(url);
  if (named !== null) return isoDay(Number(named[1]), URL_MONTHS.indexOf(named[2]!.toLowerCase()) + 1, Number(named[3]));
  const dayFirst = URL_DAY_FIRST_DATE.exec(url);
  return dayFirst === null ? null : isoDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
}
