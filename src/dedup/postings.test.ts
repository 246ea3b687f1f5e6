import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleId } from '../model/index.ts';
import { createPostings, KeyTable } from './postings.ts';

const ids = (...names: string[]): ArticleId[] => names as ArticleId[];
const id = (name: string): ArticleId => name as ArticleId;

const idsUnder = <K extends number>(postings: ReturnType<typeof createPostings<K>>, key: K): string[] => {
  const ids: string[] = [];
  postings.each(key, (id) => ids.push(id));
  return ids;
};

test('a key holds its ids in the order added, and forgets removed ones', () => {
  const postings = createPostings<number>();
  for (const each of ids('a', 'b', 'c')) postings.add(7, each);
  postings.add(8, id('z'));
  postings.remove(7, id('b'));
  assert.deepEqual(idsUnder(postings, 7), ['a', 'c']);
  postings.remove(7, id('a'));
  postings.remove(7, id('c'));
  assert.deepEqual(idsUnder(postings, 7), []);
  assert.deepEqual(idsUnder(postings, 8), ['z']);
});

test('a key shared by more texts than the limit keeps only the most recent ones', () => {
  const postings = createPostings<number>(3);
  for (const each of ids('a', 'b', 'c', 'd', 'e')) postings.add(1, each);
  assert.deepEqual(idsUnder(postings, 1), ['c', 'd', 'e']);
  // Removing an id the key no longer holds changes nothing.
  postings.remove(1, id('a'));
  assert.deepEqual(idsUnder(postings, 1), ['c', 'd', 'e']);
  postings.remove(1, id('d'));
  postings.add(1, id('f'));
  assert.deepEqual(idsUnder(postings, 1), ['c', 'e', 'f']);
  const single = createPostings<number>(1);
  single.add(2, id('x'));
  single.add(2, id('y'));
  assert.deepEqual(idsUnder(single, 2), ['y']);
});

test('a key table agrees with a Map through adds and removals that wrap around and grow it', () => {
  const table = new KeyTable<number>();
  const map = new Map<number, number>();
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let step = 0; step < 20_000; step++) {
    // Few distinct keys, some above 2^31 (shingle hashes are unsigned), so removals meet long probe runs.
    const key = (next() % 3000) * 1_431_655;
    if (next() % 3 === 0) {
      table.delete(key);
      map.delete(key);
    } else {
      table.set(key, step);
      map.set(key, step);
    }
  }
  for (let key = 0; key < 3000; key++) assert.equal(table.get(key * 1_431_655), map.get(key * 1_431_655));
});
