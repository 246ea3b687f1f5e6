// A story's summed character-gram vectors, held sorted by key in typed arrays, with each entry's place in the order
// the keys were first added (the iteration order the story's maps had, which the sums and norms follow). Scoring an
// article against a story is one linear merge, and the sums live off the collected heap (a Map entry per gram was
// millions of entries across the stories in the window).
import type { SparseVector } from '../compare/sparse.ts';

export type SortedGrams = {
  readonly vector: SparseVector;
  /** True when insertion order is ascending key order: summing in merge order is then summing in insertion order. */
  readonly ascending: boolean;
  /** Sorted index → the entry's place in insertion order. */
  readonly positions: Int32Array;
};

const EMPTY: SortedGrams = { vector: { ids: new Int32Array(0), values: new Float64Array(0) }, ascending: true, positions: new Int32Array(0) };

/** True when every entry's place in insertion order is its place in key order. */
function isIdentity(positions: Int32Array): boolean {
  for (let i = 0; i < positions.length; i++) if (positions[i] !== i) return false;
  return true;
}

/** How many keys two ascending key arrays share. */
function sharedKeys(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return shared;
}

/** Squared weights by place in insertion order (reused: one sum at a time). */
let squares = new Float64Array(4096);

/**
 * Summed hashed character-gram vectors of a story's members. Each added weight is summed onto the entry's as
 * `map.set(key, (map.get(key) ?? 0) + weight)` did (the same two numbers, in the same order), and new keys take
 * the next places in insertion order.
 */
export class GramSums {
  sorted: SortedGrams = EMPTY;

  get size(): number {
    return this.sorted.positions.length;
  }

  /** Key, value and position arrays with room to grow: `sorted` views their first entries. */
  #ids: Int32Array = new Int32Array(0);
  #values: Float64Array = new Float64Array(0);
  #positions: Int32Array = new Int32Array(0);

  /**
   * Adds a member's vector; its new keys are appended in ascending key order (the vector's order). Merged in place
   * from the back (every entry moves only towards the end), so a join allocates nothing while the arrays have room.
   */
  add(added: SparseVector): void {
    const { ids: ai } = this.sorted.vector;
    const { ids: bi, values: bv } = added;
    const n = ai.length;
    const shared = sharedKeys(ai, bi);
    const size = n + bi.length - shared;
    if (size > this.#ids.length) this.#reserve(size + (size >>> 2));
    const ids = this.#ids;
    const values = this.#values;
    const positions = this.#positions;
    let i = n - 1;
    let j = bi.length - 1;
    let k = size - 1;
    // New keys take the places after the existing entries in ascending key order: from the back, the largest first.
    let place = n + bi.length - shared - 1;
    while (j >= 0) {
      const y = bi[j]!;
      if (i >= 0 && ids[i]! > y) {
        ids[k] = ids[i]!;
        positions[k] = positions[i]!;
        values[k--] = values[i--]!;
      } else if (i >= 0 && ids[i] === y) {
        ids[k] = y;
        positions[k] = positions[i]!;
        values[k--] = values[i--]! + bv[j--]!;
      } else {
        ids[k] = y;
        positions[k] = place--;
        values[k--] = 0 + bv[j--]!;
      }
    }
    this.#view(size);
  }

  /** Room for `capacity` entries, keeping the current ones. */
  #reserve(capacity: number): void {
    const { ids, values } = this.sorted.vector;
    this.#ids = new Int32Array(capacity);
    this.#values = new Float64Array(capacity);
    this.#positions = new Int32Array(capacity);
    this.#ids.set(ids);
    this.#values.set(values);
    this.#positions.set(this.sorted.positions);
  }

  /** Points `sorted` at the first `size` entries of the arrays (new view objects: the contents changed). */
  #view(size: number): void {
    const positions = this.#positions.subarray(0, size);
    this.sorted = { vector: { ids: this.#ids.subarray(0, size), values: this.#values.subarray(0, size) }, ascending: isIdentity(positions), positions };
  }

  /** Takes arrays built elsewhere (exactly sized) as the entries. */
  #adopt(sorted: SortedGrams): void {
    this.#ids = sorted.vector.ids;
    this.#values = sorted.vector.values;
    this.#positions = sorted.positions;
    this.sorted = sorted;
  }

