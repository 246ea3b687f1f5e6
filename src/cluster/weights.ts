// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-11-25: ecbplus 0.842, pac 0.950, semeval 0.738.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -0.343,
  body: 0.512,
  body_best: 2.839,
  title: 1.653,
  entities: 2.341,
  entities_best: 0.347,
  numbers: 1.09,
  time_gap: -4.554,
  time_unknown: -2.01,
  cross_lingual: 0.889,
  cross_entities: 0.44,
  cross_numbers: 0.311,
  body_x_entities: -3.236,
  entity_miss: -0.217,
  year_conflict: -0.799,
  grams: 2.939,
  cross_grams: 3.112,
  lead_miss: -0.949,
};

export const LEARNED_JOIN_THRESHOLD = 0.3;
