// Normalised text, its exact-duplicate hash, word shingles, MinHash signatures: the fingerprints dedup compares.
import type { XXHashAPI } from 'xxhash-wasm';
import { xxh32 } from './xxh32.ts';
import { hasUnspacedScript, unspacedPieces } from '../clean/index.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Lower-cased words without punctuation or diacritics: formatting differences do not make texts differ. In scripts
 * written without spaces (Chinese, Japanese, Thai…) a "word" of the pattern is a whole clause, so a five-word shingle
 * ran to a paragraph and one changed character hid a copy: their characters are taken one by one, the usual unit of
 * near-duplicate detection there.
 */
export function normalizedWords(text: string): string[] {
  const words = text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().match(WORD) ?? [];
  return hasUnspacedScript(text) ? words.flatMap((word) => (hasUnspacedScript(word) ? unspacedPieces(word) : [word])) : words;
}

/** Hash of the normalised text: equal for exact duplicates. */
export function exactHash(hasher: XXHashAPI, words: readonly string[]): string {
  return hasher.h64ToString(words.join(' '));
}

/** Words joined by single spaces, as UTF-8 bytes, with each word's byte range: shingles are hashed in place. */
type EncodedWords = { readonly bytes: Uint8Array; readonly starts: Int32Array; readonly ends: Int32Array };

const encoder = new TextEncoder();

/** UTF-8 length of a well-formed string (the word pattern never cuts a surrogate pair). */
function utf8Length(word: string): number {
  let length = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < word.length) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

function encodeWords(words: readonly string[]): EncodedWords {
  const bytes = encoder.encode(words.join(' '));
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    starts[i] = at;
    at += utf8Length(words[i]!);
    ends[i] = at;
    at += 1;
  }
  return { bytes, starts, ends };
}

/**
 * 32-bit hashes of the distinct k-word shingles: xxh32 of each shingle's text ("w1 w2 … wk"), hashed over the
 * encoded text in place instead of joining and encoding every shingle (the same values as `hasher.h32`).
 */
export function shingleHashes(_hasher: XXHashAPI, words: readonly string[], k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const { bytes, starts, ends } = encodeWords(words);
  if (words.length < k) return Uint32Array.of(xxh32(bytes, 0, bytes.length));
  // Hashes into a typed array, sorted, then unique: a Set boxed every hash above 2^31 as a heap number.
  const hashes = new Uint32Array(words.length - k + 1);
  for (let i = 0; i + k <= words.length; i++) hashes[i] = xxh32(bytes, starts[i]!, ends[i + k - 1]!);
  return distinctSorted(hashes.sort());
}

/** The distinct values of an ascending array, in place (the array's first part). */
function distinctSorted(sorted: Uint32Array): Uint32Array {
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (kept === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i]!;
  return sorted.slice(0, kept);
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit values. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per signature slot, so signatures are comparable across runs and machines. */
function seed(slot: number): number {
  return mix(0x9e3779b9 ^ Math.imul(slot + 1, 0x27d4eb2f));
}

let seeds = new Uint32Array(0);

/** The first `length` slot seeds, computed once. */
function seedsFor(length: number): Uint32Array {
  if (seeds.length < length) seeds = Uint32Array.from({ length }, (_, slot) => seed(slot));
  return seeds;
}

/** MinHash: per slot, the minimum of the shingle hashes under that slot's permutation. */
export function minhash(shingles: Uint32Array, length: number): Uint32Array {
  const signature = new Uint32Array(length).fill(0xffffffff);
  const slotSeeds = seedsFor(length);
  for (let slot = 0; slot < length; slot++) {
    const s = slotSeeds[slot]!;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const value = mix(shingles[i]! ^ s);
      if (value < min) min = value;
    }
    signature[slot] = min;
  }
  return signature;
}

/** Share of equal slots: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}

/** The consistently sampled subset of shingles (hash ≡ 0 mod m, after mixing). */
export function sampleShingles(shingles: Uint32Array, modulus: number): Uint32Array {
  return shingles.filter((shingle) => mix(shingle) % modulus === 0);
}

/** Size of the intersection of two sorted arrays. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
