// Key-sorted copies of a story's summed character-gram maps, kept current as members join, so scoring an article
// against a story is one linear merge over typed arrays instead of a hash lookup per gram.
import type { SparseVector } from '../compare/sparse.ts';

export type SortedGrams = {
  readonly vector: SparseVector;
  /** True when the map iterates in ascending key order: summing in merge order is then summing in map order. */
  readonly ascending: boolean;
  /** Sorted index → the entry's place in the map's iteration order. */
  readonly positions: Int32Array;
};

const cache = new WeakMap<object, SortedGrams>();

/** Position bits packed below each key, so one numeric sort of a Float64Array orders keys and carries positions. */
const POSITION_SCALE = 2 ** 21;

function build(map: ReadonlyMap<number, number>): SortedGrams {
  const inOrder = new Float64Array(map.size);
  const packed = new Float64Array(map.size);
  let ascending = true;
  let previous = -Infinity;
  let k = 0;
  for (const [key, weight] of map) {
    if (key <= previous) ascending = false;
    previous = key;
    inOrder[k] = weight;
    packed[k] = key * POSITION_SCALE + k;
    k++;
  }
  const ids = new Int32Array(map.size);
  const positions = new Int32Array(map.size);
  if (ascending) {
    for (let i = 0; i < packed.length; i++) {
      ids[i] = (packed[i]! - i) / POSITION_SCALE;
      positions[i] = i;
    }
    return { vector: { ids, values: inOrder }, ascending, positions };
  }
  packed.sort();
  const values = new Float64Array(map.size);
  for (let i = 0; i < packed.length; i++) {
    const position = ((packed[i]! % POSITION_SCALE) + POSITION_SCALE) % POSITION_SCALE;
    ids[i] = (packed[i]! - position) / POSITION_SCALE;
    values[i] = inOrder[position]!;
    positions[i] = position;
  }
  return { vector: { ids, values }, ascending, positions };
}

/** The map's entries sorted by key (built on first use after a change the cache could not follow). */
export function sortedGrams(map: ReadonlyMap<number, number>): SortedGrams {
  let sorted = cache.get(map);
  if (sorted === undefined || sorted.vector.ids.length !== map.size) {
    sorted = build(map);
    cache.set(map, sorted);
  }
  return sorted;
}

/**
 * Follows `addSparse(map, added)` (each added weight summed onto the map's, new keys appended in ascending order):
 * merges the sorted copy with `added` in linear time, summing the same two numbers the map did.
 */
export function followAddition(map: ReadonlyMap<number, number>, added: SparseVector): void {
  const old = cache.get(map);
  if (old === undefined) return;
  const ai = old.vector.ids;
  const av = old.vector.values;
  const ap = old.positions;
  const bi = added.ids;
  const bv = added.values;
  const ids = new Int32Array(map.size);
  const values = new Float64Array(map.size);
  const positions = new Int32Array(map.size);
  // New keys are appended to the map in ascending order, after the entries it had.
  let appended = ai.length;
  const oldMax = ai.length === 0 ? -Infinity : ai[ai.length - 1]!;
  let firstNew = Infinity;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < ai.length || j < bi.length) {
    if (j >= bi.length || (i < ai.length && ai[i]! < bi[j]!)) {
      ids[k] = ai[i]!;
      positions[k] = ap[i]!;
      values[k++] = av[i++]!;
    } else if (i >= ai.length || bi[j]! < ai[i]!) {
      if (firstNew === Infinity) firstNew = bi[j]!;
      ids[k] = bi[j]!;
      positions[k] = appended++;
      values[k++] = bv[j++]!;
    } else {
      ids[k] = ai[i]!;
      positions[k] = ap[i]!;
      values[k++] = av[i++]! + bv[j++]!;
    }
  }
  if (k !== map.size) {
    cache.delete(map);
    return;
  }
  cache.set(map, { vector: { ids, values }, ascending: old.ascending && firstNew > oldMax, positions });
}

/** Drops the sorted copy after a change it does not follow (a merge of stories, a prune). */
export function forgetSorted(map: object): void {
  cache.delete(map);
}

/** Products by place in the smaller map's iteration order (reused: one dot product at a time). */
let products = new Float64Array(4096);

/**
 * Dot product summed in the map's iteration order, as a loop over the map with lookups in `other` would sum it:
 * a merge puts each product at its entry's place, then one pass adds them up. Entries without a match add +0,
 * which leaves a sum of non-negative weights bit for bit unchanged.
 */
export function dotInMapOrder(sorted: SortedGrams, other: SparseVector): number {
  const ai = sorted.vector.ids;
  const av = sorted.vector.values;
  const ap = sorted.positions;
  const bi = other.ids;
  const bv = other.values;
  if (products.length < ai.length) products = new Float64Array(ai.length * 2);
  products.fill(0, 0, ai.length);
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) products[ap[i]!] = av[i++]! * bv[j++]!;
    else if (x < y) i++;
    else j++;
  }
  let sum = 0;
  for (let k = 0; k < ai.length; k++) sum += products[k]!;
  return sum;
}
