// Comparisons for the server: compareArticles over a story's articles (a representative subset of a large story),
// reusing the analyses the store already holds.
import { createAnalyzer } from '../analyze/index.ts';
import { compareArticles } from '../compare/index.ts';
import type { Analysis, Article, ArticleLink, StoryId } from '../model/index.ts';
import type { Comparison } from '../model/comparison.ts';

/**
 * Articles compared per story. A comparison grows with the square of its articles (every pair gets similarity
 * evidence) and a reader cannot follow more columns than this; larger stories compare a representative subset
 * (each outlet's first report, then the earliest others) and list the rest as `omitted_articles`.
 */
export const MAX_COMPARED_ARTICLES = 16;
export type ServerComparison = Comparison & { readonly omitted_articles: readonly string[] };
/** What the store already knows about the articles: copy links, and analyses (null where one is missing). */
export type CompareInputs = { readonly links?: readonly ArticleLink[]; readonly analyses?: ReadonlyArray<Analysis | null> };
export type Comparer = (articles: readonly Article[], storyId: StoryId, inputs?: CompareInputs) => Promise<ServerComparison>;

export function createComparer(): Comparer {
  // Stored analyses are reused (the same analyzer made them at ingest); a missing one is computed here.
  const analyze = createAnalyzer();
  return async (all, _storyId, inputs = {}) => {
    const articles = representative(all);
    const kept = new Set(articles.map((a) => a.id));
    const stored = new Map(all.map((a, i) => [a.id, inputs.analyses?.[i] ?? null]));
    const analyses = articles.map((a) => stored.get(a.id) ?? analyze(a));
    const comparison = { ...compareArticles(articles, analyses, inputs.links ?? []), omitted_articles: all.filter((a) => !kept.has(a.id)).map((a) => a.id) };
    return comparison;
  };
}

/** Each outlet's first article, then the earliest of the rest, up to the limit; in the story's own order. */
export function representative(articles: readonly Article[], limit = MAX_COMPARED_ARTICLES): readonly Article[] {
  if (articles.length <= limit) return articles;
  const chosen = new Set<Article>();
  const outlets = new Set<string>();
  for (const a of articles) {
    const outlet = a.source ?? a.id;
    if (chosen.size < limit && !outlets.has(outlet)) {
      outlets.add(outlet);
      chosen.add(a);
    }
  }
  for (const a of articles) if (chosen.size < limit) chosen.add(a);
  return articles.filter((a) => chosen.has(a));
}
