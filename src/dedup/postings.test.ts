import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPostings } from './postings.ts';

const idsUnder = <K>(postings: ReturnType<typeof createPostings<K>>, key: K): string[] => {
  const ids: string[] = [];
  postings.each(key, (id) => ids.push(id));
  return ids;
};

test('a key holds its ids in the order added, and forgets removed ones', () => {
  const postings = createPostings<number>();
  for (const id of ['a', 'b', 'c']) postings.add(7, id);
  postings.add(8, 'z');
  postings.remove(7, 'b');
  assert.deepEqual(idsUnder(postings, 7), ['a', 'c']);
  postings.remove(7, 'a');
  postings.remove(7, 'c');
  assert.deepEqual(idsUnder(postings, 7), []);
  assert.deepEqual(idsUnder(postings, 8), ['z']);
});

test('a key shared by more texts than the limit keeps only the most recent ones', () => {
  const postings = createPostings<number>(3);
  for (const id of ['a', 'b', 'c', 'd', 'e']) postings.add(1, id);
  assert.deepEqual(idsUnder(postings, 1), ['c', 'd', 'e']);
  // Removing an id the key no longer holds changes nothing.
  postings.remove(1, 'a');
  assert.deepEqual(idsUnder(postings, 1), ['c', 'd', 'e']);
  postings.remove(1, 'd');
  postings.add(1, 'f');
  assert.deepEqual(idsUnder(postings, 1), ['c', 'e', 'f']);
  const single = createPostings<number>(1);
  single.add(2, 'x');
  single.add(2, 'y');
  assert.deepEqual(idsUnder(single, 2), ['y']);
});
