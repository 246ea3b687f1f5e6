// Quality gate for the raw page-text cleaner: labelled real pages rendered as visible text, by html-to-text and by
// Chromium's innerText, must not score below the pinned baseline (src/eval/page-text-baseline.json; raise it when the
// cleaner improves). The browser rows run where Debian's chromium is installed (CI installs it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { chromiumAvailable } from '../src/eval/browser-text.ts';
import { extractionDataPresent } from '../src/eval/extraction-data.ts';
import { BROWSER_ROWS, evaluatePageTextRows, type PageTextRows, type PageTextScores } from '../src/eval/page-text.ts';

const TOLERANCE = 0.005;
const baseline = JSON.parse(readFileSync(new URL('../src/eval/page-text-baseline.json', import.meta.url), 'utf8')) as Record<string, Omit<PageTextScores, 'pages'>>;
const skip = extractionDataPresent() ? false : 'labelled extraction data (../shared/data or PARALLAX_DATA) not present: page-text gate skipped';
const withBrowser = chromiumAvailable();
const browserRows: ReadonlySet<string> = new Set(Object.values(BROWSER_ROWS));

describe('page-text cleaning on real pages', { skip }, () => {
  let rows: PageTextRows;
  before(async () => {
    rows = await evaluatePageTextRows(withBrowser);
  });

  for (const name of Object.keys(baseline)) {
    const rowSkip = browserRows.has(name) && !withBrowser ? 'Chromium not installed (apt-get install chromium)' : false;
    test(`${name} stays at or above its baseline`, { skip: rowSkip }, () => {
      const scores = rows[name];
      assert.ok(scores, `no row named ${name}`);
      for (const [key, pinned] of Object.entries(baseline[name]!)) {
        const got = scores[key as keyof PageTextScores];
        assert.ok(got >= pinned - TOLERANCE, `${name} ${key}: ${got.toFixed(3)} < baseline ${pinned}`);
      }
    });
  }
});
