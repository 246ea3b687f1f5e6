import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sparseDot, type SparseVector } from '../compare/sparse.ts';
import { dotInMapOrder, followAddition, sortedGrams } from './sorted-grams.ts';
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

/** What the story does: sums each weight onto the map, new keys appended in ascending order. */
function addSparse(map: Map<number, number>, vector: SparseVector): void {
  for (let k = 0; k < vector.ids.length; k++) map.set(vector.ids[k]!, (map.get(vector.ids[k]!) ?? 0) + vector.values[k]!);
  followAddition(map, vector);
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

describe('sorted gram maps', () => {
  it('follow additions and give bit-identical dot products in map order', () => {
    const next = random(7);
    const map = new Map<number, number>();
    for (let member = 0; member < 6; member++) {
      addSparse(map, randomSparse(next, 300, 4000));
      const sorted = sortedGrams(map);
      assert.deepEqual([...sorted.vector.ids], [...map.keys()].sort((a, b) => a - b));
      for (let k = 0; k < sorted.vector.ids.length; k++) assert.equal(sorted.vector.values[k], map.get(sorted.vector.ids[k]!));
      assert.equal(sorted.ascending, member === 0 || [...map.keys()].every((key, k, keys) => k === 0 || keys[k - 1]! < key));
      const article = randomSparse(next, 250, 4000);
      assert.equal(dotInMapOrder(sorted, article), mapLoopDot(map, article));
      if (sorted.ascending) assert.equal(sparseDot(sorted.vector, article), mapLoopDot(map, article));
    }
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
