import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { seededRandom } from '../eval/seeded-random.ts';
import { GramCounts } from './similarity-grams.ts';

test('GramCounts counts as a Map would, through growth, for any 32-bit keys', () => {
  const random = seededRandom(7);
  const counts = new GramCounts();
  const expected = new Map<number, number>();
  for (let n = 0; n < 50_000; n++) {
    // Few distinct keys early (repeats), the whole 32-bit range later (growth, negative keys, 0).
    const key = n < 5_000 ? Math.floor(random() * 300) - 150 : (Math.floor(random() * 2 ** 32) | 0);
    counts.increment(key);
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  assert.equal(counts.size, expected.size);
  for (const [key, count] of expected) assert.equal(counts.get(key), count);
  for (let n = 0; n < 1_000; n++) {
    const key = Math.floor(random() * 2 ** 32) | 0;
    assert.equal(counts.get(key), expected.get(key));
  }
});
