// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-11-25: ecbplus 0.844, pac 0.916, semeval 0.759.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -2.068,
  body: -0.492,
  body_best: 2.01,
  title: 0.766,
  entities: 1.234,
  entities_best: -0.292,
  numbers: 1.142,
  time_gap: -2.912,
  cross_lingual: 0.405,
  cross_entities: -0.776,
  cross_numbers: 0.058,
  body_x_entities: -3.077,
  entity_miss: -0.546,
  year_conflict: -0.732,
  grams: 1.149,
  cross_grams: 1.527,
  lead_miss: -1.38,
  char_text: -2.261,
  cross_char_text: 0.66,
  char_text_best: 3.081,
  char_lead: 2.845,
  char_names: 2.992,
  cross_char_names: 1.722,
};

export const LEARNED_JOIN_THRESHOLD = 0.3;
