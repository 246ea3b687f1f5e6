// Language identification with ELD (n-gram model shipped in the npm package, no downloads).
// The extra-small model: on the 1,418 SemEval-2022 dev news articles (first 1,000 characters) it is exactly as
// accurate as the medium one (99.86%), and it loads in a third of the time, which every CLI run pays.
//
// ELD's own detect() scores through objects (a for-in over each n-gram's languages, an object used as a set of
// n-grams), which made it a sixth of the cost of cleaning a page text. The same model and steps run here on a Map
// and typed arrays; language.test.ts checks the answers are ELD's own on every test article and on edge cases.
import { eldModule } from './eld-model.ts';

/** Below this many letters, identification is a guess; report unknown instead. */
const MIN_LETTERS = 20;
/** Looks for that many letters without collecting every letter of the sample. */
const ENOUGH_LETTERS = new RegExp(`(?:\\p{L}[^\\p{L}]*){${MIN_LETTERS}}`, 'u');
/** Identification is stable well before this many characters (as accurate at 300 as at 1,000 on the SemEval-2022 dev articles); more only costs time. */
const SAMPLE_CHARS = 500;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!ENOUGH_LETTERS.test(sample)) return null;
  return eldLanguage(sample) || null;
}

/**
 * Builds the scoring model now rather than at the first text. Cleaners call it when created: built in the middle of
 * a run (next to a large HTML parse tree), the model left the garbage collector a larger heap for the rest of it.
 */
export function prepareLanguageDetection(): void {
  scoringModel();
}

// ---- ELD's detect(), step for step (eld/src/languageDetector.js) ----------------------------------------------

/** ELD reads this many characters at most. */
const ELD_MAX_CHARS = 1000;
/** ELD stores each n-gram score minus this minimum, and adds it back when scoring. */
const ELD_BASE_NGRAM_SCORE = 53;
/** ELD stops at the first space after this many UTF-8 bytes, and after any character past the second bound. */
const ELD_CUT_AFTER_BYTES = 350;
const ELD_ENFORCE_CUT_AFTER_BYTES = 380;
/** ELD's n-grams: four bytes, taken every three, from words of at most this many bytes. */
const ELD_MAX_WORD_BYTES = 70;

/**
 * ELD's n-gram scores in a few flat arrays: an open-addressing table from n-gram to its number, and per number a run
 * of (language index, score) pairs. Fifty thousand small objects would be marked again by every full garbage
 * collection, which HTML pages (large parse trees) trigger often.
 *
 * An n-gram is at most six of ELD's byte characters (each a code up to 255), so it is looked up by a number packed
 * from its length and codes instead of a string: each text has about a hundred n-grams, and building each as a
 * string to hash it in a Map was most of the cost of identification.
 */
type ScoringModel = {
  /** Slot of the table → the n-gram's packed key in two halves, and its number (-1: empty slot). */
  readonly slotHigh: Int32Array;
  readonly slotLow: Int32Array;
  readonly slotNumber: Int32Array;
  /** Pairs of n-gram i are pairs[start[i] .. start[i + 1]). */
  readonly start: Int32Array;
  readonly pairs: Int32Array;
  /** The last text each n-gram was counted for: each distinct n-gram of a text counts once, and marking it spares a set per text. */
  readonly countedFor: Float64Array;
  readonly languages: readonly string[];
};

/** ELD's n-grams are at most this many byte characters (a space, four bytes, a space). */
const MAX_NGRAM_CHARS = 6;
const SPACE = 32;

let model: ScoringModel | null = null;
let textsScored = 0;

