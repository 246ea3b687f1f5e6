// Comparisons for the server: compareArticles over a story's articles, cached by the exact set of members, so a
// story is compared again only when an article joins it.
import { createAnalyzer } from '../analyze/index.ts';
import { compareArticles } from '../compare/index.ts';
import type { Article, ArticleLink, StoryId } from '../model/index.ts';
import type { Comparison } from '../model/comparison.ts';

/** Comparisons kept in memory; each is tens of KB, so this bounds the cache to tens of MB. */
const CACHED_COMPARISONS = 2000;
/** Same setting `parallax compare` uses: a comparison is small, so type more names than ingest does. */
const COMPARE_NAMES_TYPED = 12;

export type Comparer = (articles: readonly Article[], storyId: StoryId, links?: readonly ArticleLink[]) => Promise<Comparison>;

export function createComparer(): Comparer {
  const analyze = createAnalyzer({ compromiseNamesPerArticle: COMPARE_NAMES_TYPED });
  const cache = new Map<string, Comparison>();
  return async (articles, storyId, links = []) => {
    const key = `${storyId}\u0000${articles.map((a) => a.id).join(',')}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key); // re-insert: Map order is the LRU order
      cache.set(key, hit);
      return hit;
    }
    const comparison = compareArticles(articles, articles.map(analyze), links);
    cache.set(key, comparison);
    if (cache.size > CACHED_COMPARISONS) cache.delete(cache.keys().next().value!);
    return comparison;
  };
}
