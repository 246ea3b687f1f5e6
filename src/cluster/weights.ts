// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-12-07: ecbplus 0.911, pac 0.933, semeval 0.762.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -1.878,
  body: 0.476,
  body_best: 0.778,
  title: 0.95,
  entities: 0.884,
  entities_best: 0.497,
  numbers: 0.855,
  time_gap: -2.247,
  cross_lingual: 0.529,
  cross_entities: 0.298,
  cross_numbers: 0.143,
  body_x_entities: -0.236,
  entity_miss: -0.501,
  year_conflict: -0.631,
  grams: 0.547,
  cross_grams: 0.21,
  lead_miss: -1.123,
  char_text: 0.033,
  cross_char_text: 0.157,
  char_text_best: 0.755,
  char_lead: 1.083,
  char_names: 1.299,
  cross_char_names: 0.289,
  char_text_mean: 1.449,
};

export const LEARNED_JOIN_THRESHOLD = 0.25;
