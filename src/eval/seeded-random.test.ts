import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { seededShuffle } from './seeded-random.ts';

describe('seededShuffle', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it('gives the same order for the same seed, and leaves its input as it was', () => {
    const copy = [...items];
    assert.deepEqual(seededShuffle(items, 7), seededShuffle(items, 7));
    assert.deepEqual(items, copy);
  });

  it('reorders every item exactly once, differently for another seed', () => {
    const first = seededShuffle(items, 1);
    assert.deepEqual([...first].sort((a, b) => a - b), items);
    assert.notDeepEqual(first, items);
    assert.notDeepEqual(seededShuffle(items, 2), first);
  });
});