/** Built on first use: converting ELD's 50,000 n-gram objects takes tens of milliseconds that a CLI run without text should not pay. */
function scoringModel(): ScoringModel {
  if (model !== null) return model;
  const { ngrams, languages } = eldModule.ngramsData;
  // Two passes straight into typed arrays, without temporary arrays.
  let ngramCount = 0;
  let pairCount = 0;
  for (const ngram in ngrams) {
    ngramCount++;
    for (const _language in ngrams[ngram]) pairCount += 2;
  }
  const slots = 2 ** Math.ceil(Math.log2(ngramCount * 2));
  const table = { slotHigh: new Int32Array(slots), slotLow: new Int32Array(slots), slotNumber: new Int32Array(slots).fill(-1) };
  const start = new Int32Array(ngramCount + 1);
  const pairs = new Int32Array(pairCount);
  const codes = new Int32Array(MAX_NGRAM_CHARS);
  let n = 0;
  let p = 0;
  for (const ngram in ngrams) {
    if (ngram.length > MAX_NGRAM_CHARS) throw new Error(`ELD n-gram longer than ${MAX_NGRAM_CHARS} characters`);
    for (let i = 0; i < ngram.length; i++) codes[i] = ngram.charCodeAt(i);
    insertSlot(table, packHigh(codes, ngram.length), packLow(codes, ngram.length), n);
    start[n++] = p;
    const byLanguage = ngrams[ngram]!;
    for (const language in byLanguage) {
      pairs[p++] = Number(language);
      pairs[p++] = byLanguage[Number(language)]! + ELD_BASE_NGRAM_SCORE;
    }
  }
  start[n] = p;
  const codesOfLanguages = Object.keys(languages).map((i) => languages[Number(i)]!);
  model = { ...table, start, pairs, countedFor: new Float64Array(ngramCount), languages: codesOfLanguages };
  return model;
}

/** The packed key of the n-gram codes[0 .. length): its length and first two codes, then the next four (each code below 256). */
const packHigh = (codes: Int32Array, length: number): number => (length << 16) | ((codes[0] ?? 0) << 8) | (length > 1 ? codes[1]! : 0);
const packLow = (codes: Int32Array, length: number): number =>
  ((length > 2 ? codes[2]! : 0) << 24) | ((length > 3 ? codes[3]! : 0) << 16) | ((length > 4 ? codes[4]! : 0) << 8) | (length > 5 ? codes[5]! : 0);

const slotOf = (high: number, low: number, mask: number): number => (Math.imul(high, 0x9e3779b1) ^ Math.imul(low ^ (low >>> 15), 0x85ebca6b)) >>> 7 & mask;

function insertSlot(table: Pick<ScoringModel, 'slotHigh' | 'slotLow' | 'slotNumber'>, high: number, low: number, number: number): void {
  const mask = table.slotNumber.length - 1;
  let slot = slotOf(high, low, mask);
  while (table.slotNumber[slot] !== -1) slot = (slot + 1) & mask;
  table.slotHigh[slot] = high;
  table.slotLow[slot] = low;
  table.slotNumber[slot] = number;
}

function ngramNumber(m: ScoringModel, high: number, low: number): number {
  const mask = m.slotNumber.length - 1;
  for (let slot = slotOf(high, low, mask); ; slot = (slot + 1) & mask) {
    const number = m.slotNumber[slot]!;
    if (number === -1 || (m.slotHigh[slot] === high && m.slotLow[slot] === low)) return number;
  }
}

/** The language ELD's detect() returns for this text: an ISO 639-1 code, or '' when no language scores. */
export function eldLanguage(text: string): string {
  const m = scoringModel();
  const words = utf8ByteWords(text.substring(0, ELD_MAX_CHARS).replace(eldModule.separators, ' ').trim().toLowerCase());
  const totals = new Float64Array(m.languages.length);
  const call = ++textsScored;
  const ngram = NGRAM;
  // One n-gram of ELD's getByteNgrams: an optional leading space, codes[from .. to), an optional trailing space.
  const count = (leadingSpace: boolean, from: number, to: number, trailingSpace: boolean): void => {
    const length = (leadingSpace ? 1 : 0) + (to - from) + (trailingSpace ? 1 : 0);
    if (length > MAX_NGRAM_CHARS) return;
    let k = 0;
    if (leadingSpace) ngram[k++] = SPACE;
    for (let i = from; i < to; i++) ngram[k++] = words.codes[i]!;
    if (trailingSpace) ngram[k++] = SPACE;
    const n = ngramNumber(m, packHigh(ngram, length), packLow(ngram, length));
    if (n === -1 || m.countedFor[n] === call) return;
    m.countedFor[n] = call;
    for (let i = m.start[n]!; i < m.start[n + 1]!; i += 2) {
      const language = m.pairs[i]!;
      totals[language] = totals[language]! + m.pairs[i + 1]!;
    }
  };
  forEachByteNgram(words, count);
  // The first language with the highest positive score, as ELD's getMaxLang.
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < totals.length; i++) {
    if (totals[i]! > 0 && totals[i]! > bestScore) {
      bestScore = totals[i]!;
      best = i;
    }
  }
  return best < 0 ? '' : m.languages[best]!;
}

