// Numbers and dates mentioned in a sentence: language-independent evidence that two reports tell the same event.
import type { DateMention, NumberMention } from '../model/analysis.ts';
import { foldDiacritics } from './normalize.ts';
import { MONTHS } from './vocabulary.ts';
import type { WordToken } from './segment.ts';
import { dictionary } from '../dictionary.ts';
import { SIGNED_DATE, withAsciiDigits } from '../clean/index.ts';

/** Words that scale the number before them. */
export const MULTIPLIERS: Readonly<Record<string, number>> = dictionary({
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
  tausend: 1e3, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
  mil: 1e3, millon: 1e6, millones: 1e6, milliard: 1e9, milliards: 1e9, miliony: 1e6, milionow: 1e6, milyon: 1e6, milyar: 1e9,
  milhao: 1e6, milhoes: 1e6, bilhao: 1e9, bilhoes: 1e9, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9,
  miljoen: 1e6, miljard: 1e9, billionen: 1e12, tys: 1e3, mln: 1e6, mld: 1e9, miliona: 1e6, miliard: 1e9, miliardow: 1e9, bin: 1e3,
  // Russian, Ukrainian (folded, still Cyrillic): тыс., млн, млрд and the declined words.
  тыс: 1e3, тысяч: 1e3, тысячи: 1e3, млн: 1e6, миллиона: 1e6, миллионов: 1e6, млрд: 1e9, миллиарда: 1e9, миллиардов: 1e9,
});

/**
 * Chinese, Japanese and Korean scale a number by a sign written straight after it, with no space: 17万亿 (17 × 10⁴ ×
 * 10⁸, "17 trillion"), 1130亿 ("113 billion"), 4万 ("40,000"), 17兆円, 17조 원. A run of them multiplies.
 */
export const EAST_ASIAN_MULTIPLIERS: Readonly<Record<string, number>> = {
  千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12, 百: 1e2, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12,
};
const EAST_ASIAN_SCALE = new RegExp(`^[${Object.keys(EAST_ASIAN_MULTIPLIERS).join('')}]+`, 'u');

/**
 * A number stands apart from letters ("G7", "A320" and "COVID19" are names, not numbers), except letters of scripts
 * written without spaces, where "岸田文雄2日" and "约17万亿" hold the numbers 2 and 17.
 */
