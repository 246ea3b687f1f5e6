// Publication dates from text: a full date becomes ISO 8601; a date printed without a year is kept as given.
import * as chrono from 'chrono-node';
import type { PartialDate } from '../model/index.ts';
import { parseDottedDate, parseSlashedDate, type SlashOrder } from './html/dates.ts';
import { unpinned } from './unpinned.ts';
import { withAsciiDigits } from './digits.ts';
import { monthByName } from './icu-months.ts';

export type FoundDate = { readonly published_at: string | null; readonly partial_date: PartialDate | null };

const NO_DATE: FoundDate = { published_at: null, partial_date: null };
/** Lines longer than this are prose, where a date is an event in the story rather than the publication date. */
const MAX_DATE_LINE_CHARS = 120;
/** Dates are read relative to a fixed instant so that results never depend on today's date. */
const FIXED_REFERENCE = new Date('2000-01-01T00:00:00Z');

/**
 * The first line that is essentially a date ("Published: 9 August 2013, 10:31 AM"), as ISO 8601. `slashOrder`: how
 * the page's language writes "03/05/2022" (see slashOrderOf); month first when it is not known.
 */
export function findDateLine(lines: readonly string[], slashOrder: SlashOrder = 'month-first'): FoundDate {
  for (const line of lines) {
    for (const text of line.length > MAX_DATE_LINE_CHARS ? fieldsOf(line) : [line]) {
      if (text.length > MAX_DATE_LINE_CHARS) continue;
      const found = parseDate(text, slashOrder);
      if (found.published_at) return found;
    }
  }
  return NO_DATE;
}

/**
 * A post's fields printed on one line ("Veröffentlicht: 05.01.2020 | Autor: … | Abgelegt unter: … | Tags: …") run
 * longer than a date line, but are no prose: each field is read as a line of its own. Prose seldom holds two of these
 * separators.
 */
export function fieldsOf(line: string): string[] {
  const fields = line.split(FIELD_SEPARATOR);
  return fields.length >= MIN_FIELDS ? fields : [];
}
const FIELD_SEPARATOR = /\s*[|·•]\s*/;
const MIN_FIELDS = 3;

/** The first date in the first group of lines that has one (groups nearest the headline first). */
export function findDateIn(groups: readonly (readonly string[])[], slashOrder: SlashOrder): FoundDate {
  for (const lines of groups) {
    // findDateLine only returns full dates, so a partial one cannot stop the search here.
    const found = findDateLine(lines, slashOrder);
    if (found.published_at) return found;
  }
  return NO_DATE;
}

/**
 * Parsers tried after English, for pages in other languages ("14. Februar 2025", "12 сентября 2024",
 * "Publié le 20 novembre 2024 à 07h30"). Each costs a parse, so they only see lines with a digit.
 */
const OTHER_LOCALES: readonly chrono.Chrono[] = [chrono.de, chrono.fr, chrono.es, chrono.it, chrono.pt, chrono.nl, chrono.ru, chrono.uk, chrono.sv].map((l) => l.strict);

/** Month names and abbreviations in the languages parsed here, written in ASCII; Cyrillic and accented ones are found by NON_ASCII_LETTER. */
const ENGLISH_MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const FOREIGN_MONTH = '(?:januar[iy]?|februar[iy]?|mai|maj|mei|juni|juli|okt|oktober|dez|dezember|mrz|janv|janvier|fevrier|mars|avr|avril|juin|juil|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|maart|augustus|augusti)';
const MONTH_WORD = new RegExp(`\\b(?:${ENGLISH_MONTH}|${FOREIGN_MONTH})\\b`, 'i');
const FOREIGN_MONTH_WORD = new RegExp(`\\b${FOREIGN_MONTH}\\b`, 'i');
/** "14.02.2025", "3/10/2025", "2025-03-10". */
const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/;
const NON_ASCII_LETTER = /[^\x00-\x7f]/;
/** A word between a day and a year, or after a year ("12 Mart 2024", "Marso 12, 2024"): a month's name, perhaps. */
const NAMED_DATE_SHAPE = /\d\.?\s+\p{L}{3,}.{0,12}?\d{4}|\p{L}{3,}\s+\d{1,2},?\s+\d{4}|\d{4}\.?\s+(?:m\.\s+)?\p{L}{3,}\s+\d/u;
/** "18. September 2019": a day with a dot before the month's name is written in German, Scandinavian, Slavic … */
const DAY_DOT_MONTH = /\b\d{1,2}\.\s*\p{L}{3,}\.?\s+\d{4}\b/u;