  /** Adds another story's sums; its new keys are appended in that story's insertion order. */
  addSums(other: GramSums): void {
    this.#mergeWith(other.sorted.vector, other.sorted.positions);
  }

  /**
   * One merge of the sorted entries with `added`: shared keys sum; new keys are placed after the existing entries,
   * in key order or, when `addedPositions` is given, in the insertion order it records for `added`.
   */
  #mergeWith(added: SparseVector, addedPositions: Int32Array | null): void {
    const { ids: ai, values: av } = this.sorted.vector;
    const ap = this.sorted.positions;
    const { ids: bi, values: bv } = added;
    // Arrays of the merged size exactly: counting shared keys first is cheaper than copying oversized arrays.
    const size = ai.length + bi.length - sharedKeys(ai, bi);
    const ids = new Int32Array(size);
    const values = new Float64Array(size);
    const positions = new Int32Array(size);
    /** Merged indices of the new keys, in key order. */
    const newAt: number[] = [];
    const newFrom: number[] = [];
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < ai.length || j < bi.length) {
      if (j >= bi.length || (i < ai.length && ai[i]! < bi[j]!)) {
        ids[k] = ai[i]!;
        positions[k] = ap[i]!;
        values[k++] = av[i++]!;
      } else if (i >= ai.length || bi[j]! < ai[i]!) {
        newAt.push(k);
        newFrom.push(j);
        ids[k] = bi[j]!;
        values[k++] = 0 + bv[j++]!;
      } else {
        ids[k] = ai[i]!;
        positions[k] = ap[i]!;
        values[k++] = av[i++]! + bv[j++]!;
      }
    }
    const order = newAt.map((_, t) => t);
    if (addedPositions !== null) order.sort((x, y) => addedPositions[newFrom[x]!]! - addedPositions[newFrom[y]!]!);
    order.forEach((t, rank) => {
      positions[newAt[t]!] = ai.length + rank;
    });
    this.#adopt({ vector: { ids, values }, ascending: isIdentity(positions), positions });
  }

  /** Sum of squared weights, added up in insertion order (the order the story's map summed them). */
  sumOfSquares(): number {
    const { values } = this.sorted.vector;
    const positions = this.sorted.positions;
    if (squares.length < values.length) squares = new Float64Array(values.length * 2);
    for (let i = 0; i < values.length; i++) squares[positions[i]!] = values[i]! * values[i]!;
    let sum = 0;
    for (let k = 0; k < values.length; k++) sum += squares[k]!;
    return sum;
  }

  /**
   * Keeps the `keep` heaviest entries (ties by key), which then take insertion order heaviest first. Ranks come
   * from one native sort of the weights: an entry's rank is the number of heavier entries plus the entries of
   * equal weight seen before it in key order, the order a sort by (weight descending, key ascending) gives.
   */
  keepStrongest(keep: number): void {
    const { ids, values } = this.sorted.vector;
    const ascendingWeights = values.slice().sort();
    const tiesSeen = new Int32Array(values.length);
    const kept: number[] = [];
    const ranks: number[] = [];
    for (let i = 0; i < values.length; i++) {
      const heavier = values.length - upperBound(ascendingWeights, values[i]!);
      const rank = heavier + tiesSeen[heavier]!++;
      if (rank < keep) {
        kept.push(i);
        ranks.push(rank);
      }
    }
    const size = kept.length;
    const keptIds = new Int32Array(size);
    const keptValues = new Float64Array(size);
    const positions = new Int32Array(size);
    for (let k = 0; k < size; k++) {
      keptIds[k] = ids[kept[k]!]!;
      keptValues[k] = values[kept[k]!]!;
      positions[k] = ranks[k]!;
    }
    this.#adopt({ vector: { ids: keptIds, values: keptValues }, ascending: isIdentity(positions), positions });
  }
}

/** Index of the first element of an ascending array greater than `value`. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Products by place in the smaller side's insertion order (reused: one dot product at a time). */
let products = new Float64Array(4096);

/**
 * Dot product summed in insertion order, as a loop over the story's map with lookups in `other` summed it: a merge
 * puts each product at its entry's place, then one pass adds them up. Entries without a match add +0, which leaves a
 * sum of non-negative weights bit for bit unchanged.
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
