// Load benchmark of the HTTP API on loopback: story list, search and compare with 10,000 stored articles, 50
// concurrent clients, bounded in time. Targets (issue 6): list p99 < 50 ms, compare p99 < 250 ms.
//   npm run bench:server [-- --articles 10000 --connections 50 --seconds 10 --fresh]
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchCorpus } from './server-corpus.ts';
import { recordToItem, ingest, openSqliteStore } from './product.ts';
import type { Store } from '../src/store/index.ts';

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    fresh: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(opts.articles);
const CONNECTIONS = Number(opts.connections);
const SECONDS = Number(opts.seconds);
const TARGET_P99_MS = { list: 50, compare: 250 } as const;

const DB_PATH = join(tmpdir(), `parallax-bench-server-${ARTICLES}.db`);

async function prepareStore(): Promise<Store> {
  const path = DB_PATH;
  if (opts.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const reuse = existsSync(path);
  const store = openSqliteStore(path);
  if (reuse && (await store.countArticles()) >= ARTICLES) {
    log(`reusing ${path} (${await store.countArticles()} articles; --fresh rebuilds it)`);
    return store;
  }
  const started = performance.now();
  const items = (async function* () {
    let line = 0;
    for (const record of benchCorpus(ARTICLES)) yield recordToItem(record, { file: 'bench', line: ++line });
  })();
  const summary = await ingest(store, items);
  log(`ingested ${summary.stored} articles in ${((performance.now() - started) / 1000).toFixed(1)} s into ${path}`);
  return store;
}

/** `gated` scenarios decide the exit code (the issue's targets); the others are reported for context. */
type Scenario = { name: string; kind: keyof typeof TARGET_P99_MS; paths: string[]; gated: boolean };
type Row = { scenario: string; requests_per_s: number; p50_ms: number; p99_ms: number; target_p99_ms: number; ok: boolean; errors: number; non2xx: number };

/** Seconds of unmeasured load before each scenario, so the JIT and the server's caches reach their steady state. */
const WARMUP_SECONDS = 2;

async function run(url: string, s: Scenario): Promise<Row> {
  let i = 0;
  const requests = [{ method: 'GET', setupRequest: (req: { path?: string }) => ({ ...req, path: s.paths[i++ % s.paths.length]! }) }];
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests });
  i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests,
  });
  const target = TARGET_P99_MS[s.kind];
  return {
    scenario: s.name,
    requests_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    target_p99_ms: target,
    ok: result.latency.p99 < target && result.non2xx === 0 && result.errors === 0,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function storyIds(base: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(`${base}/api/stories?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (!res.ok) throw new Error(`GET /api/stories: ${res.status} ${await res.text()}`);
    const page = (await res.json()) as { stories: Array<{ id: string }>; next_cursor: string | null };
    ids.push(...page.stories.map((s) => s.id));
    cursor = page.next_cursor;
  } while (cursor);
  return ids;
}

/** The server builds stories and compares changed ones in the background; the benchmark measures the steady state. */
async function waitForComparisons(base: string, maxSeconds = 600): Promise<boolean> {
  const deadline = performance.now() + maxSeconds * 1000;
  while (performance.now() < deadline) {
    const status = (await (await fetch(`${base}/api/status`)).json()) as { stories: { comparisons_pending: number } | null };
    if (!status.stories || status.stories.comparisons_pending === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

/** Two-word searches from the corpus vocabulary, all different (more than the server's page cache holds). */
function distinctSearches(count: number): string[] {
  const words = `bridge strike council flood budget vaccine harbor river prices workers report election fire rail police court
    school hospital fuel water storm market bank loan factory jobs housing airport safety permit judge audit cabinet
    parliament campaign survey research patients emergency museum stadium tourism energy mine fishing`.split(/\s+/).filter(Boolean);
  const paths: string[] = [];
  for (let i = 0; paths.length < count; i++) {
    const a = words[i % words.length]!;
    const b = words[Math.floor(i / words.length) % words.length]!;
    if (a !== b) paths.push(`/api/stories?q=${a}%20${b}`);
  }
  return paths;
}

function shuffled<T>(xs: T[]): T[] {
  let seed = 7;
  return xs.map((x) => ({ x, k: (seed = (seed * 16807) % 2147483647) })).sort((a, b) => a.k - b.k).map((e) => e.x);
}

const log = (line: string) => void process.stderr.write(`${line}\n`);

/** The server runs in its own process, as `parallax serve` does, so the load generator does not share its event loop. */
async function spawnServer(): Promise<{ url: string; child: ChildProcess }> {
  const bin = fileURLToPath(new URL('../bin/parallax.js', import.meta.url));
  const child = spawn(process.execPath, [bin, '--db', DB_PATH, 'serve', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'inherit', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(seen);
      if (match) resolve({ url: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`parallax serve exited (${code}): ${seen}`)));
  });
}

const store = await prepareStore();
const { url, child } = await spawnServer();
const server = { url };
try {
  const warmStart = performance.now();
  const warmed = await waitForComparisons(server.url);
  log(`stories built and comparisons precomputed in ${((performance.now() - warmStart) / 1000).toFixed(1)} s${warmed ? '' : ' (gave up waiting; compare numbers include cold stories)'}`);
  const ids = shuffled(await storyIds(server.url));
  log(`${await store.countArticles()} articles in ${ids.length} stories; ${CONNECTIONS} connections, ${SECONDS} s per scenario`);
  const scenarios: Scenario[] = [
    { name: 'GET /api/stories (first page)', kind: 'list', gated: true, paths: ['/api/stories'] },
    { name: 'GET /api/stories (search, filters, pages)', kind: 'list', gated: true, paths: ['/api/stories?q=bridge', '/api/stories?source=Harbor%20Times', '/api/stories?q=Arden%20strike&limit=20', '/api/stories?from=2024-03-10&to=2024-03-20'] },
    // Every request a different search: the server's page cache cannot help, so this is the query path itself.
    { name: 'GET /api/stories?q= (distinct searches, uncached)', kind: 'list', gated: false, paths: distinctSearches(1500) },
    { name: 'GET /api/stories/:id/compare (random stories)', kind: 'compare', gated: true, paths: ids.map((id) => `/api/stories/${encodeURIComponent(id)}/compare`) },
  ];
  const rows: Row[] = [];
  const gatedOk: boolean[] = [];
  for (const s of scenarios) {
    log(`running: ${s.name}`);
    const row = await run(server.url, s);
    rows.push(row);
    if (s.gated) gatedOk.push(row.ok);
  }
  console.table(rows);
  // Other work on the machine skews latency; the load average says how much there was.
  const machine = { cpus: cpus().length, load_average_1m: Number(loadavg()[0]!.toFixed(2)) };
  log(`machine: ${machine.cpus} CPUs, load average ${machine.load_average_1m} during the run`);
  console.log(JSON.stringify({ machine, articles: await store.countArticles(), stories: ids.length, connections: CONNECTIONS, seconds: SECONDS, results: rows }));
  process.exitCode = gatedOk.every(Boolean) ? 0 : 1;
} finally {
  child.kill('SIGINT');
  await store.close();
}
