// Character n-grams of an article's words, hashed: lexical evidence that survives what stems miss (compounds such as
// "Küstenwache" / "Küste", inflections of names) and, across languages, names and cognates spelled alike or nearly
// ("Scheveningen", "Netanjahu" / "Netanyahu", "Regierung" no, but "Präsident" / "president" yes).
import { foldDiacritics } from '../analyze/index.ts';
import { hashString, EMPTY_VECTOR, type SparseVector } from './sparse.ts';

/** Document frequencies of hashed grams over a corpus (one per language, as TF-IDF over terms). */
export type GramFrequencies = { documents: number; readonly counts: Map<number, number> };

/** Distinct hashed grams, ascending, with how often each occurs. */
export type GramBag = { readonly ids: Int32Array; readonly counts: Float64Array };

export function createGramFrequencies(): GramFrequencies {
  return { documents: 0, counts: new Map() };
}

export function addGramDocument(frequencies: GramFrequencies, bag: GramBag): void {
  frequencies.documents++;
  for (const gram of bag.ids) frequencies.counts.set(gram, (frequencies.counts.get(gram) ?? 0) + 1);
}

const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}/u;

/** The grams of one word, padded with spaces so word starts and ends are grams of their own (" kerr", "rry "). */
function wordGrams(word: string, size: number, modulus: number, cache: Map<string, Int32Array>): Int32Array {
  const key = `${size}:${modulus}:${word}`;
  let grams = cache.get(key);
  if (grams === undefined) {
    const padded = ` ${foldDiacritics(word)} `;
    const all: number[] = [];
    for (let i = 0; i + size <= padded.length; i++) {
      const gram = hashString(padded.slice(i, i + size));
      if (modulus === 1 || (gram & 0x7fffffff) % modulus === 0) all.push(gram);
    }
    grams = Int32Array.from(all);
    cache.set(key, grams);
  }
  return grams;
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
 * The gram bag of a text's words: every gram id written to one typed array, sorted, and counted in runs (no hash map
 * per gram). `cache` (word → grams) may be shared by every article of a comparison: outlets of one story use the
 * same words.
 */
export function gramBag(words: readonly string[], options: GramOptions, cache: Map<string, Int32Array> = new Map()): GramBag {
  const limit = Math.min(words.length, options.words ?? words.length);
  const modulus = options.sampleModulus ?? 1;
  const parts: Int32Array[] = [];
  let total = 0;
  for (let k = 0; k < limit; k++) {
    const word = words[k]!;
    if (word.length < options.minWordLength || (options.capitalisedOnly === true && !CAPITALISED.test(word))) continue;
    const grams = wordGrams(word, options.size, modulus, cache);
    parts.push(grams);
    total += grams.length;
  }
  const all = new Int32Array(total);
  let at = 0;
  for (const grams of parts) {
    all.set(grams, at);
    at += grams.length;
  }
  all.sort();
  let distinct = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const counts = new Float64Array(distinct);
  let slot = -1;
  for (let k = 0; k < all.length; k++) {
    if (k === 0 || all[k] !== all[k - 1]) ids[++slot] = all[k]!;
    counts[slot]!++;
  }
  return { ids, counts };
}

/** Sublinear TF × smoothed IDF (as the term vectors), L2-normalised; plain sublinear TF without frequencies. */
export function weightGrams(bag: GramBag, frequencies?: GramFrequencies): SparseVector {
  if (bag.ids.length === 0) return EMPTY_VECTOR;
  const values = new Float64Array(bag.ids.length);
  let norm = 0;
  for (let k = 0; k < values.length; k++) {
    const idf = frequencies === undefined ? 1 : Math.log((frequencies.documents + 1) / ((frequencies.counts.get(bag.ids[k]!) ?? 0) + 1)) + 1;
    const weight = (1 + Math.log(bag.counts[k]!)) * idf;
    values[k] = weight;
    norm += weight * weight;
  }
  const scale = 1 / Math.sqrt(norm);
  for (let k = 0; k < values.length; k++) values[k]! *= scale;
  return { ids: bag.ids, values };
}
