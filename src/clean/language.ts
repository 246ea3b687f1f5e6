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

/** Normalises a declared language ("en-GB", "EN", "eng") to ISO 639-1 where it can. */
export function normaliseLanguageTag(tag: string | undefined | null): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
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
 * ELD's n-gram scores in a few flat arrays: a map from n-gram to its number, and per number a run of
 * (language index, score) pairs. Fifty thousand small objects would be marked again by every full garbage
 * collection, which HTML pages (large parse trees) trigger often.
 */
type ScoringModel = {
  readonly ngramNumbers: ReadonlyMap<string, number>;
  /** Pairs of n-gram i are pairs[start[i] .. start[i + 1]). */
  readonly start: Int32Array;
  readonly pairs: Int32Array;
  /** The last text each n-gram was counted for: each distinct n-gram of a text counts once, and marking it spares a set per text. */
  readonly countedFor: Float64Array;
  readonly languages: readonly string[];
};

let model: ScoringModel | null = null;
let textsScored = 0;

/** Built on first use: converting ELD's 50,000 n-gram objects takes tens of milliseconds that a CLI run without text should not pay. */
function scoringModel(): ScoringModel {
  if (model !== null) return model;
  const { ngrams, languages } = eldModule.ngramsData;
  // Two passes straight into typed arrays, without temporary arrays.
  const ngramNumbers = new Map<string, number>();
  let pairCount = 0;
  for (const ngram in ngrams) {
    ngramNumbers.set(ngram, ngramNumbers.size);
    for (const _language in ngrams[ngram]) pairCount += 2;
  }
  const start = new Int32Array(ngramNumbers.size + 1);
  const pairs = new Int32Array(pairCount);
  let n = 0;
  let p = 0;
  for (const ngram in ngrams) {
    start[n++] = p;
    const byLanguage = ngrams[ngram]!;
    for (const language in byLanguage) {
      pairs[p++] = Number(language);
      pairs[p++] = byLanguage[Number(language)]! + ELD_BASE_NGRAM_SCORE;
    }
  }
  start[n] = p;
  const codes = Object.keys(languages).map((i) => languages[Number(i)]!);
  model = { ngramNumbers, start, pairs, countedFor: new Float64Array(ngramNumbers.size), languages: codes };
  return model;
}

/** The language ELD's detect() returns for this text: an ISO 639-1 code, or '' when no language scores. */
export function eldLanguage(text: string): string {
  const { ngramNumbers, start, pairs, countedFor, languages } = scoringModel();
  const words = utf8ByteWords(text.substring(0, ELD_MAX_CHARS).replace(eldModule.separators, ' ').trim().toLowerCase());
  const totals = new Float64Array(languages.length);
  const call = ++textsScored;
  const count = (ngram: string): void => {
    const n = ngramNumbers.get(ngram);
    if (n === undefined || countedFor[n] === call) return;
    countedFor[n] = call;
    for (let i = start[n]!; i < start[n + 1]!; i += 2) {
      const language = pairs[i]!;
      totals[language] = totals[language]! + pairs[i + 1]!;
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
  return best < 0 ? '' : languages[best]!;
}

/** ELD's strToUtf8Bytes: words as strings of UTF-8 bytes, one character per byte through ELD's dictionary. */
function utf8ByteWords(text: string): string[] {
  const dictionary = eldModule.dictionary;
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > ELD_CUT_AFTER_BYTES) break;
      } else {
        encoded += text[i];
      }
      countBytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += dictionary[0xe0 | (code >> 12)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded += dictionary[0xf0 | (code >> 18)]! + dictionary[0x80 | ((code >> 12) & 0x3f)]!
        + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > ELD_ENFORCE_CUT_AFTER_BYTES) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** ELD's getByteNgrams: a word's n-grams (its first marked by a leading space, its last by a trailing one), repeats included. */
function forEachByteNgram(words: readonly string[], visit: (ngram: string) => void): void {
  for (const word of words) {
    const len = Math.min(word.length, ELD_MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) visit((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    visit((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
}
