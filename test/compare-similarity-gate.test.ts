// Quality gate for pairwise similarity: Pearson r with the human scores of the SemEval-2022 Task 8 dev pairs
// (../shared/data/semeval2022-dev) must not fall below the pinned baseline. The gate reads the 5-fold
// cross-validated r (each pair scored by weights fitted without it), the number that does not flatter a model
// fitted on the same pairs. Skipped when the shared data is not checked out.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { dataDirectory } from '../src/eval/extraction-data.ts';
import { evaluateSimilarity, type SemevalDimension } from '../src/eval/similarity.ts';

const DATA = join(dataDirectory(), 'semeval2022-dev');
/** Measured when pinned (cross-validated): overall 0.712, entities 0.710, narrative 0.670, geography 0.578, tone 0.437, style 0.389, time 0.313; a little slack. */
const BASELINE: Readonly<Partial<Record<SemevalDimension, number>>> = { overall: 0.7, entities: 0.7, narrative: 0.65, geography: 0.56, tone: 0.42, style: 0.37, time: 0.28 };
/** German–English pairs, where stems compare nothing: 0.594 when pinned. */
const CROSS_LINGUAL_OVERALL = 0.55;

const skip = existsSync(`${DATA}/pairs.jsonl`) ? false : `SemEval-2022 dev pairs not found at ${DATA}`;

describe('similarity gate on the SemEval-2022 dev pairs', { skip }, () => {
  it('keeps the cross-validated Pearson r of every dimension at or above its baseline', () => {
    const report = evaluateSimilarity(DATA);
    for (const [dimension, floor] of Object.entries(BASELINE) as Array<[SemevalDimension, number]>) {
      assert.ok(report.crossValidated[dimension] >= floor, `${dimension}: r ${report.crossValidated[dimension]} < baseline ${floor}`);
    }
    assert.ok(report.crossLingual.crossValidated.overall >= CROSS_LINGUAL_OVERALL, `cross-lingual overall: r ${report.crossLingual.crossValidated.overall}`);
    // The shipped weights are fitted on these pairs: they must do at least as well as held-out weights.
    assert.ok(report.pearson.overall >= report.crossValidated.overall);
  });
});
