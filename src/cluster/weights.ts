// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-12-05: ecbplus 0.903, pac 0.931, semeval 0.761.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -1.969,
  body: 0.51,
  body_best: 0.803,
  title: 1.003,
  entities: 0.848,
  entities_best: 0.481,
  numbers: 0.818,
  time_gap: -2.242,
  cross_lingual: 0.543,
  cross_entities: 0.312,
  cross_numbers: 0.104,
  body_x_entities: -0.239,
  entity_miss: -0.378,
  year_conflict: -0.624,
  grams: 0.557,
  cross_grams: 0.223,
  lead_miss: -1.135,
  char_text: 0.034,
  cross_char_text: 0.167,
  char_text_best: 0.76,
  char_lead: 1.115,
  char_names: 1.277,
  cross_char_names: 0.304,
  char_text_mean: 1.458,
};

export const LEARNED_JOIN_THRESHOLD = 0.25;
