// Scores article pairs with the clusterer's own match score: Pearson with the human "overall" and same-story F1.
import type { Article } from '../model/index.ts';
import { createAnalyzer, type Analyzer } from '../analyze/index.ts';
import { scoreFeatures } from '../cluster/clusterer.ts';
import { DEFAULT_CLUSTER_CONFIG, type ClusterConfig } from '../cluster/config.ts';
import { articleAsComparable, computeFeatures, type Features } from '../cluster/features.ts';
import { createCorpusStats, toSignal, type ArticleSignal } from '../cluster/signal.ts';
import { articleFromRecord } from './in-memory.ts';
import type { PairRecord } from './labeled.ts';
import { binaryScores, pearson, type PrecisionRecall } from './metrics.ts';

/** SemEval's binarisation: overall ≤ 2 (on 1 = very similar … 4 = very dissimilar) is the same story. */
export const SAME_STORY_MAX_OVERALL = 2;

export type PairsReport = {
  readonly pairs: number;
  /** Pearson r between our score and −overall (sign flipped so that higher is better). */
  readonly pearson_overall: number;
  readonly same_story: PrecisionRecall;
};

export type ScoredPair = { readonly pair: PairRecord; readonly features: Features; readonly score: number };

function pairArticles(pair: PairRecord): [Article, Article] {
  return [
    articleFromRecord({ id: pair.id1, text: pair.text1, language: pair.lang1 ?? null }),
    articleFromRecord({ id: pair.id2, text: pair.text2, language: pair.lang2 ?? null }),
  ];
}

/**
 * Features for every pair. Document frequencies come from all distinct articles of the file first (two
 * passes), as a running corpus would have them, so the first pairs are not weighed against an empty corpus.
 */
export function pairFeatures(pairs: readonly PairRecord[], config: ClusterConfig = DEFAULT_CLUSTER_CONFIG, analyzer: Analyzer = createAnalyzer()): Features[] {
  const stats = createCorpusStats();
  const analyses = new Map<string, { article: Article; analysis: ReturnType<Analyzer> }>();
  for (const pair of pairs) {
    for (const article of pairArticles(pair)) {
      if (analyses.has(article.id)) continue;
      const analysis = analyzer(article);
      analyses.set(article.id, { article, analysis });
    }
  }
  const options = { maxBodyTerms: config.maxBodyTerms, leadSentences: config.leadSentences, maxEntities: config.maxEntities, gramTerms: config.gramTerms, charGrams: config.charGrams };
  for (const { article, analysis } of analyses.values()) toSignal(article, analysis, stats, options);
  const signals = new Map<string, ArticleSignal>();
  for (const [id, { article, analysis }] of analyses) signals.set(id, toSignal(article, analysis, stats, { ...options, count: false }));
  return pairs.map((pair) => computeFeatures(articleAsComparable(signals.get(pair.id2)!), articleAsComparable(signals.get(pair.id1)!)));
}

export function scorePairs(pairs: readonly PairRecord[], config: ClusterConfig = DEFAULT_CLUSTER_CONFIG): ScoredPair[] {
  const features = pairFeatures(pairs, config);
  return pairs.map((pair, i) => ({ pair, features: features[i]!, score: scoreFeatures(config.weights, features[i]!) }));
}

export function pairsReport(scored: readonly ScoredPair[], threshold: number): PairsReport {
  const truth = scored.map(({ pair }) => pair.same_story ?? pair.overall <= SAME_STORY_MAX_OVERALL);
  return {
    pairs: scored.length,
    pearson_overall: pearson(scored.map(({ score }) => score), scored.map(({ pair }) => -pair.overall)),
    same_story: binaryScores(scored.map(({ score }) => score >= threshold), truth),
  };
}
