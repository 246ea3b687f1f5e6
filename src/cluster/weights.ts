// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-11-25: ecbplus 0.833, pac 0.919, semeval 0.741.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -1.894,
  body: 0.011,
  body_best: 3.693,
  title: 1.769,
  entities: 2.799,
  entities_best: 0.015,
  numbers: 1.203,
  time_gap: -2.913,
  cross_lingual: 0.748,
  cross_entities: 0.148,
  cross_numbers: 0.214,
  body_x_entities: -3.682,
  entity_miss: -0.292,
  year_conflict: -0.784,
  grams: 2.637,
  cross_grams: 3.004,
  lead_miss: -1.238,
};

export const LEARNED_JOIN_THRESHOLD = 0.3;
