// Character n-grams of an article's words, hashed: lexical evidence that survives what stems miss (compounds such as
// "Küstenwache" / "Küste", inflections of names) and, across languages, names and cognates spelled alike or nearly
// ("Scheveningen", "Netanjahu" / "Netanyahu", "Regierung" no, but "Präsident" / "president" yes).
import { foldDiacritics, GenerationalCache, latinFold } from '../analyze/index.ts';
import { hashCodes, hashString, EMPTY_VECTOR, type SparseVector } from './sparse.ts';

/**
 * Hashed gram → how many documents hold it, in an open-addressing table of two typed arrays (a count of 0 marks an
 * empty slot): a Map boxed half of the 32-bit hashes as heap numbers, and every article counts hundreds of grams.
 */
export class GramCounts {
  #keys = new Int32Array(1024);
  #counts = new Int32Array(1024);
  /** 32 − log2(capacity): the top bits of the multiplied key pick its first slot. */
  #shift = 22;
  size = 0;

  #slotOf(key: number): number {
    const mask = this.#keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.#shift;
    while (this.#counts[slot] !== 0 && this.#keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  get(key: number): number | undefined {
    const count = this.#counts[this.#slotOf(key)]!;
    return count === 0 ? undefined : count;
  }

  /** Adds one to the key's count; returns the new count. */
  increment(key: number): number {
    const slot = this.#slotOf(key);
    if (this.#counts[slot] !== 0) return ++this.#counts[slot]!;
    this.#keys[slot] = key;
    this.#counts[slot] = 1;
    if (++this.size * 2 > this.#keys.length) this.#grow();
    return 1;
  }

  #grow(): void {
    const keys = this.#keys;
    const counts = this.#counts;
    this.#keys = new Int32Array(keys.length * 2);
    this.#counts = new Int32Array(keys.length * 2);
    this.#shift--;
    for (let k = 0; k < keys.length; k++) {
      if (counts[k] === 0) continue;
      const slot = this.#slotOf(keys[k]!);
      this.#keys[slot] = keys[k]!;
      this.#counts[slot] = counts[k]!;
    }
  }
}

/** Document frequencies of hashed grams over a corpus (one per language, as TF-IDF over terms). */
export type GramFrequencies = { documents: number; readonly counts: GramCounts };

/** Distinct hashed grams, ascending, with how often each occurs. */
export type GramBag = { readonly ids: Int32Array; readonly counts: Float64Array };

export function createGramFrequencies(): GramFrequencies {
  return { documents: 0, counts: new GramCounts() };
}

export function addGramDocument(frequencies: GramFrequencies, bag: GramBag): void {
  frequencies.documents++;
  for (const gram of bag.ids) frequencies.counts.increment(gram);
}

const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a word starts with a capital (`CAPITALISED`): an ASCII first letter is read from its code, since the name
 * bag asks this of every distinct word of a text and the regular expression cost more than the rest of the test.
 */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return CAPITALISED.test(word);
}

/**
 * Word → its grams, per gram size, for words beyond ASCII (whose folding is costly; see `asciiWordGrams`): words recur
 * across the outlets of a story and from one story to the next, so the cache lives as long as the process; words no article has used for a generation leave it, which keeps memory flat in
 * a stream that keeps meeting new names. Sampled bags filter a word's full list as they read it, so one entry serves
 * the sampled text bag and the whole lead bag (one lookup per word where each sample had its own cache).
 */
const gramCaches = new Map<number, GenerationalCache<string, Int32Array>>();
const CACHED_WORDS_PER_GENERATION = 50_000;

function gramCache(size: number): GenerationalCache<string, Int32Array> {
  let cache = gramCaches.get(size);
  if (cache === undefined) {
    cache = new GenerationalCache(CACHED_WORDS_PER_GENERATION);
    gramCaches.set(size, cache);
  }
  return cache;
}

const SPACE = 0x20;
/** A padded ASCII word's code units, then its grams (reused: one word at a time). */
let asciiCodes = new Uint16Array(64);
let asciiGrams = new Int32Array(64);