/**
 * A text's words as ELD's byte characters: the codes of all words in order (`codeCount` of them), and where each word
 * ends (`wordCount` ends). ELD reads past ELD_ENFORCE_CUT_AFTER_BYTES bytes by one character at most (four bytes), so
 * the words of any text fit in arrays of that size: one pair serves every text (identification is synchronous), where
 * growing new arrays for each text made a third of its garbage.
 */
type ByteWords = { readonly codes: Int32Array; codeCount: number; readonly ends: Int32Array; wordCount: number };
const MAX_BYTE_CODES = ELD_ENFORCE_CUT_AFTER_BYTES + 4;
const BYTE_WORDS: ByteWords = { codes: new Int32Array(MAX_BYTE_CODES), codeCount: 0, ends: new Int32Array(MAX_BYTE_CODES), wordCount: 0 };
/** The n-gram being looked up, reused likewise. */
const NGRAM = new Int32Array(MAX_NGRAM_CHARS);

/** ELD's strToUtf8Bytes: words as UTF-8 bytes, one character per byte through ELD's dictionary (kept here as its code). */
function utf8ByteWords(text: string): ByteWords {
  const dictionary = DICTIONARY_CODES;
  const words = BYTE_WORDS;
  const { codes, ends } = words;
  let n = 0;
  words.wordCount = 0;
  let countBytes = 0;
  const endWord = (): void => {
    if (n > (words.wordCount === 0 ? 0 : ends[words.wordCount - 1]!)) ends[words.wordCount++] = n;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        endWord();
        if (countBytes > ELD_CUT_AFTER_BYTES) break;
      } else {
        codes[n++] = code;
      }
      countBytes++;
    } else if (code < 0x800) {
      codes[n++] = dictionary[0xc0 | (code >> 6)]!;
      codes[n++] = dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      codes[n++] = dictionary[0xe0 | (code >> 12)]!;
      codes[n++] = dictionary[0x80 | ((code >> 6) & 0x3f)]!;
      codes[n++] = dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      codes[n++] = dictionary[0xf0 | (code >> 18)]!;
      codes[n++] = dictionary[0x80 | ((code >> 12) & 0x3f)]!;
      codes[n++] = dictionary[0x80 | ((code >> 6) & 0x3f)]!;
      codes[n++] = dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > ELD_ENFORCE_CUT_AFTER_BYTES) break;
  }
  endWord();
  words.codeCount = n;
  return words;
}

/** ELD's dictionary as character codes (every one a single character below 256). */
const DICTIONARY_CODES: readonly number[] = eldModule.dictionary.map((c) => c.charCodeAt(0));

/** ELD's getByteNgrams: a word's n-grams (its first marked by a leading space, its last by a trailing one), repeats included. */
function forEachByteNgram(words: ByteWords, visit: (leadingSpace: boolean, from: number, to: number, trailingSpace: boolean) => void): void {
  let wordStart = 0;
  for (let w = 0; w < words.wordCount; w++) {
    const wordEnd = words.ends[w]!;
    const len = Math.min(wordEnd - wordStart, ELD_MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) visit(j === 0, wordStart + j, wordStart + j + 4, false);
    // ELD takes the rest of the whole word here (substring without an end), from four before the capped length.
    visit(j === 0, wordStart + Math.max(len - 4, 0), wordEnd, true);
    wordStart = wordEnd;
  }
}
