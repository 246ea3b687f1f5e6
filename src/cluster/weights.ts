// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-12-05: ecbplus 0.908, pac 0.930, semeval 0.760.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -1.977,
  body: 0.582,
  body_best: 0.877,
  title: 0.951,
  entities: 0.854,
  entities_best: 0.486,
  numbers: 0.793,
  time_gap: -2.231,
  cross_lingual: 0.543,
  cross_entities: 0.306,
  cross_numbers: 0.108,
  body_x_entities: -0.193,
  entity_miss: -0.398,
  year_conflict: -0.681,
  grams: 0.604,
  cross_grams: 0.22,
  lead_miss: -1.085,
  char_text: 0.002,
  cross_char_text: 0.166,
  char_text_best: 0.727,
  char_lead: 1.074,
  char_names: 1.25,
  cross_char_names: 0.305,
  char_text_mean: 1.429,
};

export const LEARNED_JOIN_THRESHOLD = 0.25;
