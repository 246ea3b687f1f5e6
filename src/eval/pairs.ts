// Scores article pairs with the clusterer's own match score: Pearson with the human "overall" and same-story F1;
// and the comparison's similarity dimensions against the human score of each (geography, entities, time, …).
import type { Article, ArticleId } from '../model/index.ts';
import { createCleaner } from '../clean/index.ts';
import { recordToItem } from '../ingest/index.ts';
import { LiveTemplates, templateLinesOf } from '../pipeline.ts';
import { createAnalyzer, type Analyzer } from '../analyze/index.ts';
import { scoreFeatures } from '../cluster/clusterer.ts';
import { DEFAULT_CLUSTER_CONFIG, type ClusterConfig } from '../cluster/config.ts';
import { articleAsComparable, computeFeatures, type Features } from '../cluster/features.ts';
import { createCorpusStats, toSignal, type ArticleSignal } from '../cluster/signal.ts';
import { articleFromRecord } from './in-memory.ts';
import type { PairRecord } from './labeled.ts';
import { binaryScores, pearson, type PrecisionRecall } from './metrics.ts';
import { modelFeatures } from '../compare/similarity-model.ts';
import { comparisonEvidence, comparisonScores, SEMEVAL_DIMENSIONS, type AnalysedArticle, type SemevalDimension } from './similarity.ts';
import { pearsonOf } from './similarity-regression.ts';
import { caselessSimulation } from './caseless-pairs.ts';

/** SemEval's binarisation: overall ≤ 2 (on 1 = very similar … 4 = very dissimilar) is the same story. */
export const SAME_STORY_MAX_OVERALL = 2;

export type PairsReport = {
  readonly pairs: number;
  /** Pearson r between our score and −overall (sign flipped so that higher is better). */
  readonly pearson_overall: number;
  readonly same_story: PrecisionRecall;
};

/**
 * Pearson r of the comparison's score on each dimension with the human score of that dimension, against −human
 * (humans score 1 = very similar … 4 = very dissimilar) so that higher is better; null when fewer than three pairs
 * carry that human score (or either side does not vary).
 */
export type DimensionCorrelations = Readonly<Record<SemevalDimension, number | null>>;

/** What `parallax eval <pairs>` reports; `dimensions` comes last so the older keys keep their place. */
/** `caseless_simulated`: see `caselessSimulation` (null when the file has no pairs in one cased language). */
export type PairsEvalReport = PairsReport & { readonly cross_lingual: PairsReport; readonly caseless_simulated: PairsReport | null; readonly dimensions: DimensionCorrelations };

export type ScoredPair = { readonly pair: PairRecord; readonly features: Features; readonly score: number };

type PairSide = { readonly id: string; readonly text: string; readonly language: string | null; readonly url: string | null };

function pairSides(pair: PairRecord): [PairSide, PairSide] {
  const url = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);
  return [
    { id: pair.id1, text: pair.text1, language: pair.lang1 ?? null, url: url(pair['url1']) },
    { id: pair.id2, text: pair.text2, language: pair.lang2 ?? null, url: url(pair['url2']) },
  ];
}

/**
 * Every distinct article of the pairs, cleaned as ingest would clean it (in file order, each outlet's template
 * learned from its pages so far), analysed once, by id. Texts the cleaner finds no article in are taken as given.
 */
export function analysePairArticles(pairs: readonly PairRecord[], analyzer: Analyzer = createAnalyzer()): Map<string, AnalysedArticle> {
  const templates = new LiveTemplates();
  const clean = createCleaner({ templates });
  const analyses = new Map<string, AnalysedArticle>();
  pairs.forEach((pair, line) => {
    for (const side of pairSides(pair)) {
      if (analyses.has(side.id)) continue;
      const record = { id: side.id, text: side.text, language: side.language, ...(side.url === null ? {} : { url: side.url }) };
      const item = recordToItem(record, { file: 'pairs', line: line + 1 });
      const cleaned = item.ok ? clean(item.raw) : null;
      const lines = item.ok && cleaned?.ok === true ? templateLinesOf(cleaned) : null;
      if (lines !== null) templates.record(lines.source, lines.lineHashes);
      const article: Article = cleaned?.ok === true ? { ...cleaned.article, id: side.id as ArticleId } : articleFromRecord(record);
      analyses.set(side.id, { article, analysis: analyzer(article) });
    }
  });
  return analyses;
}

