// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-12-05: ecbplus 0.905, pac 0.931, semeval 0.758.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -1.964,
  body: 0.514,
  body_best: 0.812,
  title: 0.991,
  entities: 0.85,
  entities_best: 0.487,
  numbers: 0.802,
  time_gap: -2.244,
  cross_lingual: 0.541,
  cross_entities: 0.307,
  cross_numbers: 0.106,
  body_x_entities: -0.231,
  entity_miss: -0.413,
  year_conflict: -0.627,
  grams: 0.566,
  cross_grams: 0.221,
  lead_miss: -1.099,
  char_text: 0.028,
  cross_char_text: 0.167,
  char_text_best: 0.757,
  char_lead: 1.105,
  char_names: 1.269,
  cross_char_names: 0.303,
  char_text_mean: 1.46,
};

export const LEARNED_JOIN_THRESHOLD = 0.25;
