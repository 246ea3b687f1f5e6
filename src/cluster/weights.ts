// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-12-04: ecbplus 0.897, pac 0.928, semeval 0.756.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -2.041,
  body: 0.515,
  body_best: 0.807,
  title: 0.888,
  entities: 0.743,
  entities_best: 0.486,
  numbers: 0.801,
  time_gap: -2.222,
  cross_lingual: 0.649,
  cross_entities: 0.158,
  cross_numbers: 0.14,
  body_x_entities: -0.194,
  entity_miss: -0.467,
  year_conflict: -0.685,
  grams: 0.705,
  cross_grams: 0.246,
  lead_miss: -0.958,
  char_text: 0.021,
  cross_char_text: 0.185,
  char_text_best: 0.76,
  char_lead: 1.18,
  char_names: 1.292,
  cross_char_names: 0.353,
  char_text_mean: 1.457,
};

export const LEARNED_JOIN_THRESHOLD = 0.25;
