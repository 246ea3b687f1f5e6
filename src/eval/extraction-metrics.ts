// How extraction output is compared with the gold annotations.

/** Unicode case folding plus NFKC: besides case, "ß" and "ss" are one spelling (Swiss German writes "ss"),
 *  invisible format characters (soft hyphens, zero-width spaces) are dropped, and a spacing accent typed as
 *  an apostrophe ("NPC´s") is one (NFKC would turn it into a space and a combining accent). */
function foldText(text: string): string {
  return text.replace(/[\u00B4\u0060]/g, "'").normalize('NFKC').replace(/\p{Cf}+/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** Normalises for title comparison: case, punctuation, typographic quotes and whitespace do not count. */
export function normalizeTitle(text: string): string {
  return foldText(text).replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

/** Separators between a headline and a site/section name in a page title; Chinese titles put them between
 *  characters without spaces ("…大不同_教育频道_中国青年网"). */
const TITLE_PART_SEPARATOR = /\s+(?:[|–—·•»›‹«]|-{1,2}|::)\s+|(?<=\p{Script=Han}|[！？。])[-_|](?=\p{Script=Han})|\s+(?=\[[^\]]+\]\s*$)/u;

/** Titles match when equal after normalisation. Some gold titles (Readability.js's) keep a " | Site",
 *  " - Site" or " [Site]" part that our extractor is specified to drop, so the gold title minus its first or
 *  last separator-delimited part also counts, as does its first part alone when every part dropped after it
 *  is shorter (section, author and site names); nothing is ever removed from the extracted title. */
export function titlesMatch(extracted: string | null, gold: string): boolean {
  if (extracted === null) return false;
  const ours = normalizeTitle(extracted);
  if (ours === normalizeTitle(gold)) return true;
  const parts = gold.split(TITLE_PART_SEPARATOR);
  if (parts.length < 2) return false;
  if (ours === normalizeTitle(parts.slice(0, -1).join(' ')) || ours === normalizeTitle(parts.slice(1).join(' '))) return true;
  // "Headline - Author - Medium", "标题_栏目_网站": several trailing parts, each shorter than the headline.
  const [first, ...rest] = parts.map(normalizeTitle);
  return ours === first && rest.every((part) => part.length < first.length);
}

/** Splits an author string into a set of normalised names ("A; B", "A, B and C", "A und B"). Gold bylines
 *  scraped from pages (Readability.js's) may carry a leading "By", further lines (a date, "Edited by") and a
 *  contact link after the name ("Jane Doe (http://…)"): only the first line counts, without the "By" and
 *  the link. */
export function authorNames(text: string): Set<string> {
  const withoutBy = text.trim().replace(/^(?:written by|by|par|von|por)\s+/iu, '').replace(/\s*\(?(?:https?:\/\/|www\.)[^\s)]+\)?/giu, '');
  const firstLine = withoutBy.split(/\s*\n\s*/)[0] ?? '';
  return new Set(
    foldText(firstLine)
      .split(/\s*(?:;|,|&|\/|\band\b|\bund\b|\bet\b)\s*/u)
      .map((name) => name.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim())
      .filter((name) => name !== ''),
  );
}

/** Authors match when both name the same set of people (order, separators and case aside). */
export function authorsMatch(extracted: string | null, gold: string): boolean {
  if (extracted === null) return false;
  const ours = authorNames(extracted);
  const theirs = authorNames(gold);
  if (ours.size !== theirs.size) return false;
  for (const name of theirs) if (!ours.has(name)) return false;
  return true;
}

/** The calendar day a date string names, as printed (its own offset, not converted to UTC). A few gold dates
 *  are written year-day-month ("2022-29-11"); when the middle number cannot be a month, that is the only
 *  reading, and a single-digit day or month ("2022-11-1") is read as zero-padded. */
export function calendarDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text.trim());
  if (iso !== null) {
    const [first, second] = [Number(iso[2]), Number(iso[3])];
    const [month, day] = first > 12 && second <= 12 ? [second, first] : [first, second];
    return `${iso[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

/** Same calendar day as printed; when both carry a time of day, the same UTC day also counts (a page may
 *  give one instant in two zones, e.g. UTC in JSON-LD and local time in its meta tags). */
export function datesMatch(extracted: string | null, gold: string): boolean {
  if (extracted === null) return false;
  const day = calendarDay(extracted);
  if (day !== null && day === calendarDay(gold)) return true;
  const hasTime = (text: string): boolean => /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text);
  if (!hasTime(extracted) || !hasTime(gold)) return false;
  const utcDay = (text: string): string | null => {
    const date = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  };
  return utcDay(extracted) !== null && utcDay(extracted) === utcDay(gold);
}

/** Word tokens for overlap scoring; Chinese/Japanese/Korean script has no spaces, so each character is a token. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu) ?? [];
}

export type Overlap = { readonly precision: number; readonly recall: number; readonly f1: number };

/** Token-multiset overlap: precision = shared tokens / our tokens, recall = shared / expected tokens. */
export function tokenOverlap(extracted: string, expected: string): Overlap {
  const expectedCounts = new Map<string, number>();
  const expectedTokens = tokenize(expected);
  for (const token of expectedTokens) expectedCounts.set(token, (expectedCounts.get(token) ?? 0) + 1);
  const ours = tokenize(extracted);
  let shared = 0;
  for (const token of ours) {
    const left = expectedCounts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      expectedCounts.set(token, left - 1);
    }
  }
  if (ours.length === 0 && expectedTokens.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = ours.length === 0 ? 0 : shared / ours.length;
  const recall = expectedTokens.length === 0 ? 0 : shared / expectedTokens.length;
  return { precision, recall, f1: f1Of(precision, recall) };
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Whitespace-insensitive text for segment search (segments may cross our paragraph breaks). */
export function segmentSearchText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
