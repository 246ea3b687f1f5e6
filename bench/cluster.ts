// Story benchmark: streams generated articles through record parsing → clean → analyze → dedup → cluster in one
// process (no database) and prints throughput and peak RSS at marks (10k, 50k, 100k by default); then times the
// same stream end to end through the real ingest (SQLite store, clean, analyze, dedup, cluster, story writes).
// `npm run bench -- --only stories [--quick]`, or: node --expose-gc --import tsx bench/cluster.ts [count]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { IngestItem } from '../src/model/index.ts';
import { benchCorpus } from './cluster-corpus.ts';
import { createCleaner, recordToItem, createAnalyzer, createDeduplicator, assignArticle, createClusterState, ingest, openSqliteStore } from './product.ts';

export type StoryBenchOptions = {
  /** Articles streamed through the story stages in memory. */
  readonly articles: number;
  /** Article counts at which throughput and memory are printed. */
  readonly marks: readonly number[];
  /** Articles ingested end to end into a temporary SQLite store (0 skips it). */
  readonly endToEnd: number;
};

export const DEFAULT_STORY_BENCH: StoryBenchOptions = { articles: 100_000, marks: [10_000, 50_000, 100_000], endToEnd: 10_000 };
export const QUICK_STORY_BENCH: StoryBenchOptions = { articles: 2_000, marks: [1_000, 2_000], endToEnd: 500 };

export type StoryMark = { readonly articles: number; readonly perSecond: number; readonly perCpuSecond: number; readonly peakRssMb: number };
export type StoryBenchResult = { readonly marks: readonly StoryMark[]; readonly endToEnd: StoryMark | null };

const MB = 1_048_576;
const RSS_EVERY = 500;

/** A full collection before reading the live heap: `--expose-gc` when given, else switched on here. */
function collector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const cpu = process.cpuUsage(since);
  return (cpu.user + cpu.system) / 1e6;
};

/** The story stages in memory, as the ingest pipeline runs them per article; prints a line at each mark. */
export async function runStoryStages(options: StoryBenchOptions, print: (line: string) => void = console.log): Promise<StoryMark[]> {
  const marks = new Set(options.marks.filter((mark) => mark <= options.articles));
  const clean = createCleaner();
  const analyze = createAnalyzer();
  const dedup = await createDeduplicator();
  const state = createClusterState();
  const gc = collector();
  const stageMs = { clean: 0, analyze: 0, dedup: 0, cluster: 0 };
  const results: StoryMark[] = [];
  let peakRss = process.memoryUsage().rss;
  let done = 0;
  let links = 0;
  let created = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let windowStart = started;
  let windowCount = 0;

  for (const record of benchCorpus(options.articles)) {
    let t = performance.now();
    const item = recordToItem(record, { file: 'bench', line: done + 1 });
    if (!item.ok) continue;
    const result = clean(item.raw);
    stageMs.clean += performance.now() - t;
    if (!result.ok) continue;
    t = performance.now();
    const analysis = analyze(result.article);
    stageMs.analyze += performance.now() - t;
    t = performance.now();
    links += dedup.add(result.article.id, result.article.text).length;
    stageMs.dedup += performance.now() - t;
    t = performance.now();
    const { assignment } = assignArticle(state, result.article, analysis);
    if (assignment.created) created++;
    stageMs.cluster += performance.now() - t;
    done++;
    windowCount++;
    if (done % RSS_EVERY === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (marks.has(done)) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const now = performance.now();
      const cpu = cpuSeconds(cpuStart);
      // RSS includes garbage not yet collected: the live heap after a full collection shows what is really kept.
      gc?.();
      const live = gc === undefined ? '' : `live heap ${Math.round(process.memoryUsage().heapUsed / MB)} MB; `;
      const perStage = Object.entries(stageMs).map(([stage, ms]) => `${stage} ${(ms / done).toFixed(3)}`).join(', ');
      const mark: StoryMark = { articles: done, perSecond: done / ((now - started) / 1000), perCpuSecond: done / cpu, peakRssMb: Math.round(peakRss / MB) };
      results.push(mark);
      print(
        `${done.toLocaleString('en')} articles: ${Math.round(mark.perSecond)}/s overall, ` +
          `${Math.round(windowCount / ((now - windowStart) / 1000))}/s since last mark, ${Math.round(mark.perCpuSecond)}/s per CPU-second; ` +
          `peak RSS ${mark.peakRssMb} MB; ${live}active stories ${state.active.size}, stories ${created}, copy links ${links}; ms/article: ${perStage}`,
      );
      // The collection is not the stream's work: restart the interval clock after it.
      windowStart = performance.now();
      windowCount = 0;
    }
  }
  return results;
}

async function* benchItems(count: number): AsyncGenerator<IngestItem> {
  let line = 0;
  for (const record of benchCorpus(count)) yield recordToItem(record, { file: 'bench', line: ++line });
}

/** The same stream through the real ingest into a temporary SQLite store, with story building and its writes. */
export async function runStoryEndToEnd(articles: number, print: (line: string) => void = console.log): Promise<StoryMark> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-stories-'));
  const store = openSqliteStore(join(dir, 'stories.db'));
  try {
    // RSS rarely shrinks after the in-memory run: say where this run started from, so its peak can be read.
    collector()?.();
    const startRss = process.memoryUsage().rss;
    let peakRss = startRss;
    let stored = 0;
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    await ingest(store, benchItems(articles), {
      onEvent: (event) => {
        if (event.kind === 'stored' && ++stored % RSS_EVERY === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const mark: StoryMark = { articles: stored, perSecond: stored / seconds, perCpuSecond: stored / cpuSeconds(cpuStart), peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage().rss) / MB) };
    print(
      `end to end (ingest + clean + analyze + dedup + cluster + SQLite writes): ${stored.toLocaleString('en')} articles in ${seconds.toFixed(1)} s → ` +
        `${Math.round(mark.perSecond)}/s, ${Math.round(mark.perCpuSecond)}/s per CPU-second; peak RSS ${mark.peakRssMb} MB ` +
        `(${Math.round(startRss / MB)} MB when it started); stories ${await store.countStories()}`,
    );
    return mark;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runStoryBench(options: StoryBenchOptions = DEFAULT_STORY_BENCH): Promise<StoryBenchResult> {
  const marks = await runStoryStages(options);
  const endToEnd = options.endToEnd > 0 ? await runStoryEndToEnd(options.endToEnd) : null;
  return { marks, endToEnd };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const total = Number(process.argv[2] ?? DEFAULT_STORY_BENCH.articles);
  await runStoryBench({ articles: total, marks: [...new Set([10_000, 20_000, 50_000, 100_000, total])], endToEnd: 0 });
}
