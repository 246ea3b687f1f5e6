// `npm run eval:extract`: scores HTML extraction on the shared labelled pages and fails on regressions.
//   --json             machine-readable report on stdout
//   --update-baseline  pin the current scores as the new baseline
//   --misses [N]       list up to N misses per data set (for tuning)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDirectory, extractionDataPresent } from './extraction-data.ts';
import { baselineOf, findRegressions, runEvaluation, SCORE_KEYS, REGRESSION_TOLERANCE, type Baseline, type EvaluationReport } from './extraction.ts';

export const BASELINE_PATH = join(dirname(fileURLToPath(import.meta.url)), 'extraction-baseline.json');

function formatTable(report: EvaluationReport): string {
  const header = ['data set', 'pages', ...SCORE_KEYS, 'pages/cpu-s'];
  const rows = report.datasets.map((d) => [d.name, String(d.pages), ...SCORE_KEYS.map((k) => d.scores[k].toFixed(4)), d.pagesPerSecond.toFixed(0)]);
  rows.push(['overall', String(report.datasets.reduce((s, d) => s + d.pages, 0)), ...SCORE_KEYS.map((k) => report.overall[k].toFixed(4)), '']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const counts = report.datasets.map((d) => `${d.name}: gold titles ${d.counts.title}, authors ${d.counts.author}, dates ${d.counts.date}`);
  return [line(header), ...rows.map(line), '', ...counts].join('\n');
}

function readBaseline(): Baseline | null {
  try {
    return JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline;
  } catch {
    return null;
  }
}

function main(argv: readonly string[]): number {
  const dataDir = dataDirectory();
  if (!extractionDataPresent(dataDir)) {
    console.log(`Extraction evaluation skipped: labelled data not found in ${dataDir} (set PARALLAX_DATA to its folder).`);
    return 0;
  }
  const report = runEvaluation(dataDir);
  const missesIndex = argv.indexOf('--misses');
  if (missesIndex >= 0) {
    const limit = Number(argv[missesIndex + 1] ?? '50') || 50;
    for (const dataset of report.datasets) {
      console.log(`\n# ${dataset.name}`);
      for (const miss of dataset.misses.metadata.slice(0, limit)) console.log(`${miss.field}\t${miss.page}\tgold=${JSON.stringify(miss.gold)}\tgot=${JSON.stringify(miss.got)}`);
      for (const miss of dataset.misses.text.slice(0, limit)) console.log(`${miss.kind}\t${miss.page}\t${miss.detail}`);
    }
  }
  if (argv.includes('--update-baseline')) {
    writeFileSync(BASELINE_PATH, `${JSON.stringify(baselineOf(report), null, 2)}\n`);
    console.error(`Baseline written to ${BASELINE_PATH}`);
  }
  const baseline = readBaseline();
  const regressions = baseline === null ? [] : findRegressions(report, baseline);
  if (argv.includes('--json')) {
    const { datasets, overall } = report;
    console.log(JSON.stringify({ datasets: datasets.map(({ misses: _misses, ...rest }) => rest), overall, regressions }, null, 2));
  } else {
    console.log(formatTable(report));
    if (baseline === null) console.log(`\nNo baseline at ${BASELINE_PATH}; run with --update-baseline to pin one.`);
    for (const r of regressions) console.log(`REGRESSION ${r.scope} ${r.key}: ${r.actual.toFixed(4)} < baseline ${r.baseline.toFixed(4)} - ${REGRESSION_TOLERANCE}`);
    if (baseline !== null && regressions.length === 0) console.log('\nNo score below the pinned baseline.');
  }
  return regressions.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
