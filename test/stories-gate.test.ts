// CI gate: story clustering and pair scores must not fall below the pinned baseline (src/eval/stories-baseline.json).
// The shared data sets are used when present (PARALLAX_DATA or ../shared/data); the fixture and demo corpora always run.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR } from '../src/eval/story-sets.ts';
import { runClusteringEval, runPairsEval } from '../src/eval/stories.ts';

type Baseline = {
  /** `shuffled`: the mean BCubed F1 over the labeled articles replayed in `orders` shuffled orders (seeds 1…orders). */
  clustering: Record<string, { bcubed_f1: number; shuffled?: { orders: number; mean_bcubed_f1: number } }>;
  pairs: Record<string, {
    same_story_f1: number;
    pearson_overall: number;
    cross_lingual_same_story_f1: number;
    cross_lingual_pearson_overall: number;
    /** The simulated pairs of a report written without capitals against one written with them (eval/caseless-pairs.ts). */
    caseless_simulated_same_story_f1: number;
    caseless_simulated_pearson_overall: number;
  }>;
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const baseline = JSON.parse(readFileSync(join(ROOT, 'src/eval/stories-baseline.json'), 'utf8')) as Baseline;
// The project's own labeled sets (test fixtures, the demo corpus) are in the repo; the others in the shared data folder.
const locate = (file: string): string => (/^(test|demo)\//.test(file) ? join(ROOT, file) : join(DEFAULT_DATA_DIR, file));

describe('story quality gate', () => {
  for (const [file, pinned] of Object.entries(baseline.clustering)) {
    const path = locate(file);
    it(`BCubed F1 on ${file} stays at or above ${pinned.bcubed_f1}${pinned.shuffled ? ` (shuffled: ${pinned.shuffled.mean_bcubed_f1})` : ''}`, { skip: existsSync(path) ? false : `${path} not found` }, async () => {
      const report = await runClusteringEval(path, { shuffles: pinned.shuffled?.orders ?? 0 });
      assert.ok(report.bcubed.f1 >= pinned.bcubed_f1, `BCubed F1 ${report.bcubed.f1.toFixed(4)} < ${pinned.bcubed_f1}`);
      if (pinned.shuffled === undefined) return;
      const mean = report.shuffled!.mean_bcubed_f1;
      assert.ok(mean >= pinned.shuffled.mean_bcubed_f1, `BCubed F1 over ${pinned.shuffled.orders} shuffled orders ${mean.toFixed(4)} < ${pinned.shuffled.mean_bcubed_f1}`);
    });
  }
  for (const [file, pinned] of Object.entries(baseline.pairs)) {
    const path = locate(file);
    it(`pair scores on ${file} stay at or above the baseline`, { skip: existsSync(path) ? false : `${path} not found` }, async () => {
      const report = await runPairsEval(path);
      assert.ok(report.same_story.f1 >= pinned.same_story_f1, `same-story F1 ${report.same_story.f1.toFixed(4)} < ${pinned.same_story_f1}`);
      assert.ok(report.pearson_overall >= pinned.pearson_overall, `Pearson ${report.pearson_overall.toFixed(4)} < ${pinned.pearson_overall}`);
      assert.ok(
        report.cross_lingual.same_story.f1 >= pinned.cross_lingual_same_story_f1,
        `cross-lingual F1 ${report.cross_lingual.same_story.f1.toFixed(4)} < ${pinned.cross_lingual_same_story_f1}`,
      );
      assert.ok(
        report.cross_lingual.pearson_overall >= pinned.cross_lingual_pearson_overall,
        `cross-lingual Pearson ${report.cross_lingual.pearson_overall.toFixed(4)} < ${pinned.cross_lingual_pearson_overall}`,
      );
      const caseless = report.caseless_simulated!;
      assert.ok(caseless.same_story.f1 >= pinned.caseless_simulated_same_story_f1, `simulated caseless F1 ${caseless.same_story.f1.toFixed(4)} < ${pinned.caseless_simulated_same_story_f1}`);
      assert.ok(caseless.pearson_overall >= pinned.caseless_simulated_pearson_overall, `simulated caseless Pearson ${caseless.pearson_overall.toFixed(4)} < ${pinned.caseless_simulated_pearson_overall}`);
    });
  }
});
