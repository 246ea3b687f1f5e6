// CI gate: the dedup stage's scores on derived copies of the labeled story sets must not fall below the pinned
// baseline (src/eval/dedup-baseline.json). Runs when the shared data is present (PARALLAX_DATA or ../shared/data).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEDUP_SETS, dedupRegressions, dedupSetPath, dedupSetPresent, loadSourceArticles, readDedupBaseline } from '../src/eval/dedup-baseline.ts';
import { evaluateDedup } from '../src/eval/dedup.ts';

const baseline = readDedupBaseline();

describe('dedup quality gate', () => {
  for (const set of DEDUP_SETS) {
    const pinned = baseline.sets[set.file];
    const path = dedupSetPath(set.file);
    const skip = !dedupSetPresent(set.file) ? `${path} not found` : pinned === undefined ? `no pinned scores for ${set.file}` : false;
    it(`copies in ${set.file} are found, and independent reports left apart, at or above the baseline`, { skip }, async () => {
      const report = await evaluateDedup(set.name, loadSourceArticles(path), { seed: baseline.seed, perKind: baseline.per_kind });
      assert.deepEqual(dedupRegressions(report, pinned!), []);
    });
  }
});
