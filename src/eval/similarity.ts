// Similarity, measured: Pearson r of each similarity dimension with the human scores of SemEval-2022 Task 8
// (../shared/data/semeval2022-dev/pairs.jsonl). Humans score 1 (very similar) to 4 (very dissimilar), so r is
// reported against (−human): positive r means the dimension agrees with people. The model's weights were fitted on
// these same pairs, so besides the shipped weights' (optimistic) r, the report gives the 5-fold cross-validated r:
// every pair scored by weights fitted without it.
import { readFileSync } from 'node:fs';
import { addDocument, createAnalyzer, createDocumentFrequencies, type DocumentFrequencies } from '../analyze/index.ts';
import { SIMILARITY_CONFIG } from '../compare/similarity-config.ts';
import { addGramDocument, countWords, createGramFrequencies, gramBag, gramWords, type GramFrequencies } from '../compare/similarity-grams.ts';
import { modelFeatures, predict, MODEL_DIMENSIONS, type ModelDimension, type PairEvidence } from '../compare/similarity-model.ts';
import { alignPair, pairEvidence, similarityFeatures } from '../compare/similarity.ts';
import { storyEntityKeys } from '../compare/story-view.ts';
import type { Analysis, Article, ArticleId, RawId } from '../model/index.ts';
import { crossValidatedPredictions, pearsonOf } from './similarity-regression.ts';

/** The human-scored dimensions, named as in pairs.jsonl; `geography` is our `places`. */
export const SEMEVAL_DIMENSIONS = { overall: 'overall', geography: 'places', entities: 'entities', time: 'time', narrative: 'narrative', style: 'style', tone: 'tone' } as const satisfies Record<string, ModelDimension>;
export type SemevalDimension = keyof typeof SEMEVAL_DIMENSIONS;

export type SemevalPair = { readonly id1: string; readonly id2: string; readonly lang1: string; readonly lang2: string } & { readonly [D in SemevalDimension]: number };
type Record_ = { id: string; text: string; title: string | null; language: string | null; published_at: string | null; source: string | null; url: string | null };

type Correlations = Readonly<Record<SemevalDimension, number>>;

export type SimilarityReport = {
  readonly dataset: string;
  readonly pairs: number;
  readonly crossLingualPairs: number;
  /** Pearson r of the shipped weights per human dimension (fitted on these pairs: optimistic). */
  readonly pearson: Correlations;
  /** 5-fold cross-validated Pearson r per dimension: the honest estimate. */
  readonly crossValidated: Correlations;
  /** The same two on the pairs of two different languages. */
  readonly crossLingual: { readonly pearson: Correlations; readonly crossValidated: Correlations };
};

/** Every scored pair's model features and human scores (negated: higher = more similar). */
export type SemevalRows = {
  readonly pairs: readonly SemevalPair[];
  readonly features: readonly (readonly number[])[];
  readonly evidence: readonly PairEvidence[];
  readonly human: Readonly<Record<SemevalDimension, readonly number[]>>;
  readonly crossLingual: readonly number[];
};

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

/** SemEval texts are title + body on one line: one paragraph per sentence-ish chunk is enough for analysis. */
function toArticle(record: Record_): Article {
  const paragraphs = record.text.split(/\n+/u).map((paragraph) => paragraph.trim()).filter(Boolean);
  const text = paragraphs.join('\n\n');
  return {
    id: record.id as ArticleId, raw_id: record.id as RawId, origin: { file: 'semeval' }, title: record.title, source: record.source, url: record.url,
    published_at: record.published_at, partial_date: null, dateline: null, agencies: [], byline: null, language: record.language,
    word_count: text.split(/\s+/u).length, paragraphs, text, extra: {},
  };
}

/** Corpus frequencies per language (terms, body grams, name grams), as a running corpus would have them. */
function corpusFrequencies(items: Iterable<{ article: Article; analysis: Analysis }>) {
  const { grams } = SIMILARITY_CONFIG;
  const byLanguage = new Map<string, { terms: DocumentFrequencies; grams: GramFrequencies; names: GramFrequencies }>();
  for (const { article, analysis } of items) {
    const key = analysis.language ?? '';
    let corpus = byLanguage.get(key);
    if (corpus === undefined) {
      corpus = { terms: createDocumentFrequencies(), grams: createGramFrequencies(), names: createGramFrequencies() };
      byLanguage.set(key, corpus);
    }
    const words = countWords(gramWords(`${article.title ?? ''}\n${article.text}`));
    addDocument(corpus.terms, Object.keys(analysis.terms));
    // Every gram, not the body's sample: the lead and headline vectors keep all theirs.
    addGramDocument(corpus.grams, gramBag(words, { size: grams.size, minWordLength: grams.minWordLength }));
    addGramDocument(corpus.names, gramBag(words, { size: grams.nameSize, minWordLength: grams.minWordLength, capitalisedOnly: true }));
  }
  return byLanguage;
}

