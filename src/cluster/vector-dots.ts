// Vector arithmetic under the features: norms cached per side, cosines and dot products of term and character-gram
// vectors (merged, galloping or through key filters), and the dot products of articles' vectors kept while one is placed.
import type { SparseVector } from '../compare/sparse.ts';
import { dotInMapOrder, GramSums } from './sorted-grams.ts';
import { termDot, TermSums } from './term-vectors.ts';
import type { Comparable } from './features.ts';
import { derived } from './side-cache.ts';

/** A hashed character-gram vector: an article's sorted sparse vector, or a story's sums. */
export type CharVector = GramSums | SparseVector;

function isSparse(vector: CharVector): vector is SparseVector {
  return !(vector instanceof GramSums);
}

/** Square root of the sum of squared weights, summed in the vector's order (a map's or a story's insertion order). */
function euclideanNorm(vector: ReadonlyMap<unknown, number> | CharVector): number {
  let sum = 0;
  // Loops, not forEach: a callback adding to a captured sum boxed every partial sum as a new heap number.
  if (vector instanceof TermSums) {
    const { weights } = vector;
    for (let k = 0; k < vector.size; k++) sum += weights[k]! * weights[k]!;
  } else if (vector instanceof Map) {
    for (const weight of vector.values()) sum += weight * weight;
  } else if (vector instanceof GramSums) {
    sum = vector.sumOfSquares();
  } else {
    // Indexed, not for-of: where this was not optimised, the typed array's iterator boxed a number at every step.
    const { values } = vector as SparseVector;
    for (let k = 0; k < values.length; k++) sum += values[k]! * values[k]!;
  }
  return Math.sqrt(sum);
}

export function norm(side: Comparable, vector: ReadonlyMap<unknown, number> | CharVector): number {
  const cache = derived(side).norms;
  let value = cache.get(vector);
  if (value === undefined) {
    value = euclideanNorm(vector);
    cache.set(vector, value);
  }
  return value;
}

/**
 * `sparseDot` when `small` has far fewer entries than `large`: each key of `small` is found by a galloping search
 * from the last match, not by stepping through every entry of `large`. Sums in the same (ascending) order.
 */
function sparseDotGallop(small: SparseVector, large: SparseVector): number {
  const si = small.ids;
  const li = large.ids;
  let j = 0;
  let sum = 0;
  for (let i = 0; i < si.length && j < li.length; i++) {
    const key = si[i]!;
    if (li[j]! < key) {
      // Gallop to a bound, then binary-search the first entry ≥ key.
      let step = 1;
      let low = j;
      while (j + step < li.length && li[j + step]! < key) {
        low = j + step;
        step *= 2;
      }
      let high = Math.min(j + step, li.length);
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (li[middle]! < key) low = middle + 1;
        else high = middle;
      }
      j = low;
    }
    if (j < li.length && li[j] === key) sum += small.values[i]! * large.values[j++]!;
  }
  return sum;
}

/** Merge, or gallop when one side is this many times longer. */
const GALLOP_RATIO = 4;

function ascendingDot(small: SparseVector, large: SparseVector): number {
  if (large.ids.length >= GALLOP_RATIO * small.ids.length) return sparseDotGallop(small, large);
  // The side already filtered (an article's vector, compared in a row) spares loading the other.
  const largeFilter = loadedFilter(large);
  return largeFilter !== null ? filteredDot(large, small, largeFilter) : filteredDot(small, large, loadFilter(small));
}

function sizeOf(vector: CharVector): number {
  return isSparse(vector) ? vector.ids.length : vector.size;
}

/**
 * Dot product of character-gram vectors, summed in exactly the order the map loop (`dot`) would: over the
 * smaller side in its iteration order. A linear merge over key-sorted typed arrays replaces hundreds of hash
 * lookups; when the smaller side is a story's sums not in key order, its products are added up in insertion order.
 */
function charDot(va: CharVector, vb: CharVector): number {
  const aSmaller = sizeOf(va) <= sizeOf(vb);
  const small = aSmaller ? va : vb;
  const large = aSmaller ? vb : va;
  const other = isSparse(large) ? large : large.sorted.vector;
  if (isSparse(small)) return ascendingDot(small, other);
  const sorted = small.sorted;
  return sorted.ascending ? ascendingDot(sorted.vector, other) : dotInMapOrder(sorted, other);
}

/**
 * Dot products of two articles' own vectors, kept while one article is placed (`keepingMemberDots`): best-member
 * scoring sums the article's vectors with those of the recent members of the story it joins, and the split check
 * (refine.ts) then scores the article against each member, the same sums of the same vectors. Keyed by the vectors
 * in the order they were summed (articles' vectors never change).
 */
let memberDots: Map<object, Map<object, number>> | null = null;

/** Runs `place` (the placing of one article) with the dot products of articles' vectors kept. */
export function keepingMemberDots<T>(place: () => T): T {
  memberDots = new Map();
  try {
    return place();
  } finally {
    memberDots = null;
  }
}

