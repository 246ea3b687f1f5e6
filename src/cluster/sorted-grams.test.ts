import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sparseDot, type SparseVector } from '../compare/sparse.ts';
import { dotInMapOrder, GramSums } from './sorted-grams.ts';
import { topKeys } from './story-state.ts';

/** Deterministic pseudo-random numbers (xorshift), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function randomSparse(next: () => number, size: number, keySpace: number): SparseVector {
  const keys = new Set<number>();
  while (keys.size < size) keys.add(Math.floor(next() * keySpace) - keySpace / 2);
  const ids = Int32Array.from(keys).sort();
  return { ids, values: Float64Array.from(ids, () => next()) };
}

/** What the story's maps did: sums each weight onto the map, new keys appended in the vector's order. */
function addInto(map: Map<number, number>, entries: Iterable<readonly [number, number]>): void {
  for (const [key, weight] of entries) map.set(key, (map.get(key) ?? 0) + weight);
}

function sparseEntries(vector: SparseVector): Array<[number, number]> {
  return Array.from(vector.ids, (id, k) => [id, vector.values[k]!]);
}

/** The sums' entries in insertion order. */
function entriesInOrder(sums: GramSums): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  const { ids, values } = sums.sorted.vector;
  sums.sorted.positions.forEach((position, i) => {
    entries[position] = [ids[i]!, values[i]!];
  });
  return entries;
}

/** The map loop the sorted copies replace: products summed in the map's iteration order. */
function mapLoopDot(map: ReadonlyMap<number, number>, other: SparseVector): number {
  const lookup = new Map<number, number>();
  for (let k = 0; k < other.ids.length; k++) lookup.set(other.ids[k]!, other.values[k]!);
  let sum = 0;
  for (const [key, weight] of map) {
    const value = lookup.get(key);
    if (value !== undefined) sum += weight * value;
  }
  return sum;
}

describe('gram sums', () => {
  it('hold what the summed maps held, in their order, and give bit-identical dot products in map order', () => {
    const next = random(7);
    const map = new Map<number, number>();
    const sums = new GramSums();
    const check = (): void => {
      assert.deepEqual(entriesInOrder(sums), [...map]);
      const sorted = sums.sorted;
      assert.deepEqual([...sorted.vector.ids], [...map.keys()].sort((a, b) => a - b));
      assert.equal(sorted.ascending, [...map.keys()].every((key, k, keys) => k === 0 || keys[k - 1]! < key));
      const article = randomSparse(next, 250, 4000);
      assert.equal(dotInMapOrder(sorted, article), mapLoopDot(map, article));
      if (sorted.ascending) assert.equal(sparseDot(sorted.vector, article), mapLoopDot(map, article));
    };
    for (let member = 0; member < 6; member++) {
      const vector = randomSparse(next, 300, 4000);
      addInto(map, sparseEntries(vector));
      sums.add(vector);
      check();
    }
    // A merge of stories: the other story's sums are added in its own insertion order.
    const otherMap = new Map<number, number>();
    const other = new GramSums();
    for (let member = 0; member < 3; member++) {
      const vector = randomSparse(next, 200, 8000);
      addInto(otherMap, sparseEntries(vector));
      other.add(vector);
    }
    addInto(map, otherMap);
    sums.addSums(other);
    check();
    // A prune keeps the heaviest, heaviest first.
    const strongest = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 100);
    map.clear();
    for (const [key, weight] of strongest) map.set(key, weight);
    sums.keepStrongest(100);
    check();
  });
});

describe('topKeys', () => {
  it('equals a full sort by weight, ties by key', () => {
    const next = random(11);
    for (const size of [0, 3, 40, 500]) {
      const vector = new Map<string, number>();
      for (let k = 0; k < size; k++) vector.set(`w${Math.floor(next() * 1000)}`, Math.floor(next() * 20) / 4);
      for (const count of [0, 1, 15, 40]) {
        const expected = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([key]) => key);
        assert.deepEqual(topKeys(vector, count), expected);
      }
    }
  });
});