/** An article with its analysis: what the comparison's similarity reads. */
export type AnalysedArticle = { readonly article: Article; readonly analysis: Analysis };

/**
 * The comparison's evidence for a pair, exactly as `parallax compare` gathers it, with corpus frequencies taken from
 * every article given (as a running corpus would have them).
 */
export function comparisonEvidence(articles: Iterable<AnalysedArticle>): (a: AnalysedArticle, b: AnalysedArticle) => PairEvidence {
  const corpora = corpusFrequencies(articles);
  return (a, b) => {
    const keyOf = storyEntityKeys([a.analysis, b.analysis]);
    const fa = similarityFeatures(a, keyOf, corpora.get(a.analysis.language ?? ''));
    const fb = similarityFeatures(b, keyOf, corpora.get(b.analysis.language ?? ''));
    return pairEvidence(fa, fb, alignPair(a, b));
  };
}

/** The comparison's score on every human dimension for each pair's model features, with the shipped weights. */
export function comparisonScores(features: readonly (readonly number[])[]): Record<SemevalDimension, number[]> {
  const scores = {} as Record<SemevalDimension, number[]>;
  for (const dimension of Object.keys(SEMEVAL_DIMENSIONS) as SemevalDimension[]) {
    const weights = SIMILARITY_CONFIG.model[SEMEVAL_DIMENSIONS[dimension]];
    scores[dimension] = features.map((row) => predict(weights, row));
  }
  return scores;
}

export function semevalRows(directory: string): SemevalRows {
  const records = readJsonl<Record_>(`${directory}/articles.jsonl`);
  const allPairs = readJsonl<SemevalPair>(`${directory}/pairs.jsonl`);
  const analyze = createAnalyzer();
  const byId = new Map(records.map((record) => {
    const article = toArticle(record);
    return [record.id, { article, analysis: analyze(article) }] as const;
  }));
  const evidenceOf = comparisonEvidence(byId.values());
  const pairs: SemevalPair[] = [];
  const features: number[][] = [];
  const evidence: PairEvidence[] = [];
  const human = Object.fromEntries(Object.keys(SEMEVAL_DIMENSIONS).map((dimension) => [dimension, [] as number[]])) as Record<SemevalDimension, number[]>;
  const crossLingual: number[] = [];
  for (const pair of allPairs) {
    const a = byId.get(pair.id1);
    const b = byId.get(pair.id2);
    if (a === undefined || b === undefined) continue;
    const found = evidenceOf(a, b);
    if (pair.lang1 !== pair.lang2) crossLingual.push(pairs.length);
    pairs.push(pair);
    evidence.push(found);
    features.push(modelFeatures(found));
    for (const dimension of Object.keys(SEMEVAL_DIMENSIONS) as SemevalDimension[]) human[dimension].push(-pair[dimension]);
  }
  return { pairs, features, evidence, human, crossLingual };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function evaluateSimilarity(directory: string): SimilarityReport {
  const rows = semevalRows(directory);
  const dimensions = Object.keys(SEMEVAL_DIMENSIONS) as SemevalDimension[];
  const shipped = comparisonScores(rows.features);
  const outOfFold = {} as Record<SemevalDimension, number[]>;
  for (const dimension of dimensions) outOfFold[dimension] = crossValidatedPredictions(rows.features, rows.human[dimension]);
  const correlations = (predictions: Record<SemevalDimension, number[]>, subset?: readonly number[]) =>
    Object.fromEntries(dimensions.map((dimension) => [dimension, round(pearsonOf(predictions[dimension], rows.human[dimension], subset))])) as Record<SemevalDimension, number>;
  return {
    dataset: directory,
    pairs: rows.pairs.length,
    crossLingualPairs: rows.crossLingual.length,
    pearson: correlations(shipped),
    crossValidated: correlations(outOfFold),
    crossLingual: { pearson: correlations(shipped, rows.crossLingual), crossValidated: correlations(outOfFold, rows.crossLingual) },
  };
}

export { MODEL_DIMENSIONS };