/** "4 de mayo de 202200:00 hs": a page's text run together between the date's year and the time. */
const YEAR_RUN_INTO_TIME = /(?<!\d)((?:19|20)\d{2})(?=\d{1,2}[:.h]\d{2}(?!\d))/g;
/** "Associated PressDecember 2, 2016": a page's text run together before a capitalised month's name and its day. */
const MONTH_RUN_INTO_WORD = /(\p{Ll})(?=(?:January|February|March|April|June|July|August|September|October|November|December)\s+\d)/gu;
/** "2. Februar 20202. Februar 2020": a post's dates of publication and change run together, the year into the day. */
const YEAR_RUN_INTO_DAY = /(?<!\d)((?:19|20)\d{2})(?=\d{1,2}\.\s*\p{L})/gu;
/**
 * "Posted on28. Juli 2019", "Original Research7 April 2020", "Tanja Karrasch3.11.2023": a label or a name run into the
 * date that follows it.
 */
const WORD_RUN_INTO_DAY = /(\p{Ll})(?=\d{1,2}(?:\.?\s*\p{Lu}\p{Ll}|\.\d{1,2}\.\d{2,4}))/gu;
/**
 * "14 Januar 2022": a German date written without the day's dot, which the German parser wants ("14. Januar 2022").
 * With the day run into a word without its dot: eval:pagetext date trafilatura +2 pages, none lost; eval:extract unchanged.
 */
