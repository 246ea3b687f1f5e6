// Learned weights of the match score (logistic regression over the features in features.ts).
// Regenerate with `node --import tsx src/eval/train-cli.ts` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: -4,
  body: 6,
  body_best: 2,
  title: 1,
  entities: 3,
  entities_best: 1,
  numbers: 1,
  time_gap: -2,
  time_unknown: 0,
  cross_lingual: 0,
  cross_entities: 0,
  cross_numbers: 0,
  body_x_entities: 0,
  entity_miss: 0,
  year_conflict: 0,
};
