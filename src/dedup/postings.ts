// Key → ids of the texts indexed under it. Most fingerprint keys belong to a single text, so a lone id is held as
// itself rather than in a one-element array (tens of bytes per key, over a million keys for 20,000 texts).
//
// A key shared by very many texts holds only the most recent `maxPerKey` of them. Boilerplate that cleaning kept (an
// outlet's sign-off, a stock sentence) puts one shingle in thousands of texts: every new text holding it visited all
// of them, so the cost of an article grew with the index (a corpus of such texts fell from 1,000 to 350 articles a
// second within 4,000), and forgetting the oldest text spliced each long list. The recent texts under a key are the
// ones a new copy is likeliest to come from, and a text is found through its rarer keys too.
import type { ArticleId } from '../model/index.ts';

export type Postings<K> = {
  add(key: K, id: ArticleId): void;
  remove(key: K, id: ArticleId): void;
  /** Calls `visit` with each id under the key, in the order they were added. */
  each(key: K, visit: (id: ArticleId) => void): void;
};

export function createPostings<K>(maxPerKey = Number.POSITIVE_INFINITY): Postings<K> {
  const map = new Map<K, ArticleId | ArticleId[]>();
  return {
    add(key, id) {
      const held = map.get(key);
      if (held === undefined) map.set(key, id);
      else if (typeof held === 'string') map.set(key, maxPerKey > 1 ? [held, id] : id);
      else {
        if (held.length >= maxPerKey) held.shift();
        held.push(id);
      }
    },
    remove(key, id) {
      const held = map.get(key);
      if (held === undefined) return;
      if (typeof held === 'string') {
        if (held === id) map.delete(key);
        return;
      }
      const at = held.indexOf(id);
      if (at >= 0) held.splice(at, 1);
      if (held.length === 1) map.set(key, held[0]!);
      else if (held.length === 0) map.delete(key);
    },
    each(key, visit) {
      const held = map.get(key);
      if (held === undefined) return;
      if (typeof held === 'string') visit(held);
      else for (const id of held) visit(id);
    },
  };
}
