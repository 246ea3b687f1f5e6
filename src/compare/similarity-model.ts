// The learned part of pairwise similarity: raw evidence of a pair (cosines, alignment shares) → the features a
// linear model reads, and the model itself (one weight vector per dimension, fitted by `src/eval/similarity-fit.ts`).
import type { SimilarityDimension } from '../model/comparison.ts';

/** What two articles have in common, measured before any weighting; every value in [0, 1]. */
export type PairEvidence = {
  /** Cosine of character 4-gram TF-IDF vectors over the whole text. */
  readonly body: number;
  /** …over the title and the first words (the lead). */
  readonly lead: number;
  /** …over the title and the very first words (the headline, when a source glues it to the text). */
  readonly title: number;
  /** Cosine of character 3-grams of capitalised words: names, transliteration-tolerant. */
  readonly names: number;
  /** TF-IDF cosine of stems; 0 across languages (stems do not compare). */
  readonly terms: number;
  /** Cosine of entity keys (exact, story-unified), of places, of numbers. */
  readonly entities: number;
  readonly places: number;
  readonly numbers: number;
  readonly sameLanguage: number;
  /** Share of both articles' sentences aligned with a sentence of the other, and their mean alignment score. */
  readonly alignedShare: number;
  readonly alignedScore: number;
  /** Closeness of publication times and shared dates (0.5 when nothing tells). */
  readonly time: number;
  /** Closeness of length, sentence length and quoting. */
  readonly style: number;
};

/**
 * The model's inputs. Cosines enter on a log scale (people call a pair "somewhat similar" at a modest overlap and
 * a log spreads the low end where most pairs sit), plus the body cosine's square and its product with the names
 * cosine (a pair sharing both words and names is one story more surely than either says).
 */
export const MODEL_FEATURES = [
  'log_body', 'log_lead', 'log_title', 'log_names', 'sqrt_terms', 'sqrt_entities', 'same_language', 'sqrt_numbers',
  'body_squared', 'body_times_names', 'body', 'aligned_share', 'aligned_score', 'sqrt_aligned_share', 'sqrt_places', 'time', 'style',
] as const;

/** Keeps log(0) finite; below this a cosine is noise. */
const LOG_FLOOR = 0.01;
const log = (value: number) => Math.log(value + LOG_FLOOR);

export function modelFeatures(evidence: PairEvidence): number[] {
  const e = evidence;
  return [
    log(e.body), log(e.lead), log(e.title), log(e.names), Math.sqrt(e.terms), Math.sqrt(e.entities), e.sameLanguage, Math.sqrt(e.numbers),
    e.body * e.body, e.body * e.names, e.body, e.alignedShare, e.alignedScore, Math.sqrt(e.alignedShare), Math.sqrt(e.places), e.time, e.style,
  ];
}

/** Dimensions people scored, in the model's order: ours plus `overall`. */
export const MODEL_DIMENSIONS = ['overall', 'places', 'entities', 'time', 'narrative', 'style', 'tone'] as const satisfies ReadonlyArray<SimilarityDimension | 'overall'>;
export type ModelDimension = (typeof MODEL_DIMENSIONS)[number];

/** Per dimension: intercept, then one weight per feature (in `MODEL_FEATURES` order). */
export type SimilarityModel = Readonly<Record<ModelDimension, readonly number[]>>;

/**
 * The model predicts the human score negated (SemEval: 1 = very similar … 4 = very dissimilar, so −4 … −1); this
 * maps it onto [0, 1], 1 = the same.
 */
export function predict(weights: readonly number[], features: readonly number[]): number {
  let value = weights[0] ?? 0;
  for (let k = 0; k < features.length; k++) value += (weights[k + 1] ?? 0) * features[k]!;
  return Math.min(1, Math.max(0, (value + 4) / 3));
}
