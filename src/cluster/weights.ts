// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-12-05: ecbplus 0.902, pac 0.931, semeval 0.761.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -1.967,
  body: 0.502,
  body_best: 0.797,
  title: 1.006,
  entities: 0.845,
  entities_best: 0.48,
  numbers: 0.823,
  time_gap: -2.244,
  cross_lingual: 0.54,
  cross_entities: 0.31,
  cross_numbers: 0.103,
  body_x_entities: -0.242,
  entity_miss: -0.391,
  year_conflict: -0.626,
  grams: 0.553,
  cross_grams: 0.222,
  lead_miss: -1.119,
  char_text: 0.033,
  cross_char_text: 0.167,
  char_text_best: 0.761,
  char_lead: 1.112,
  char_names: 1.281,
  cross_char_names: 0.304,
  char_text_mean: 1.461,
};

export const LEARNED_JOIN_THRESHOLD = 0.25;
