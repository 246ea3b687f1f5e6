// Character n-grams of an article's words, hashed: lexical evidence that survives what stems miss (compounds such as
// "Küstenwache" / "Küste", inflections of names) and, across languages, names and cognates spelled alike or nearly
// ("Scheveningen", "Netanjahu" / "Netanyahu", "Regierung" no, but "Präsident" / "president" yes).
import { foldDiacritics } from '../analyze/index.ts';
import { hashString, sparseFromCounts, EMPTY_VECTOR, type SparseVector } from './sparse.ts';

/** Document frequencies of hashed grams over a corpus (one per language, as TF-IDF over terms). */
export type GramFrequencies = { documents: number; readonly counts: Map<number, number> };

export function createGramFrequencies(): GramFrequencies {
  return { documents: 0, counts: new Map() };
}

export function addGramDocument(frequencies: GramFrequencies, grams: ReadonlyMap<number, number>): void {
  frequencies.documents++;
  for (const gram of grams.keys()) frequencies.counts.set(gram, (frequencies.counts.get(gram) ?? 0) + 1);
}

const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}/u;

/** The grams of one word, padded with spaces so word starts and ends are grams of their own (" kerr", "rry "). */
function addWordGrams(word: string, size: number, modulus: number, counts: Map<number, number>, times: number, cache: Map<string, Int32Array>): void {
  const key = `${size}${word}`;
  let grams = cache.get(key);
  if (grams === undefined) {
    const padded = ` ${foldDiacritics(word)} `;
    grams = new Int32Array(Math.max(0, padded.length - size + 1));
    for (let i = 0; i + size <= padded.length; i++) grams[i] = hashString(padded.slice(i, i + size));
    cache.set(key, grams);
  }
  for (const gram of grams) if (modulus === 1 || (gram & 0x7fffffff) % modulus === 0) counts.set(gram, (counts.get(gram) ?? 0) + times);
}

export type GramOptions = {
  /** Gram length in characters. */
  readonly size: number;
  /** Only the first this many words (a lead, a headline); all when undefined. */
  readonly words?: number;
  /** Only capitalised words: the names of any language, spelled alike or transliterated alike. */
  readonly capitalisedOnly?: boolean;
  /** Words shorter than this (after padding: this + 2 characters) carry no grams: "a", "of", "in". */
  readonly minWordLength: number;
  /**
   * Keep only grams whose hash is 0 modulo this: every article keeps the same subset of gram space, so a cosine over
   * the sample estimates the full one (as min-hash sketches do) at a fraction of the cost. 1 keeps all.
   */
  readonly sampleModulus?: number;
};

/** The words of a text, in order: split once and shared by every gram vector of an article. */
export function gramWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Gram counts of a text's words. Words are counted first and their grams added once per distinct word; `cache`
 * (word → grams) may be shared by every article of a comparison, since outlets of one story use the same words.
 */
export function gramCounts(words: readonly string[], options: GramOptions, cache: Map<string, Int32Array> = new Map()): Map<number, number> {
  const distinct = new Map<string, number>();
  const limit = Math.min(words.length, options.words ?? words.length);
  for (let k = 0; k < limit; k++) {
    const word = words[k]!;
    if (word.length < options.minWordLength || (options.capitalisedOnly === true && !CAPITALISED.test(word))) continue;
    distinct.set(word, (distinct.get(word) ?? 0) + 1);
  }
  const counts = new Map<number, number>();
  for (const [word, times] of distinct) addWordGrams(word, options.size, options.sampleModulus ?? 1, counts, times, cache);
  return counts;
}

/** Sublinear TF × smoothed IDF (as the term vectors), L2-normalised; plain sublinear TF without frequencies. */
export function weightGrams(counts: ReadonlyMap<number, number>, frequencies?: GramFrequencies): SparseVector {
  if (counts.size === 0) return EMPTY_VECTOR;
  const weights = new Map<number, number>();
  for (const [gram, count] of counts) {
    const idf = frequencies === undefined ? 1 : Math.log((frequencies.documents + 1) / ((frequencies.counts.get(gram) ?? 0) + 1)) + 1;
    weights.set(gram, (1 + Math.log(count)) * idf);
  }
  return sparseFromCounts(weights);
}
