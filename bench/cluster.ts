// Story benchmark: streams 100,000 generated articles through clean → analyze → dedup → cluster in one
// process (no database: the ingest benchmark times storage) and prints throughput and peak RSS at 10k, 50k
// and 100k. Usage: node --import tsx bench/cluster.ts [count]
import { createCleaner } from '../src/clean/index.ts';
import { recordToItem } from '../src/ingest/index.ts';
import { createAnalyzer } from '../src/analyze/index.ts';
import { createDeduplicator } from '../src/dedup/index.ts';
import { assignArticle, createClusterState } from '../src/cluster/index.ts';
import { benchCorpus } from './cluster-corpus.ts';

const TOTAL = Number(process.argv[2] ?? 100_000);
const CHECKPOINTS = new Set([10_000, 20_000, 50_000, 100_000, TOTAL]);

const clean = createCleaner();
const analyze = createAnalyzer();
const dedup = await createDeduplicator();
const state = createClusterState();

const stageMs = { clean: 0, analyze: 0, dedup: 0, cluster: 0 };
let peakRss = 0;
let done = 0;
let links = 0;
let created = 0;
const started = performance.now();
const cpuStart = process.cpuUsage();
let windowStart = started;
let windowCount = 0;

for (const record of benchCorpus(TOTAL)) {
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
  if (done % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (CHECKPOINTS.has(done)) {
    // With --expose-gc, report the live heap after a full collection as well (RSS includes garbage not yet collected).
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const live = gc === undefined ? '' : `, live heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`;
    const now = performance.now();
    const cpu = process.cpuUsage(cpuStart);
    const perStage = Object.entries(stageMs).map(([stage, ms]) => `${stage} ${(ms / done).toFixed(3)}`).join(', ');
    console.log(
      `${done.toLocaleString('en')} articles: ${Math.round(done / ((now - started) / 1000))}/s overall, ` +
        `${Math.round(windowCount / ((now - windowStart) / 1000))}/s since last mark, ` +
        `${Math.round(done / ((cpu.user + cpu.system) / 1e6))}/s per CPU-second; peak RSS ${Math.round(peakRss / 1048576)} MB; ` +
        `${live.slice(2)}${live ? '; ' : ''}active stories ${state.active.size}, stories ${created}, copy links ${links}; ms/article: ${perStage}`,
    );
    windowStart = now;
    windowCount = 0;
  }
}
