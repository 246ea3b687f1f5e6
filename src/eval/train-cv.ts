// Honest numbers for the story scorer: same-story F1 and Pearson of SemEval pairs scored by weights fitted without
// them (k-fold over the pairs; ECB+ and PAC samples always in training), with the threshold chosen on the training
// folds; and each clustering set clustered by weights fitted without its own samples (leave one set out). Pairs are
// split by position, not by article: an article in pairs of two folds is seen in training (optimistic, slightly).
// Usage: node --import tsx src/eval/train-cv.ts [--folds 5] [--threshold 0.3]
import { join } from 'node:path';
import { DEFAULT_CLUSTER_CONFIG } from '../cluster/config.ts';
import { scoreFeatures } from '../cluster/clusterer.ts';
import { clusterInMemory } from './in-memory.ts';
import { bcubed } from './metrics.ts';
import { pairsReport, scorePairs, type ScoredPair } from './pairs.ts';
import { CLUSTERING_SETS, DEFAULT_DATA_DIR, loadClusteringSet, loadPairsSet, PAIRS_SET } from './story-sets.ts';
import { balance, clusteringSamples, learnWeights, pairSamples } from './train.ts';

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const FOLDS = Number(argument('--folds') ?? 5);
const fixedThreshold = argument('--threshold') === undefined ? DEFAULT_CLUSTER_CONFIG.joinThreshold : Number(argument('--threshold'));
/** Thresholds the training folds choose from (as train-cli's grid). */
const THRESHOLD_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

const sets = Object.entries(CLUSTERING_SETS).map(([name, path]) => ({ name, items: loadClusteringSet(join(DEFAULT_DATA_DIR, path)) }));
const pairs = loadPairsSet(join(DEFAULT_DATA_DIR, PAIRS_SET));
const clusterSamples = sets.map((set) => clusteringSamples(set.items));
const pairAll = pairSamples(pairs);
const base = scorePairs(pairs);

const f1At = (scored: readonly ScoredPair[], threshold: number) => pairsReport(scored, threshold).same_story.f1;
const outOfFold: ScoredPair[] = new Array(pairs.length);
const chosen: number[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (i: number) => i % FOLDS === fold;
  const training = pairAll.filter((_, i) => !inFold(i));
  const weights = learnWeights(balance([...clusterSamples, training]));
  const rescored = base.map((row) => ({ ...row, score: scoreFeatures(weights, row.features) }));
  const trainRows = rescored.filter((_, i) => !inFold(i));
  const threshold = THRESHOLD_GRID.reduce((best, t) => (f1At(trainRows, t) > f1At(trainRows, best) ? t : best), THRESHOLD_GRID[0]!);
  chosen.push(threshold);
  // Held-out decisions at this fold's own threshold: shift scores so one report threshold (0.5) applies to all folds.
  rescored.forEach((row, i) => {
    if (inFold(i)) outOfFold[i] = { ...row, score: row.score - threshold + 0.5 };
  });
}
const cv = pairsReport(outOfFold, 0.5);
const cross = outOfFold.filter(({ pair }) => pair.lang1 !== pair.lang2);
console.log(`semeval ${FOLDS}-fold CV: same-story F1 ${cv.same_story.f1.toFixed(3)} (P ${cv.same_story.precision.toFixed(3)}, R ${cv.same_story.recall.toFixed(3)}), Pearson ${cv.pearson_overall.toFixed(3)}, cross-lingual F1 ${pairsReport(cross, 0.5).same_story.f1.toFixed(3)}; thresholds ${chosen.join(' ')}`);

if (!process.argv.includes('--pairs-only')) {
  for (let s = 0; s < sets.length; s++) {
    const set = sets[s]!;
    const weights = learnWeights(balance([...clusterSamples.filter((_, k) => k !== s), pairAll]));
    const run = clusterInMemory(set.items.map((item) => item.article), { weights, joinThreshold: fixedThreshold });
    const score = bcubed(run.labels, new Map(set.items.map((item) => [item.article.id, item.story])));
    console.log(`${set.name} leave-set-out (threshold ${fixedThreshold}): BCubed F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`);
  }
}