/** `dot(a, b)` of two articles' vectors, or the sum already made of them while this article is placed. */
export function memberDot<V extends object>(a: V, b: V, dot: (a: V, b: V) => number): number {
  if (memberDots === null) return dot(a, b);
  let row = memberDots.get(a);
  if (row === undefined) memberDots.set(a, (row = new Map()));
  let value = row.get(b);
  if (value === undefined) {
    value = dot(a, b);
    row.set(b, value);
  }
  return value;
}

const isArticleVector = (vector: ReadonlyMap<string, number>): boolean => vector instanceof TermSums && vector.frozen;

/** `termDot`, kept between two articles' vectors (a story's sums change as members join). */
export function articlesTermDot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  return isArticleVector(a) && isArticleVector(b) ? memberDot(a, b, termDot) : termDot(a, b);
}

/** A cosine and the dot product it divided (null when a zero norm made the cosine 0 without one). */
type Cosine = { readonly cosine: number; readonly dot: number | null };

export function charCosineAndDot(a: Comparable, b: Comparable, pick: (side: Comparable) => CharVector): Cosine {
  const va = pick(a);
  const vb = pick(b);
  const denominator = norm(a, va) * norm(b, vb);
  if (denominator === 0) return { cosine: 0, dot: null };
  const dot = isSparse(va) && isSparse(vb) ? memberDot(va, vb, charDot) : charDot(va, vb);
  return { cosine: dot / denominator, dot };
}

export function charCosine(a: Comparable, b: Comparable, pick: (side: Comparable) => CharVector): number {
  return charCosineAndDot(a, b, pick).cosine;
}

export function termCosineAndDot(a: Comparable, b: Comparable, pick: (side: Comparable) => ReadonlyMap<string, number>): Cosine {
  const va = pick(a);
  const vb = pick(b);
  const denominator = norm(a, va) * norm(b, vb);
  if (denominator === 0) return { cosine: 0, dot: null };
  const dot = articlesTermDot(va, vb);
  return { cosine: dot / denominator, dot };
}

export function cosineOf(a: Comparable, b: Comparable, pick: (side: Comparable) => ReadonlyMap<string, number>): number {
  return termCosineAndDot(a, b, pick).cosine;
}

/** Bits of the membership filter of one vector's keys (2 KB: a few percent false hits for an article's grams). */
const FILTER_BITS = 14;

function filterSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

/** A vector's keys as filter bits (vectors never change, so a loaded filter stays valid for its vector). */
type GramFilter = { vector: SparseVector | null; readonly bits: Int32Array };

/**
 * Filters of the vectors compared last, replaced round-robin: an arriving article's text, lead and name vectors are
 * compared with several stories and members in a row, and a member's vector with the article's; with one filter,
 * each change of side loaded it again (a fill and an insert per key), about what the dot product itself costs.
 */
const FILTERS = 8;
const filters: GramFilter[] = Array.from({ length: FILTERS }, () => ({ vector: null, bits: new Int32Array(2 ** (FILTER_BITS - 5)) }));
let nextFilter = 0;

/** The filter of `vector` when one of the last few loaded holds it. */
function loadedFilter(vector: SparseVector): Int32Array | null {
  for (const filter of filters) if (filter.vector === vector) return filter.bits;
  return null;
}

/** Loads `vector`'s keys into a filter that `filteredDot` reads, unless one already holds them. */
export function loadFilter(vector: SparseVector): Int32Array {
  const cached = loadedFilter(vector);
  if (cached !== null) return cached;
  const filter = filters[nextFilter]!;
  nextFilter = (nextFilter + 1) % FILTERS;
  const { bits } = filter;
  bits.fill(0);
  for (const key of vector.ids) {
    const slot = filterSlot(key);
    bits[slot >>> 5]! |= 1 << (slot & 31);
  }
  filter.vector = vector;
  return bits;
}

/**
 * `sparseDot(a, b)` with `filter` loaded from `a`, the same sum in the same (ascending key) order: each key of `b` is
 * first tested against a's filter, and only keys that may be shared move through a's keys. Members' gram vectors
 * share few keys, so most of a merge's unpredictable steps become one bit test. Either side can be the filtered one:
 * the shared keys are summed in ascending order all the same.
 */
function filteredDot(a: SparseVector, b: SparseVector, filter: Int32Array): number {
  const { ids: ai, values: av } = a;
  const { ids: bi, values: bv } = b;
  let i = 0;
  let sum = 0;
  for (let j = 0; j < bi.length; j++) {
    const key = bi[j]!;
    const slot = filterSlot(key);
    if ((filter[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
    while (i < ai.length && ai[i]! < key) i++;
    if (i < ai.length && ai[i] === key) sum += av[i]! * bv[j]!;
  }
  return sum;
}

/** `filteredDot` of two vectors, loading the first into a filter. */
export function filteredDotOf(a: SparseVector, b: SparseVector): number {
  return filteredDot(a, b, loadFilter(a));
}
