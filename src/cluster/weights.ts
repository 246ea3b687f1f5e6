// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-11-25: ecbplus 0.857, pac 0.951, semeval 0.739.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -0.813,
  body: 0.863,
  body_best: 2.727,
  title: 2.336,
  entities: 2.979,
  entities_best: -0.545,
  numbers: 0.991,
  time_gap: -4.841,
  time_unknown: -1.933,
  cross_lingual: 0.773,
  cross_entities: 0.297,
  cross_numbers: 0.367,
  body_x_entities: -2.852,
  entity_miss: -0.679,
  year_conflict: -1.187,
  grams: 2.209,
  cross_grams: 3.266,
};

export const LEARNED_JOIN_THRESHOLD = 0.3;
