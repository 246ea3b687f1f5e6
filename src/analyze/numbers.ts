// Numbers and dates mentioned in a sentence: language-independent evidence that two reports tell the same event.
import type { DateMention, NumberMention } from '../model/analysis.ts';
import { foldDiacritics } from './normalize.ts';
import { MONTHS } from './vocabulary.ts';
import type { WordToken } from './segment.ts';

/** Words that scale the number before them. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
  tausend: 1e3, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
  mil: 1e3, millon: 1e6, millones: 1e6, milliard: 1e9, milliards: 1e9, miliony: 1e6, milionow: 1e6, milyon: 1e6, milyar: 1e9,
};

const NUMBER = /(?<![\p{L}\p{N}])\d+(?:[.,\u00a0]\d+)*/gu;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;
const FOUR_DIGITS = /^\d{4}$/u;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/** Parses "1,200", "1.200", "3,5", "12 000": a separator before exactly three digits groups thousands. */
export function parseNumber(text: string): number {
  const parts = text.split(/[.,\u00a0]/u);
  if (parts.length === 1) return Number(text);
  const last = parts[parts.length - 1] ?? '';
  const groupsOfThree = parts.slice(1).every((part) => part.length === 3);
  if (groupsOfThree && (parts.length > 2 || last.length === 3)) return Number(parts.join(''));
  return Number(`${parts.slice(0, -1).join('')}.${last}`);
}

function isYear(text: string): boolean {
  if (!FOUR_DIGITS.test(text)) return false;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export type NumbersAndDates = { numbers: NumberMention[]; dates: DateMention[] };

/** Finds numbers (scaled by a following "million") and dates (month names with day and year, ISO dates, years). */
export function findNumbersAndDates(
  sentence: string,
  words: readonly WordToken[],
  sentenceIndex: number,
  minValue: number,
  into: NumbersAndDates,
  monthOf: (word: string) => number | undefined = (word) => MONTHS[foldDiacritics(word)],
): void {
  const dateDigits = new Set<number>();
  for (const match of sentence.matchAll(ISO_DATE)) {
    into.dates.push({ text: match[0], normalized: match[0], sentence: sentenceIndex });
    for (let i = 0; i < match[0].length; i++) dateDigits.add(match.index + i);
  }
  words.forEach((word, i) => {
    const month = monthOf(word.text);
    if (month === undefined) return;
    const before = words[i - 1];
    const after = words[i + 1];
    const dayBefore = before !== undefined && /^\d{1,2}$/u.test(before.text) && sentence.slice(before.end, word.start).trim().length <= 1 ? before : undefined;
    const dayAfter = after !== undefined && /^\d{1,2}$/u.test(after.text) ? after : undefined;
    const day = dayBefore ?? dayAfter;
    const yearToken = [words[i + 1], words[i + 2]].find((token) => token !== undefined && isYear(token.text));
    if (day === undefined && yearToken === undefined) return;
    // "May" alone is an English verb; require a day or a year next to it, as above.
    const dayNumber = day === undefined ? null : Number(day.text);
    if (dayNumber !== null && (dayNumber < 1 || dayNumber > 31)) return;
    const mm = String(month).padStart(2, '0');
    const dd = dayNumber === null ? '' : `-${String(dayNumber).padStart(2, '0')}`;
    const normalized = yearToken === undefined ? `--${mm}${dd}` : `${yearToken.text}-${mm}${dd}`;
    const first = Math.min(word.start, day?.start ?? word.start);
    const last = Math.max(word.end, day?.end ?? word.end, yearToken?.end ?? word.end);
    into.dates.push({ text: sentence.slice(first, last), normalized, sentence: sentenceIndex });
    for (const token of [day, yearToken]) if (token !== undefined) for (let k = token.start; k < token.end; k++) dateDigits.add(k);
  });
  for (const match of sentence.matchAll(NUMBER)) {
    if (dateDigits.has(match.index)) continue;
    const text = match[0];
    if (isYear(text)) {
      into.dates.push({ text, normalized: text, sentence: sentenceIndex });
      continue;
    }
    let value = parseNumber(text);
    if (!Number.isFinite(value)) continue;
    const nextWord = /^\s*([\p{L}]+)/u.exec(sentence.slice(match.index + text.length))?.[1];
    const multiplier = nextWord === undefined ? undefined : MULTIPLIERS[foldDiacritics(nextWord)];
    if (multiplier !== undefined) value *= multiplier;
    if (Math.abs(value) < minValue) continue;
    into.numbers.push({ text: multiplier === undefined ? text : `${text} ${nextWord}`, value, sentence: sentenceIndex });
  }
}