const GERMAN_DAY_WITHOUT_DOT = /\b(\d{1,2})\s+(?=(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\s+\d{4}\b)/gu;
/**
 * "Oktober 25, 2023", "Dezember 26, 2019 von Andrea": a German month's name in the English order, as a blog theme
 * written for English prints a German site's dates; read as the German "25. Oktober 2023". Measured: eval:pagetext
 * date trafilatura +3 pages, none lost.
 */
const GERMAN_MONTH_FIRST = /\b(Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\s+(\d{1,2}),?\s+(\d{4})\b/gu;
/** "08.15 GMT", "7.41 am": a time written with a dot, which the parsers read as a decimal. */
const DOTTED_TIME = /\b([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:[ap]\.?m\b|GMT|UTC|[A-Z]{2,4}T\b|Uhr\b|h\b))/gi;

/** What a timestamp is made of besides digits: month and day names, clock words, time zones, "Updated", "Posted". */
const TIMESTAMP_WORD = new RegExp(
  `\\b(?:${ENGLISH_MONTH}|${FOREIGN_MONTH}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|[ap]\\.?m\\.?|[ecmp][sd]t|bst|cet|cest|msk|jst|aest|gmt|utc|ist|uhr|updated|posted|published|last|modified|on|at|th|st|nd|rd)\\b`,
  'gi',
);

/**
 * A line that is only a timestamp ("Friday, November 11, 2011", "Posted 11 / 27 / 2005 7: 21 AM", "8: 24am:"): digits
 * and date words and no word of its own, so never a headline.
 */
/** One word of a timestamp: a month or day name, a clock word, "Posted" ("December", "Fri.", "pm"). */
export function isTimestampWord(word: string): boolean {
  return word.replace(TIMESTAMP_WORD, '').replace(/[^\p{L}]/gu, '') === '' && /\p{L}/u.test(word);
}

export function isTimestampOnly(text: string): boolean {
  return /\d/.test(text) && !/\p{L}{3,}/u.test(text.replace(TIMESTAMP_WORD, ' '));
}

/**
 * The cleaner asks about the same header lines several times (headline search, date search, then the date in the
 * page's order): what the parsers below read does not depend on the order, so it is remembered once per text.
 */
const PARSED_MEMO = new Map<string, FoundDate>();
const PARSE_MEMO_MAX_ENTRIES = 512;

/** Parses one date expression; without a certain year it is returned as a partial date, never completed. */
export function parseDate(given: string, slashOrder: SlashOrder = 'month-first'): FoundDate {
  const text = withAsciiDigits(given).replace(MONTH_RUN_INTO_WORD, '$1 ').replace(YEAR_RUN_INTO_DAY, '$1 ').replace(WORD_RUN_INTO_DAY, '$1 ')
    .replace(GERMAN_DAY_WITHOUT_DOT, '$1. ').replace(GERMAN_MONTH_FIRST, '$2. $1 $3');
  const iso = normaliseIsoDate(text.trim());
  if (iso) return { published_at: iso, partial_date: null };
  const dotted = parseDottedDate(text, slashOrder, calendarDate);
  if (dotted) return { published_at: dotted, partial_date: null };
  const signed = parseSignedDate(text);
  if (signed) return { published_at: signed, partial_date: null };
  // "03/05/2022" means 3 May in Madrid and 5 March in New York; the English parser below reads it the American way.
  const slashed = parseSlashedDate(text, slashOrder);
  if (slashed) return { published_at: slashed, partial_date: null };
  // Parsing costs far more than these looks: every date accepted here has a day number and a month, by name or in figures.
  if (!/\d/.test(text) || !(MONTH_WORD.test(text) || NUMERIC_DATE.test(text) || NON_ASCII_LETTER.test(text) || NAMED_DATE_SHAPE.test(text))) return NO_DATE;
  const memo = PARSED_MEMO.get(text);
  if (memo !== undefined) return memo;
  // Kept past the page: the key is copied out of it, and the date read from the copy (its texts are cut from the key).
  const key = unpinned(text);
  const found = parseWrittenDate(key);
  if (PARSED_MEMO.size >= PARSE_MEMO_MAX_ENTRIES) PARSED_MEMO.clear();
  PARSED_MEMO.set(key, found);
  return found;
}

/** Dates written out in words or figures the regular expressions above do not take: the common English forms, then chrono. */
function parseWrittenDate(text: string): FoundDate {
  const common = parseCommonEnglishDate(text);
  if (common) return common;
  const result = parseWithAnyLocale(text.replace(DOTTED_TIME, '$1:$2').replace(YEAR_RUN_INTO_TIME, '$1 '));
  if (!result || !hasDayAndMonth(result)) {
    // The languages chrono does not parse, by ICU's month names.
    const named = parseNamedMonthDate(text);
    return named === null ? NO_DATE : { published_at: named, partial_date: null };
  }
  const start = result.start;
  if (!start.isCertain('year')) return { published_at: null, partial_date: { text: result.text, missing: 'year' } };
  // A time is only an instant with its zone; "18:32 Uhr" alone would be read in this machine's zone, so the
  // date is kept without it rather than made to depend on where Parallax runs.
  if (!start.isCertain('hour') || !start.isCertain('timezoneOffset')) {
    const y = start.get('year')!, m = start.get('month')!, d = start.get('day')!;
    return { published_at: `${y}-${pad(m)}-${pad(d)}`, partial_date: null };
  }
  return { published_at: start.date().toISOString(), partial_date: null };
}

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
/**
 * The header date lines most pages print ("Published: 3 March 2025, 10:05 GMT", "Monday, March 10, 2025"),
 * read without the general parser, which costs a hundred times more. Anything else goes to the parser.
 */
const COMMON_ENGLISH_DATE = new RegExp(
  '^(?:(?:published|updated|posted|first published)(?: on)?:?\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?' +
    `(?:(\\d{1,2})\\s+(${ENGLISH_MONTH})\\.?|(${ENGLISH_MONTH})\\.?\\s+(\\d{1,2}),?)\\s+(\\d{4})` +
    '(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?\\s*(gmt|utc)?)?\\s*$',
  'i',
);

function parseCommonEnglishDate(text: string): FoundDate | null {
  const m = COMMON_ENGLISH_DATE.exec(text.trim());
  if (!m) return null;
  const month = MONTH_NUMBER[(m[2] ?? m[3])!.slice(0, 3).toLowerCase()];
  const day = Number(m[1] ?? m[4]);
  const year = Number(m[5]);
  const date = month === undefined ? null : calendarDate(year, month, day);
  if (date === null) return null;
  // As with the parser: a time counts only with its zone.
  if (m[6] === undefined || m[9] === undefined) return { published_at: date, partial_date: null };
  let hour = Number(m[6]);
  const meridiem = m[8]?.toLowerCase().replace(/\./g, '');
  if (hour > 23 || (meridiem && (hour < 1 || hour > 12))) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { published_at: `${date}T${pad(hour)}:${m[7]}:00.000Z`, partial_date: null };
}

/**
 * "2025年3月10日 21:15", "2025년 3월 10일", "3月10日": Chinese, Japanese and Korean write a date's year, month and day
 * each with its sign, so the date is read wherever it stands on the line (a time without its zone is left out, as
 * elsewhere). The year may be left out; groups: year, month, day. Analysis reads dates mentioned in sentences by it too.
 */
export const SIGNED_DATE = /(?<!\d)(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
/** A publication date's year, as the signed dates of a page give it. */
const PUBLICATION_CENTURIES = /^(?:19|20)/u;

/**
 * A day, a month's name and a year in the orders languages write them: "12 marca 2024", "12. března 2024",
 * "12 de março de 2024", "12 Mart 2024", "١٢ آذار ٢٠٢٤", "12 במרץ 2024" (day first), "2024. március 12.", "2024 m. kovo
 * 12 d." (year first), "Marso 12, 2024" (month first); the name is looked up in ICU's names (`monthByName`), so a
 * word that is no month's name is no date.
 */
const MONTH_NAME = '(\\p{L}[\\p{L}\\p{M}]*(?:\\s\\p{L}[\\p{L}\\p{M}]*)?)';
const DAY_NAMED_MONTH_YEAR = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})\\.?\\s+(?:de\\s+|ב-?)?${MONTH_NAME}\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'u');
const YEAR_NAMED_MONTH_DAY = new RegExp(`(?<!\\d)(\\d{4})\\.?\\s+(?:m\\.\\s+)?${MONTH_NAME}\\s+(\\d{1,2})(?:\\.|\\s+d\\.|(?![\\d\\p{L}]))`, 'u');
const NAMED_MONTH_DAY_YEAR = new RegExp(`${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'u');
/** Vietnamese numbers its months: "12 tháng 3, 2024", "12 tháng 3 năm 2024". */
const VIETNAMESE_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:,|\s+năm)\s+(\d{4})(?!\d)/iu;

function parseNamedMonthDate(text: string): string | null {
  const months = monthByName();
  // A two-word name ("تشرين الأول") whole, else its first word ("março" of "março de").
  const month = (name: string | undefined): number | undefined => {
    const lower = name?.toLowerCase();
    return lower === undefined ? undefined : months.get(lower) ?? months.get(lower.split(/\s/u)[0]!);
  };
  const dayFirst = DAY_NAMED_MONTH_YEAR.exec(text);
  const byDay = month(dayFirst?.[2]);
  if (dayFirst !== null && byDay !== undefined) return calendarDate(Number(dayFirst[3]), byDay, Number(dayFirst[1]));
  const yearFirst = YEAR_NAMED_MONTH_DAY.exec(text);
  const byYear = month(yearFirst?.[2]);
  if (yearFirst !== null && byYear !== undefined) return calendarDate(Number(yearFirst[1]), byYear, Number(yearFirst[3]));
  const monthFirst = NAMED_MONTH_DAY_YEAR.exec(text);
  const byName = month(monthFirst?.[1]);
  if (monthFirst !== null && byName !== undefined) return calendarDate(Number(monthFirst[3]), byName, Number(monthFirst[2]));
  const vietnamese = VIETNAMESE_DATE.exec(text);
  return vietnamese === null ? null : calendarDate(Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1]));
}

/** The first signed date with a year of the last two centuries. */
function parseSignedDate(text: string): string | null {
  for (const [, year, month, day] of text.matchAll(SIGNED_DATE)) {
    if (year !== undefined && PUBLICATION_CENTURIES.test(year)) return calendarDate(Number(year), Number(month), Number(day));
  }
  return null;
}

/** `YYYY-MM-DD` for a day that exists (no 31 February), else null. */
function calendarDate(year: number, month: number, day: number): string | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The first parser's reading with a day, a month and a year, else the first with a day and a month: Spanish reads
 * "12 de março de 2024" as 12 March of no year ("mar" is its abbreviation), Portuguese as the whole date.
 */
function parseWithAnyLocale(text: string): chrono.ParsedResult | null {
  const english = firstAbsolute(chrono.strict, text);
  if (english && hasDayAndMonth(english) && english.start.isCertain('year')) return english;
  if (!NON_ASCII_LETTER.test(text) && !FOREIGN_MONTH_WORD.test(text) && !DAY_DOT_MONTH.test(text)) return english;
  let withoutYear = english && hasDayAndMonth(english) ? english : null;
  for (const locale of OTHER_LOCALES) {
    const found = firstAbsolute(locale, text);
    if (found === null || !hasDayAndMonth(found)) continue;
    if (found.start.isCertain('year')) return found;
    withoutYear ??= found;
  }
  return withoutYear ?? english;
}

const hasDayAndMonth = (result: chrono.ParsedResult): boolean => result.start.isCertain('day') && result.start.isCertain('month');

/** "3 hours ago" is relative to a reading time Parallax does not know; only absolute dates are publication dates. */
function firstAbsolute(parser: chrono.Chrono, text: string): chrono.ParsedResult | null {
  for (const result of parser.parse(text, FIXED_REFERENCE, { forwardDate: false })) {
    if (!result.tags().has('result/relativeDate')) return result;
  }
  return null;
}

/** Accepts ISO 8601 and RFC 2822 timestamps as given by JSON exports and meta tags. */
export function normaliseIsoDate(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) || /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}/.test(text)) {
    const t = Date.parse(text.replace(' ', 'T'));
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