const NUMBER = /(?<![\p{N}]|(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\p{L})\d+(?:[.,\u00a0]\d+)*/gu;
/**
 * A sentence that may hold a number: a decimal digit of any script (\p{Nd}: ASCII, Arabic-Indic, Devanagari,
 * fullwidth…) or a Chinese/Japanese sign of a hundred or more (三百, 两万). Tested on every sentence, so as cheap as
 * the ASCII test it replaced (about 0.2 µs a sentence either way).
 */
const MAY_HOLD_NUMBER = /[\p{Nd}百千万萬亿億]/u;

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;
const FOUR_DIGITS = /^\d{4}$/u;
/**
 * Between a day and its month: a space or a full stop ("9. Mai"). Spanish and Portuguese "15 de março de 2023" stays
 * a month of a year and the number 15: read as one date, the day left the numbers two reports share, and leave-set-out
 * scores fell (SemEval CV F1 0.749 -> 0.746, ECB+ trained without it 0.866 -> 0.860).
 */
const DAY_MONTH_GAP = /^\s*\S?\s*$/u;
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

/**
 * The month a word names (its number), or undefined. `index` is the word's place in the sentence's `words`: a caller
 * that has already looked every word up (analysis, through its word cache) answers from that instead of a second
 * lookup per word.
 */
export type MonthOf = (word: string, index: number) => number | undefined;

/**
 * Finds numbers (scaled by a following "million") and dates (month names with day and year, ISO dates, years).
 * Figures written in another script's digits (١٢٠٠, １２００, १२००) are found as their ASCII twins and written so.
 */
export function findNumbersAndDates(
  written: string,
  writtenWords: readonly WordToken[],
  sentenceIndex: number,
  minValue: number,
  into: NumbersAndDates,
  monthOf: MonthOf = (word) => MONTHS[foldDiacritics(word)],
): void {
  // Everything found here holds a digit or a Han numeral, a month name too: it counts only beside a day or a year.
  // Most sentences have none, and NUMBER's look-behind of Unicode classes was tried at every position.
  if (!MAY_HOLD_NUMBER.test(written)) return;
  // The patterns below read ASCII digits (`\d` is [0-9], also with /u). Other digits become their ASCII twins one
  // code unit for one, so the words' offsets hold.
  const sentence = withAsciiDigits(written);
  const words = sentence === written ? writtenWords : writtenWords.map((word) => ({ ...word, text: withAsciiDigits(word.text) }));
  if (HAN_LARGE_SIGN.test(sentence)) findHanNumerals(sentence, sentenceIndex, minValue, into);
  const dateDigits = new Set<number>();
  for (const match of sentence.matchAll(ISO_DATE)) {
    into.dates.push({ text: match[0], normalized: match[0], sentence: sentenceIndex });
    markDateDigits(dateDigits, match.index, match.index + match[0].length);
  }
  // indexOf, not a Unicode pattern: this runs on every sentence, and a /u class scan cost analysis 4%.
  if (sentence.includes('月') || sentence.includes('월')) findEastAsianDates(sentence, sentenceIndex, into, dateDigits);
  if (CALENDAR_OR_CLOCK_SIGN.test(sentence)) markCalendarAndClockDigits(sentence, dateDigits);
  words.forEach((word, i) => {
    const month = monthOf(word.text, i);
    if (month === undefined) return;
    const before = words[i - 1];
    const after = words[i + 1];
    const dayBefore = before !== undefined && /^\d{1,2}$/u.test(before.text) && DAY_MONTH_GAP.test(sentence.slice(before.end, word.start)) ? before : undefined;
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
    for (const token of [day, yearToken]) if (token !== undefined) markDateDigits(dateDigits, token.start, token.end);
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
    const rest = sentence.slice(match.index + text.length);
    const scale = EAST_ASIAN_SCALE.exec(rest)?.[0];
    const nextWord = scale === undefined ? /^\s*([\p{L}]+)/u.exec(rest)?.[1] : undefined;
    const multiplier = scale !== undefined ? eastAsianMultiplier(scale) : nextWord === undefined ? undefined : MULTIPLIERS[foldDiacritics(nextWord)];
    if (multiplier !== undefined) value *= multiplier;
    if (Math.abs(value) < minValue) continue;
    const written = scale !== undefined ? `${text}${scale}` : multiplier === undefined ? text : `${text} ${nextWord}`;
    into.numbers.push({ text: written, value, sentence: sentenceIndex });
  }
}

/** Han numerals: digits and the signs for ten and up (三百, 两万, 一千二百). */
const HAN_NUMERAL = /[零〇一二两兩三四五六七八九十百千万萬亿億]+/gu;
/** Only a numeral with a hundred or more is read: 十 alone makes months (十一月) and ordinals (十四届). */
const HAN_LARGE_SIGN = /[百千万萬亿億]/u;
const HAN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Numbers written in Han numerals, as reports in Chinese and Japanese write round figures ("约两万户", "三千人"): the
 * same figure another report writes 2万 or 20,000. A run needs a sign of a hundred or more and a digit before it (or
 * a leading 十: 十万), so words made of the signs alone (千万 "by all means", 百姓 "the people", 数百 "several hundred")
 * are no numbers.
 */
function findHanNumerals(sentence: string, sentenceIndex: number, minValue: number, into: NumbersAndDates): void {
  for (const [run] of sentence.matchAll(HAN_NUMERAL)) {
    const counted = run.startsWith('十') || [...run].some((sign) => (HAN_DIGITS[sign] ?? 0) > 0);
    if (!counted || !HAN_LARGE_SIGN.test(run)) continue;
    const value = hanNumeralValue(run);
    if (value >= minValue) into.numbers.push({ text: run, value, sentence: sentenceIndex });
  }
}

/**
 * The value of a Han numeral: 十, 百 and 千 scale the digit before them within a group; 万 scales the group before it;
 * 亿 scales all before it, so 三亿五千万 is 3 × 10⁸ + 5,000 × 10⁴ and 两万亿 is 2 × 10⁴ × 10⁸.
 */
export function hanNumeralValue(numeral: string): number {
  let total = 0;
  let group = 0;
  let digit = 0;
  for (const sign of numeral) {
    const small = HAN_SMALL_UNITS[sign];
    if (sign in HAN_DIGITS) digit = HAN_DIGITS[sign]!;
    else if (small !== undefined) {
      group += (digit || 1) * small;
      digit = 0;
    } else if (sign === '万' || sign === '萬') {
      total += (group + digit) * 1e4;
      group = digit = 0;
    } else {
      total = (total + group + digit) * 1e8;
      group = digit = 0;
    }
  }
  return total + group + digit;
}

/** The product of a run of scale signs: 万亿 is 10⁴ × 10⁸. */
function eastAsianMultiplier(scale: string): number {
  let product = 1;
  for (const sign of scale) product *= EAST_ASIAN_MULTIPLIERS[sign] ?? 1;
  return product;
}

/** Marks the characters [start, end) as a date's, so the figures there are read as no numbers. */
function markDateDigits(dateDigits: Set<number>, start: number, end: number): void {
  for (let k = start; k < end; k++) dateDigits.add(k);
}

/** Signs after a figure that make it a day, month, hour, minute or second in Chinese, Japanese and Korean. */
const CALENDAR_OR_CLOCK_SIGN = /[日号일月월时時시分분秒초]/;
/**
 * "当地时间10日凌晨4时52分" (the 10th, at 4:52), "ケリー国務長官は9日", "9일": a figure with a day, month or clock sign is
 * the day or time a report is dated by, told in English as "Monday" or "4:52 a.m.", not a figure of the event (it made
 * a Chinese report's lede "add" the number 10). Hours counted ("24時間", "24시간") stay figures.
 */
const CALENDAR_OR_CLOCK_DIGITS = /\d{1,2}(?=[日号일月월分분秒초]|[时時시](?![间間간]))/gu;

function markCalendarAndClockDigits(sentence: string, dateDigits: Set<number>): void {
  for (const match of sentence.matchAll(CALENDAR_OR_CLOCK_DIGITS)) {
    markDateDigits(dateDigits, match.index, match.index + match[0].length);
  }
}

/** Dates written with year, month and day signs, normalised as month-name dates are ("2023-11-02", "--11-02"). */
function findEastAsianDates(sentence: string, sentenceIndex: number, into: NumbersAndDates, dateDigits: Set<number>): void {
  for (const match of sentence.matchAll(SIGNED_DATE)) {
    const [text, year, month, day] = match;
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) continue;
    const monthDay = `${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    into.dates.push({ text, normalized: year === undefined ? `--${monthDay}` : `${year}-${monthDay}`, sentence: sentenceIndex });
    markDateDigits(dateDigits, match.index, match.index + text.length);
  }
}
