// Extraction quality evaluation on real labelled pages, and the gate that keeps it from regressing.
//
// Main text:
//  - trafilatura-dev: trafilatura's own segment scheme, micro-averaged over all segments of all pages.
//    A `with` segment found in our text is a true positive, one missing a false negative; a `without`
//    segment found is a false positive. Precision = TP/(TP+FP), recall = TP/(TP+FN). Matching is substring
//    search on whitespace-normalised text (paragraphs joined by a space, so a segment may span two).
//  - readability-test-pages: token overlap with the expected article text (Readability.js's output, rendered
//    to text): multiset of lower-cased word tokens (CJK: characters); per page precision = shared/ours,
//    recall = shared/expected, then precision, recall and F1 are averaged over pages (macro).
// Metadata: accuracy over the pages whose gold value is present: titles equal after case/punctuation
// normalisation; authors name the same set of people; dates fall on the same calendar day.
// Overall: the mean of the two sets' scores, so each set counts equally whatever its size.
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { extractHtml } from '../clean/html/extract.ts';
import type { HtmlExtraction } from '../clean/html/types.ts';
import { dataDirectory, loadReadabilityCases, loadTrafilaturaCases } from './extraction-data.ts';
import { authorsMatch, datesMatch, f1Of, segmentSearchText, titlesMatch, tokenOverlap } from './extraction-metrics.ts';

export const SCORE_KEYS = ['precision', 'recall', 'f1', 'title', 'author', 'date'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];
export type Scores = Record<ScoreKey, number>;

export type MetadataMiss = { readonly page: string; readonly field: 'title' | 'author' | 'date'; readonly gold: string; readonly got: string | null };
export type TextMiss = { readonly page: string; readonly kind: 'missing' | 'unwanted' | 'overlap'; readonly detail: string };

export type DatasetReport = {
  readonly name: string;
  readonly pages: number;
  readonly scores: Scores;
  /** How many pages had each gold field. */
  readonly counts: Record<'title' | 'author' | 'date', number>;
  /** Pages extracted per CPU second (decoding included for trafilatura-dev), measured after an untimed
   *  warm-up pass over the first WARM_UP_PAGES pages, so it is the steady-state rate of a long-running
   *  ingester rather than the cost of compiling the code on first use. */
  readonly pagesPerSecond: number;
  readonly misses: { metadata: MetadataMiss[]; text: TextMiss[] };
};

export type EvaluationReport = { readonly datasets: DatasetReport[]; readonly overall: Scores };

/** Maximum allowed drop of any score below the pinned baseline before the gate fails. */
export const REGRESSION_TOLERANCE = 0.005;

/** Per-field accuracy of title, author and date over the pages that have a gold value, and the misses. */
export class MetadataTally {
  readonly hits = { title: 0, author: 0, date: 0 };
  readonly counts = { title: 0, author: 0, date: 0 };
  readonly misses: MetadataMiss[] = [];

  add(page: string, field: 'title' | 'author' | 'date', gold: string | null, got: string | null, match: (got: string | null, gold: string) => boolean): void {
    if (gold === null) return;
    this.counts[field]++;
    if (match(got, gold)) this.hits[field]++;
    else this.misses.push({ page, field, gold, got });
  }

  accuracy(field: 'title' | 'author' | 'date'): number {
    return this.counts[field] === 0 ? 1 : this.hits[field] / this.counts[field];
  }
}

/** Pages extracted, untimed, before each set's timed pass (JIT compilation and lazy initialisation). */
export const WARM_UP_PAGES = 100;

/** CPU seconds spent in `run`: unlike wall time, not inflated by other processes sharing the machine. */
function timed<T>(run: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1e6];
}

