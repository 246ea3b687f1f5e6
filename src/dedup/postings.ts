// Key → ids of the texts indexed under it. Most fingerprint keys belong to a single text, so a lone id is held as
// itself rather than in a one-element array (tens of bytes per key, over a million keys for 20,000 texts).
import type { ArticleId } from '../model/index.ts';

export type Postings<K> = {
  add(key: K, id: ArticleId): void;
  remove(key: K, id: ArticleId): void;
  /** Calls `visit` with each id under the key, in the order they were added. */
  each(key: K, visit: (id: ArticleId) => void): void;
};

export function createPostings<K>(): Postings<K> {
  const map = new Map<K, ArticleId | ArticleId[]>();
  return {
    add(key, id) {
      const held = map.get(key);
      if (held === undefined) map.set(key, id);
      else if (typeof held === 'string') map.set(key, [held, id]);
      else held.push(id);
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
