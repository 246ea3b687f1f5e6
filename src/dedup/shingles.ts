// Normalised text, its exact-duplicate hash, word shingles, MinHash signatures: the fingerprints dedup compares.
import type { XXHashAPI } from 'xxhash-wasm';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words without punctuation or diacritics: formatting differences do not make texts differ. */
export function normalizedWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().matchAll(WORD)) words.push(match[0]);
  return words;
}

/** Hash of the normalised text: equal for exact duplicates. */
export function exactHash(hasher: XXHashAPI, words: readonly string[]): string {
  return hasher.h64ToString(words.join(' '));
}

/** 32-bit hashes of the distinct k-word shingles. */
export function shingleHashes(hasher: XXHashAPI, words: readonly string[], k: number): Uint32Array {
  const hashes = new Set<number>();
  if (words.length < k) {
    if (words.length > 0) hashes.add(hasher.h32(words.join(' ')) >>> 0);
  } else {
    for (let i = 0; i + k <= words.length; i++) hashes.add(hasher.h32(words.slice(i, i + k).join(' ')) >>> 0);
  }
  return Uint32Array.from(hashes).sort();
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

/** MinHash: per slot, the minimum of the shingle hashes under that slot's permutation. */
export function minhash(shingles: Uint32Array, length: number): Uint32Array {
  const signature = new Uint32Array(length).fill(0xffffffff);
  for (let slot = 0; slot < length; slot++) {
    const s = seed(slot);
    let min = 0xffffffff;
    for (const shingle of shingles) {
      const value = mix(shingle ^ s);
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
