// Inverted index from terms and name words to the stories in the window: candidates without scanning all stories.
import type { StoryId } from '../model/index.ts';
import { topKeys } from './story-state.ts';

export type StoryIndex = {
  /** Replaces the keys a story is findable by. */
  set(story: StoryId, keys: readonly string[]): void;
  remove(story: StoryId): void;
  /** Stories sharing the most keys with the query, most shared first, ties broken by id; at most `limit`. */
  candidates(keys: readonly string[], limit: number): StoryId[];
  readonly size: number;
};

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export function createStoryIndex(): StoryIndex {
  const postings = new Map<string, Set<StoryId>>();
  const keysOf = new Map<StoryId, readonly string[]>();
  const post = (story: StoryId, key: string): void => {
    let stories = postings.get(key);
    if (stories === undefined) {
      stories = new Set();
      postings.set(key, stories);
    }
    stories.add(story);
  };
  const unpost = (story: StoryId, key: string): void => {
    const stories = postings.get(key);
    stories?.delete(story);
    if (stories !== undefined && stories.size === 0) postings.delete(key);
  };
  const remove = (story: StoryId): void => {
    for (const key of keysOf.get(story) ?? []) unpost(story, key);
    keysOf.delete(story);
  };
  return {
    set(story, keys) {
      const old = keysOf.get(story);
      keysOf.set(story, keys);
      // A join mostly leaves a story's strongest keys as they were: post only what changed. (Candidates are
      // ranked by a total order, so the order of stories within a posting does not matter.)
      if (old === undefined) {
        for (const key of keys) post(story, key);
        return;
      }
      if (sameKeys(old, keys)) return;
      const next = new Set(keys);
      for (const key of old) if (!next.has(key)) unpost(story, key);
      const before = new Set(old);
      for (const key of keys) if (!before.has(key)) post(story, key);
    },
    remove,
    candidates(keys, limit) {
      const hits = new Map<StoryId, number>();
      for (const key of keys) for (const story of postings.get(key) ?? []) hits.set(story, (hits.get(story) ?? 0) + 1);
      return topKeys(hits, limit);
    },
    get size() {
      return keysOf.size;
    },
  };
}
