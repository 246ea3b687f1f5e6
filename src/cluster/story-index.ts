// Inverted index from terms and name words to the stories in the window: candidates without scanning all stories.
import type { StoryId } from '../model/index.ts';

export type StoryIndex = {
  /** Replaces the keys a story is findable by. */
  set(story: StoryId, keys: readonly string[]): void;
  remove(story: StoryId): void;
  /** Stories sharing the most keys with the query, most shared first, ties broken by id; at most `limit`. */
  candidates(keys: readonly string[], limit: number): StoryId[];
  readonly size: number;
};

export function createStoryIndex(): StoryIndex {
  const postings = new Map<string, Set<StoryId>>();
  const keysOf = new Map<StoryId, readonly string[]>();
  const remove = (story: StoryId): void => {
    for (const key of keysOf.get(story) ?? []) {
      const stories = postings.get(key);
      stories?.delete(story);
      if (stories !== undefined && stories.size === 0) postings.delete(key);
    }
    keysOf.delete(story);
  };
  return {
    set(story, keys) {
      remove(story);
      keysOf.set(story, keys);
      for (const key of keys) {
        let stories = postings.get(key);
        if (stories === undefined) {
          stories = new Set();
          postings.set(key, stories);
        }
        stories.add(story);
      }
    },
    remove,
    candidates(keys, limit) {
      const hits = new Map<StoryId, number>();
      for (const key of keys) for (const story of postings.get(key) ?? []) hits.set(story, (hits.get(story) ?? 0) + 1);
      return [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([story]) => story);
    },
    get size() {
      return keysOf.size;
    },
  };
}
