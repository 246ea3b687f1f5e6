// Quality gate for the raw page-text cleaner: labelled real pages rendered as visible text must not score
// below the pinned baseline (src/eval/page-text-baseline.json; raise it when the cleaner improves).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractionDataPresent } from '../src/eval/extraction-data.ts';
import { evaluateReadabilityAsText, evaluateTrafilaturaAsText, type PageTextScores } from '../src/eval/page-text.ts';

const TOLERANCE = 0.005;
const baseline = JSON.parse(readFileSync(new URL('../src/eval/page-text-baseline.json', import.meta.url), 'utf8')) as Record<string, Omit<PageTextScores, 'pages'>>;
const skip = extractionDataPresent() ? false : 'labelled extraction data (../shared/data or PARALLAX_DATA) not present: page-text gate skipped';

const sets: Record<string, () => PageTextScores> = {
  'trafilatura-dev': evaluateTrafilaturaAsText,
  'readability-test-pages': evaluateReadabilityAsText,
};

for (const [name, evaluate] of Object.entries(sets)) {
  test(`page-text cleaning on ${name} stays at or above its baseline`, { skip }, () => {
    const scores = evaluate();
    for (const [key, pinned] of Object.entries(baseline[name]!)) {
      const got = scores[key as keyof PageTextScores];
      assert.ok(got >= pinned - TOLERANCE, `${name} ${key}: ${got.toFixed(3)} < baseline ${pinned}`);
    }
  });
}