/**
 * `wordGrams` of a word written in ASCII, hashed straight from its code units into `asciiGrams`; returns how many,
 * or -1 for any other word. Folding such a word only lower-cases it, so it needs no cache: hashing its few grams
 * costs less than one lookup in a cache of tens of thousands of words.
 */
function asciiWordGrams(word: string, size: number): number {
  const length = word.length + 2;
  if (asciiCodes.length < length) {
    asciiCodes = new Uint16Array(length * 2);
    asciiGrams = new Int32Array(length * 2);
  }
  const codes = asciiCodes;
  codes[0] = SPACE;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return -1;
    // A–Z → a–z: all that lower-casing changes in ASCII.
    codes[i + 1] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
  codes[length - 1] = SPACE;
  const count = Math.max(0, length - size + 1);
  for (let i = 0; i < count; i++) asciiGrams[i] = hashCodes(codes, i, i + size);
  return count;
}

/**
 * The grams of one word, padded with spaces so word starts and ends are grams of their own (" kerr", "rry "): the
 * first `count` of `grams` (an ASCII word's are only valid until the next word's are cut).
 */
function wordGrams(word: string, size: number, cache: GenerationalCache<string, Int32Array>): { grams: Int32Array; count: number } {
  const ascii = asciiWordGrams(word, size);
  if (ascii >= 0) return { grams: asciiGrams, count: ascii };
  let grams = cache.get(word);
  if (grams === undefined) {
    // Names (capitalised words) are spelled in Latin letters so they meet across scripts; other words keep their
    // script, where transliteration would only merge letters (Arabic's two h's, two s's) and find nothing more.
    const padded = ` ${isCapitalised(word) ? latinFold(word) : foldDiacritics(word)} `;
    grams = new Int32Array(Math.max(0, padded.length - size + 1));
    for (let i = 0; i + size <= padded.length; i++) grams[i] = hashString(padded.slice(i, i + size));
    cache.set(word, grams);
  }
  return { grams, count: grams.length };
}

/** Whether a gram is in the sample kept by `sampleModulus` (see `GramOptions`). */
function isSampled(gram: number, modulus: number): boolean {
  return modulus === 1 || (gram & 0x7fffffff) % modulus === 0;
}

