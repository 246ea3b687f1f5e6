// CI gate: HTML extraction must not score below the pinned baseline on the shared labelled pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataDirectory, extractionDataPresent } from '../src/eval/extraction-data.ts';
import { findRegressions, runEvaluation, type Baseline } from '../src/eval/extraction.ts';

const dataDir = dataDirectory();
const present = extractionDataPresent(dataDir);
const BASELINE = fileURLToPath(new URL('../src/eval/extraction-baseline.json', import.meta.url));

test('extraction scores stay at or above the pinned baseline', { skip: present ? false : `extraction data not found in ${dataDir}; gate skipped` }, () => {
  const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
  const report = runEvaluation(dataDir);
  const regressions = findRegressions(report, baseline);
  assert.deepEqual(regressions.map((r) => `${r.scope} ${r.key}: ${r.actual.toFixed(4)} < ${r.baseline.toFixed(4)}`), []);
});