export function evaluateReadability(dataDir = dataDirectory()): DatasetReport {
  const cases = loadReadabilityCases(dataDir);
  const tally = new MetadataTally();
  const text: TextMiss[] = [];
  let precision = 0, recall = 0, f1 = 0, seconds = 0, scored = 0;
  for (const page of cases.slice(0, WARM_UP_PAGES)) extractHtml(page.html);
  for (const page of cases) {
    const [result, elapsed] = timed(() => extractHtml(page.html));
    seconds += elapsed;
    tally.add(page.id, 'title', page.title, result.title, titlesMatch);
    tally.add(page.id, 'author', page.byline, result.byline, authorsMatch);
    tally.add(page.id, 'date', page.publishedTime, result.publishedAt, datesMatch);
    if (page.expectedText.trim() === '') continue;
    const overlap = tokenOverlap(result.paragraphs.join('\n'), page.expectedText);
    scored++;
    precision += overlap.precision;
    recall += overlap.recall;
    f1 += overlap.f1;
    if (overlap.f1 < 0.95) text.push({ page: page.id, kind: 'overlap', detail: `P=${overlap.precision.toFixed(3)} R=${overlap.recall.toFixed(3)}` });
  }
  return {
    name: 'readability-test-pages',
    pages: cases.length,
    scores: { precision: precision / scored, recall: recall / scored, f1: f1 / scored, title: tally.accuracy('title'), author: tally.accuracy('author'), date: tally.accuracy('date') },
    counts: tally.counts,
    pagesPerSecond: cases.length / seconds,
    misses: { metadata: tally.misses, text },
  };
}

export function evaluateTrafilatura(dataDir = dataDirectory()): DatasetReport {
  const cases = loadTrafilaturaCases(dataDir);
  const tally = new MetadataTally();
  const text: TextMiss[] = [];
  let truePositives = 0, falseNegatives = 0, falsePositives = 0, seconds = 0;
  for (const page of cases.slice(0, WARM_UP_PAGES)) extractHtml(decodeHtmlBytes(page.bytes), { url: page.url });
  for (const page of cases) {
    const [result, elapsed] = timed((): HtmlExtraction => extractHtml(decodeHtmlBytes(page.bytes), { url: page.url }));
    seconds += elapsed;
    tally.add(page.url, 'title', page.title, result.title, titlesMatch);
    tally.add(page.url, 'author', page.author, result.byline, authorsMatch);
    tally.add(page.url, 'date', page.date, result.publishedAt, datesMatch);
    const haystack = segmentSearchText(result.paragraphs.join(' '));
    for (const segment of page.with) {
      if (haystack.includes(segmentSearchText(segment))) truePositives++;
      else {
        falseNegatives++;
        text.push({ page: page.url, kind: 'missing', detail: segment });
      }
    }
    for (const segment of page.without) {
      if (haystack.includes(segmentSearchText(segment))) {
        falsePositives++;
        text.push({ page: page.url, kind: 'unwanted', detail: segment });
      }
    }
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return {
    name: 'trafilatura-dev',
    pages: cases.length,
    scores: { precision, recall, f1: f1Of(precision, recall), title: tally.accuracy('title'), author: tally.accuracy('author'), date: tally.accuracy('date') },
    counts: tally.counts,
    pagesPerSecond: cases.length / seconds,
    misses: { metadata: tally.misses, text },
  };
}

export function runEvaluation(dataDir = dataDirectory()): EvaluationReport {
  const datasets = [evaluateReadability(dataDir), evaluateTrafilatura(dataDir)];
  const overall = Object.fromEntries(SCORE_KEYS.map((key) => [key, datasets.reduce((sum, d) => sum + d.scores[key], 0) / datasets.length])) as Scores;
  return { datasets, overall };
}

export type Baseline = { readonly datasets: Record<string, Scores>; readonly overall: Scores };

export type Regression = { readonly scope: string; readonly key: ScoreKey; readonly baseline: number; readonly actual: number };

/** Every score that fell more than REGRESSION_TOLERANCE below the pinned baseline. */
export function findRegressions(report: EvaluationReport, baseline: Baseline): Regression[] {
  const regressions: Regression[] = [];
  const check = (scope: string, actual: Scores, pinned: Scores | undefined): void => {
    if (pinned === undefined) return;
    for (const key of SCORE_KEYS) {
      const expected = pinned[key];
      if (typeof expected === 'number' && actual[key] < expected - REGRESSION_TOLERANCE) regressions.push({ scope, key, baseline: expected, actual: actual[key] });
    }
  };
  for (const dataset of report.datasets) check(dataset.name, dataset.scores, baseline.datasets[dataset.name]);
  check('overall', report.overall, baseline.overall);
  return regressions;
}

export function baselineOf(report: EvaluationReport): Baseline {
  const round = (scores: Scores): Scores => Object.fromEntries(SCORE_KEYS.map((key) => [key, Math.floor(scores[key] * 10000) / 10000])) as Scores;
  return { datasets: Object.fromEntries(report.datasets.map((d) => [d.name, round(d.scores)])), overall: round(report.overall) };
}
