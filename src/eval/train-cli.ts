// Learns the story scorer's weights and join threshold from the labeled sets and writes src/cluster/weights.ts.
// Usage: node --import tsx src/eval/train-cli.ts [--dry-run]   (PARALLAX_DATA overrides the data folder)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CLUSTER_CONFIG } from '../cluster/config.ts';
import { FEATURE_NAMES, type FeatureName } from '../cluster/features.ts';
import { clusterInMemory } from './in-memory.ts';
import { bcubed } from './metrics.ts';
import { pairsReport, scorePairs } from './pairs.ts';
import { CLUSTERING_SETS, DEFAULT_DATA_DIR, loadClusteringSet, loadPairsSet, PAIRS_SET } from './story-sets.ts';
import { balance, clusteringSamples, learnWeights, pairSamples } from './train.ts';

/** Join thresholds tried; the one with the best mean F1 over all sets wins. */
const THRESHOLD_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

const sets = Object.entries(CLUSTERING_SETS).map(([name, path]) => ({ name, items: loadClusteringSet(join(DEFAULT_DATA_DIR, path)) }));
const pairs = loadPairsSet(join(DEFAULT_DATA_DIR, PAIRS_SET));
const samples = [...sets.map((set) => clusteringSamples(set.items)), pairSamples(pairs)];
const weights = learnWeights(balance(samples));

let best = { threshold: DEFAULT_CLUSTER_CONFIG.joinThreshold, mean: -1, scores: {} as Record<string, number> };
const scored = scorePairs(pairs, { ...DEFAULT_CLUSTER_CONFIG, weights });
for (const threshold of THRESHOLD_GRID) {
  const scores: Record<string, number> = {};
  for (const set of sets) {
    const run = clusterInMemory(set.items.map((item) => item.article), { weights, joinThreshold: threshold });
    scores[set.name] = bcubed(run.labels, new Map(set.items.map((item) => [item.article.id, item.story]))).f1;
  }
  scores['semeval'] = pairsReport(scored, threshold).same_story.f1;
  const mean = Object.values(scores).reduce((a, b) => a + b, 0) / Object.values(scores).length;
  console.log(`threshold ${threshold}: ${Object.entries(scores).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}; mean ${mean.toFixed(3)}`);
  if (mean > best.mean) best = { threshold, mean, scores };
}
console.log('weights', weights, 'threshold', best.threshold);

const lines = FEATURE_NAMES.map((name: FeatureName) => `  ${name}: ${weights[name]},`).join('\n');
const file = `// Learned weights of the match score (logistic regression over the features in features.ts) and the join
// threshold with the best mean F1 over ECB+, PAC (BCubed) and SemEval-2022 pairs (same-story), from the
// training run of ${new Date().toISOString().slice(0, 10)}: ${Object.entries(best.scores).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ')}.
// Regenerate with \`node --import tsx src/eval/train-cli.ts\` after changing features or analysis; review the diff.
import type { FeatureName } from './features.ts';

export const LEARNED_WEIGHTS: Readonly<Record<FeatureName, number>> = {
${lines}
};

export const LEARNED_JOIN_THRESHOLD = ${best.threshold};
`;
if (!process.argv.includes('--dry-run')) writeFileSync(join(import.meta.dirname, '../cluster/weights.ts'), file);