/**
 * Features for every pair. Document frequencies come from all distinct articles of the file first (two
 * passes), as a running corpus would have them, so the first pairs are not weighed against an empty corpus.
 */
export function pairFeatures(
  pairs: readonly PairRecord[],
  config: ClusterConfig = DEFAULT_CLUSTER_CONFIG,
  analyzer: Analyzer = createAnalyzer(),
  analyses: ReadonlyMap<string, AnalysedArticle> = analysePairArticles(pairs, analyzer),
): Features[] {
  const stats = createCorpusStats();
  const options = { maxBodyTerms: config.maxBodyTerms, leadSentences: config.leadSentences, maxEntities: config.maxEntities, gramTerms: config.gramTerms, charGrams: config.charGrams };
  for (const { article, analysis } of analyses.values()) toSignal(article, analysis, stats, options);
  const signals = new Map<string, ArticleSignal>();
  for (const [id, { article, analysis }] of analyses) signals.set(id, toSignal(article, analysis, stats, { ...options, count: false }));
  return pairs.map((pair) => computeFeatures(articleAsComparable(signals.get(pair.id2)!), articleAsComparable(signals.get(pair.id1)!)));
}

export function scorePairs(pairs: readonly PairRecord[], config: ClusterConfig = DEFAULT_CLUSTER_CONFIG, analyses?: ReadonlyMap<string, AnalysedArticle>): ScoredPair[] {
  const features = pairFeatures(pairs, config, undefined, analyses);
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

/** A pair's human score on a dimension, when the file gives one (pairs files may carry `overall` alone). */
function humanScore(pair: PairRecord, dimension: SemevalDimension): number | null {
  const value: unknown = (pair as Record<string, unknown>)[dimension];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The comparison's similarity per dimension (as `parallax compare` scores it) against the pairs' human scores. */
export function dimensionCorrelations(pairs: readonly PairRecord[], analyses: ReadonlyMap<string, AnalysedArticle> = analysePairArticles(pairs)): DimensionCorrelations {
  const evidenceOf = comparisonEvidence(analyses.values());
  const scores = comparisonScores(pairs.map((pair) => modelFeatures(evidenceOf(analyses.get(pair.id1)!, analyses.get(pair.id2)!))));
  const correlations = {} as Record<SemevalDimension, number | null>;
  for (const dimension of Object.keys(SEMEVAL_DIMENSIONS) as SemevalDimension[]) {
    const human = pairs.map((pair) => humanScore(pair, dimension));
    const scored = human.flatMap((value, i) => (value === null ? [] : [i]));
    const r = pearsonOf(scores[dimension], human.map((value) => -(value ?? 0)), scored);
    correlations[dimension] = Number.isFinite(r) ? r : null;
  }
  return correlations;
}

/**
 * `parallax eval <pairs>`: pairs scored with the clusterer's article-to-story score and called the same story at
 * its join threshold (the settings that cluster), all and cross-lingual; then the comparison's dimensions.
 */
export function evaluatePairs(pairs: readonly PairRecord[], config: ClusterConfig = DEFAULT_CLUSTER_CONFIG): PairsEvalReport {
  const analyses = analysePairArticles(pairs);
  const scored = scorePairs(pairs, config, analyses);
  const cross = scored.filter(({ pair }) => pair.lang1 !== pair.lang2);
  return {
    ...pairsReport(scored, config.joinThreshold),
    cross_lingual: pairsReport(cross, config.joinThreshold),
    caseless_simulated: caselessSimulation(pairs, analyses, config),
    dimensions: dimensionCorrelations(pairs, analyses),
  };
}
