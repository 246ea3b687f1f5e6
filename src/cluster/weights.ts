// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of 2026-11-25: ecbplus 0.895, pac 0.942, semeval 0.746.
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -2.279,
  body: -0.508,
  body_best: 1.24,
  title: 0.999,
  entities: 1.134,
  entities_best: -0.135,
  numbers: 1.113,
  time_gap: -2.915,
  cross_lingual: 0.4,
  cross_entities: -1.021,
  cross_numbers: 0.073,
  body_x_entities: -2.531,
  entity_miss: -0.606,
  year_conflict: -0.688,
  grams: 0.913,
  cross_grams: 1.339,
  lead_miss: -1.187,
  char_text: -3.588,
  cross_char_text: 0.341,
  char_text_best: 0.462,
  char_lead: 2.725,
  char_names: 2.589,
  cross_char_names: 1.547,
  char_text_mean: 5.704,
};

export const LEARNED_JOIN_THRESHOLD = 0.2;