export type GramOptions = {
  /** Gram length in characters. */
  readonly size: number;
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

/** How often each word occurs among the first `limit` words (all when undefined). */
export function countWords(words: readonly string[], limit = words.length): Map<string, number> {
  const counts = new Map<string, number>();
  const end = Math.min(limit, words.length);
  for (let k = 0; k < end; k++) counts.set(words[k]!, (counts.get(words[k]!) ?? 0) + 1);
  return counts;
}

/**
 * (gram, word count) pairs of the bag being built as 64-bit integers, the gram in the high half and the count in the
 * low, so one native sort of a BigInt64Array groups a gram's occurrences; the halves are written and read through an
 * Int32Array over the same memory (reused: one bag at a time). Doubles packed as gram × 2²¹ + count sorted the same
 * way 2.3× slower (1,300 pairs: 32 µs, 14 µs with the halves written): a float sort orders NaN and -0 as well.
 */
let pairs64 = new BigInt64Array(4096);
let pairHalves = new Int32Array(pairs64.buffer);
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const HIGH = LITTLE_ENDIAN ? 1 : 0;
const LOW = 1 - HIGH;
/** A count above this (never in a real article) goes in as parts that sum to it: the low half stays a non-negative int32. */
const MAX_PART = 0x7fffffff;
let bagIds = new Int32Array(4096);
let bagCounts = new Float64Array(4096);

/** Room for `size` pairs, keeping the first `kept`. */
function reservePairs(size: number, kept: number): void {
  if (size <= pairs64.length) return;
  const grown = new ArrayBuffer(8 * Math.max(size, pairs64.length * 2));
  new Int32Array(grown).set(pairHalves.subarray(0, 2 * kept));
  pairs64 = new BigInt64Array(grown);
  pairHalves = new Int32Array(grown);
}

/**
 * The gram bag of a text, from its word counts (`countWords`): each distinct word's grams are looked up once and
 * counted as often as the word occurs. The (gram, word count) pairs are sorted once, so each gram's count is the sum
 * of a run (whole numbers, so the same sums in any order).
 */
export function gramBag(wordCounts: ReadonlyMap<string, number>, options: GramOptions): GramBag {
  const modulus = options.sampleModulus ?? 1;
  const cache = gramCache(options.size);
  let total = 0;
  for (const [word, times] of wordCounts) {
    if (word.length < options.minWordLength || (options.capitalisedOnly === true && !isCapitalised(word))) continue;
    const { grams, count } = wordGrams(word, options.size, cache);
    reservePairs(total + count * Math.ceil(times / MAX_PART), total);
    const halves = pairHalves;
    for (let left = times; left > 0; left -= MAX_PART) {
      const part = Math.min(left, MAX_PART);
      for (let g = 0; g < count; g++) {
        if (!isSampled(grams[g]!, modulus)) continue;
        halves[2 * total + HIGH] = grams[g]!;
        halves[2 * total + LOW] = part;
        total++;
      }
    }
  }
  pairs64.subarray(0, total).sort();
  if (bagIds.length < total) {
    bagIds = new Int32Array(pairs64.length);
    bagCounts = new Float64Array(pairs64.length);
  }
  const halves = pairHalves;
  const ids = bagIds;
  const values = bagCounts;
  let distinct = -1;
  for (let k = 0; k < total; k++) {
    const gram = halves[2 * k + HIGH]!;
    if (distinct < 0 || gram !== ids[distinct]) {
      ids[++distinct] = gram;
      values[distinct] = 0;
    }
    values[distinct]! += halves[2 * k + LOW]!;
  }
  return { ids: ids.slice(0, distinct + 1), counts: values.slice(0, distinct + 1) };
}

/** Sublinear TF × smoothed IDF (as the term vectors), L2-normalised; plain sublinear TF without frequencies. */
export function weightGrams(bag: GramBag, frequencies?: GramFrequencies): SparseVector {
  if (frequencies === undefined) return weighBag(bag, 0, null);
  const documentCounts = new Int32Array(bag.ids.length);
  for (let k = 0; k < documentCounts.length; k++) documentCounts[k] = frequencies.counts.get(bag.ids[k]!) ?? 0;
  return weighBag(bag, frequencies.documents, documentCounts);
}

/**
 * Counts one document made of two bags (each distinct gram once, as `addGramDocument` of their union), then weighs
 * each bag against the counts (as `weightGrams` after it): one table probe per distinct gram, where counting and then
 * weighing probed once to count and again for each bag holding the gram.
 */
export function addAndWeightGrams(frequencies: GramFrequencies, a: GramBag, b: GramBag): [SparseVector, SparseVector] {
  frequencies.documents++;
  const { counts } = frequencies;
  const ai = a.ids;
  const bi = b.ids;
  const aCounts = new Int32Array(ai.length);
  const bCounts = new Int32Array(bi.length);
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) aCounts[i++] = bCounts[j++] = counts.increment(x);
    else if (x < y) aCounts[i++] = counts.increment(x);
    else bCounts[j++] = counts.increment(y);
  }
  while (i < ai.length) aCounts[i] = counts.increment(ai[i++]!);
  while (j < bi.length) bCounts[j] = counts.increment(bi[j++]!);
  return [weighBag(a, frequencies.documents, aCounts), weighBag(b, frequencies.documents, bCounts)];
}

/** `weightGrams` given how many of `documents` hold each gram of the bag (null: plain sublinear TF). */
function weighBag(bag: GramBag, documents: number, documentCounts: Int32Array | null): SparseVector {
  if (bag.ids.length === 0) return EMPTY_VECTOR;
  const values = new Float64Array(bag.ids.length);
  let norm = 0;
  for (let k = 0; k < values.length; k++) {
    const idf = documentCounts === null ? 1 : Math.log((documents + 1) / (documentCounts[k]! + 1)) + 1;
    const weight = (1 + Math.log(bag.counts[k]!)) * idf;
    values[k] = weight;
    norm += weight * weight;
  }
  const scale = 1 / Math.sqrt(norm);
  for (let k = 0; k < values.length; k++) values[k]! *= scale;
  return { ids: bag.ids, values };
}
