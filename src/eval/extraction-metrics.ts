// How extraction output is compared with the gold annotations.

/** Normalises for title comparison: case, punctuation, typographic quotes and whitespace do not count. */
export function normalizeTitle(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

export function titlesMatch(extracted: string | null, gold: string): boolean {
  return extracted !== null && normalizeTitle(extracted) === normalizeTitle(gold);
}

/** Splits an author string into a set of normalised names ("A; B", "A, B and C", "A und B"). */
export function authorNames(text: string): Set<string> {
  return new Set(
    text.normalize('NFKC').toLowerCase()
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

/** The calendar day a date string names, as printed (its own offset, not converted to UTC). */
export function calendarDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (iso !== null) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

export function datesMatch(extracted: string | null, gold: string): boolean {
  return extracted !== null && calendarDay(extracted) !== null && calendarDay(extracted) === calendarDay(gold);
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
