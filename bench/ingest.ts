// Ingest benchmark: generates a corpus of raw page texts (site chrome included) and HTML pages, ingests and
// cleans it into a temporary SQLite database through the real pipeline, and reports throughput and memory
// (`--live-heap` adds the heap left after a forced collection at each report, to check memory stays flat).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { seededRandom } from '../src/eval/seeded-random.ts';
import { readInputs, ingest, openSqliteStore } from './product.ts';
import type { IngestSummary } from '../src/pipeline.ts';

export type IngestBenchOptions = {
  /** Raw page-text articles to generate (the issue asks for at least 20,000). */
  readonly textArticles: number;
  /** HTML pages: real ones from the trafilatura set when present, cycled, else generated from templates. */
  readonly htmlPages: number;
  /** Print memory every this many articles, to show it stays flat. */
  readonly memoryEvery: number;
  /** Also time the full ingest with story building (analyze, dedup, cluster) on the page texts. */
  readonly withStories: boolean;
  /**
   * Also force a full collection at each progress report and print the live heap (`--live-heap`): shows whether
   * memory stays flat, but the collections slow the run down (HTML by about a sixth), so rates are best read without.
   */
  readonly liveHeap?: boolean;
};

/**
 * Share of a phase's inputs counted as warm-up. A fresh process spends its first inputs compiling (the HTML
 * tokenizer, the regular expressions, chrono's patterns): on the HTML pages the first 250 took about twice as
 * long as any later 250. The rate over the rest is what a long-running ingest sustains; both are printed.
 * A quarter of 2,000 HTML pages leaves about three whole cycles of the 482 real pages.
 */
const WARMUP_SHARE = 0.25;

export const DEFAULT_INGEST_BENCH: IngestBenchOptions = { textArticles: 20_000, htmlPages: 2_000, memoryEvery: 2_000, withStories: false };

const TRAFILATURA_HTML = new URL('../../shared/data/trafilatura-dev/html/', import.meta.url);

export type PhaseResult = {
  readonly label: string;
  readonly items: number;
  readonly stored: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  /** The same run without its first `warmupItems` inputs (at least WARMUP_SHARE of them), while V8 compiles the hot code. */
  readonly warmupItems: number;
  readonly warmWallSeconds: number;
  readonly warmCpuSeconds: number;
  readonly peakRssMb: number;
  /** Resident memory at the first and the last progress report (it also counts garbage V8 has not collected yet). */
  readonly rssFirstMb: number;
  readonly rssLastMb: number;
  /** Live heap (after a full collection) at the first and the last report, with `liveHeap`: close together when memory stays flat. */
  readonly liveHeapFirstMb: number | null;
  readonly liveHeapLastMb: number | null;
};

// The live heap is measured after a forced collection; gc() is exposed here rather than asking for a node flag.
const collectGarbage = (): void => {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
};

export async function runIngestBench(options: IngestBenchOptions = DEFAULT_INGEST_BENCH): Promise<PhaseResult[]> {
  const dir = join(tmpdir(), `parallax-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'text'), { recursive: true });
  mkdirSync(join(dir, 'html'), { recursive: true });
  try {
    log(`generating ${options.textArticles} page texts and ${options.htmlPages} HTML pages in ${dir}`);
    writeTextCorpus(join(dir, 'text'), options.textArticles);
    const htmlSource = writeHtmlCorpus(join(dir, 'html'), options.htmlPages);
    // Ingest and clean are what these targets are about; story building is timed separately when asked for.
    const liveHeap = options.liveHeap ?? process.argv.includes('--live-heap');
    const results = [
      await runPhase('raw page text', join(dir, 'text'), join(dir, 'text.db'), options.textArticles, options.memoryEvery, false, liveHeap),
      await runPhase(`HTML (${htmlSource})`, join(dir, 'html'), join(dir, 'html.db'), options.htmlPages, options.memoryEvery / 10, false, liveHeap),
    ];
    if (options.withStories) {
      results.push(await runPhase('raw page text + stories', join(dir, 'text'), join(dir, 'stories.db'), options.textArticles, options.memoryEvery, true, liveHeap));
    }
    for (const r of results) {
      log(
        `${r.label}: ${r.items} inputs, ${r.stored} stored in ${r.wallSeconds.toFixed(1)} s wall / ${r.cpuSeconds.toFixed(1)} s CPU → ` +
          `${rate(r.items, r.wallSeconds)}/s wall, ${rate(r.items, r.cpuSeconds)}/s per CPU-second ` +
          (r.items > r.warmupItems
            ? `(after the first ${r.warmupItems} inputs' warm-up: ${rate(r.items - r.warmupItems, r.warmWallSeconds)}/s wall, ` +
              `${rate(r.items - r.warmupItems, r.warmCpuSeconds)}/s per CPU-second)`
            : '(too few inputs to leave out a warm-up)') +
          `; peak RSS ${r.peakRssMb} MB ` +
          `(RSS ${r.rssFirstMb} MB at the first report, ${r.rssLastMb} MB at the last` +
          (r.liveHeapFirstMb === null ? ')' : `; live heap ${r.liveHeapFirstMb} MB, ${r.liveHeapLastMb} MB)`),
      );
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runPhase(label: string, inputDir: string, dbPath: string, inputs: number, memoryEvery: number, withStories: boolean, measureLiveHeap: boolean): Promise<PhaseResult> {
  const store = openSqliteStore(dbPath);
  let seen = 0;
  const warmupItems = Math.floor(inputs * WARMUP_SHARE);
  // Events come in bursts, a batch's after its commit: the mark is the end of the burst that crosses warmupItems
  // (moved along the burst, closed at the turn of the event loop between batches), so the inputs counted after it
  // were all cleaned after it.
  let warmedAt = { items: 0, wall: 0, cpu: 0 };
  let warmMark: 'before' | 'moving' | 'closed' = 'before';
  const rss: number[] = [];
  const liveHeap: number[] = [];
  // Time spent in the forced collections is the measurement's, not the ingest's: it is left out of the rates.
  let measuringCpu = 0;
  let measuringWall = 0;
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let summary: IngestSummary;
  try {
    summary = await ingest(store, readInputs([inputDir]), {
      stories: withStories,
      onEvent: () => {
        seen++;
        if (warmMark === 'before' && seen >= warmupItems) {
          warmMark = 'moving';
          setImmediate(() => (warmMark = 'closed'));
        }
        if (warmMark === 'moving') warmedAt = { items: seen, wall: (performance.now() - wallStart) / 1000 - measuringWall, cpu: cpuSecondsSince(cpuStart) - measuringCpu };
        if (seen % memoryEvery === 0) {
          const m = process.memoryUsage();
          rss.push(mb(m.rss));
          let live = '';
          if (measureLiveHeap) {
            const cpuBefore = process.cpuUsage();
            const wallBefore = performance.now();
            collectGarbage();
            const spent = process.cpuUsage(cpuBefore);
            measuringCpu += (spent.user + spent.system) / 1e6;
            measuringWall += (performance.now() - wallBefore) / 1000;
            liveHeap.push(mb(process.memoryUsage().heapUsed));
            live = `, live heap ${liveHeap.at(-1)} MB`;
          }
          log(`  ${label}: ${seen} done, ${rate(seen, (performance.now() - wallStart) / 1000 - measuringWall)}/s, RSS ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB${live}`);
        }
      },
    });
  } finally {
    await store.close();
  }
  const cpuSeconds = cpuSecondsSince(cpuStart) - measuringCpu;
  const wallSeconds = (performance.now() - wallStart) / 1000 - measuringWall;
  return {
    label,
    items: summary.stored + summary.unchanged + summary.rejected,
    stored: summary.stored,
    wallSeconds,
    cpuSeconds,
    warmupItems: warmedAt.items,
    warmWallSeconds: wallSeconds - warmedAt.wall,
    warmCpuSeconds: cpuSeconds - warmedAt.cpu,
    // maxRSS is in kilobytes and covers the whole process so far: the peak of everything up to this phase.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssFirstMb: rss[0] ?? mb(process.memoryUsage().rss),
    rssLastMb: rss.at(-1) ?? mb(process.memoryUsage().rss),
    liveHeapFirstMb: liveHeap[0] ?? null,
    liveHeapLastMb: liveHeap.at(-1) ?? null,
  };
}

// ---- the generated corpus -------------------------------------------------------------------------------


const PLACES = ['LONDON', 'PARIS', 'BERLIN', 'WASHINGTON', 'TOKYO', 'NAIROBI', 'LIMA', 'OSLO', 'MADRID', 'CAIRO', 'SYDNEY', 'OTTAWA'];
const AGENCIES = ['Reuters', 'AFP', 'AP', 'dpa', 'Kyodo', 'EFE'];
const SUBJECTS = ['The government', 'The central bank', 'Regional officials', 'The company', 'Union leaders', 'The city council', 'Investigators', 'The foreign minister', 'Health authorities', 'Prosecutors'];
const VERBS = ['said on Tuesday', 'announced on Monday', 'confirmed late on Friday', 'warned on Wednesday', 'told reporters on Thursday'];
const OBJECTS = [
  'that the new rules would take effect next month', 'that talks would resume after the holiday', 'that the project was running behind schedule',
  'that prices had risen faster than expected', 'that the investigation would be widened', 'that no decision had been taken yet',
  'that about 1,200 people had been affected', 'that the budget would be cut by 4 percent', 'that the bridge would reopen in the spring',
];
const CLAUSES = [
  'according to a statement published on its website', 'citing figures from the national statistics office', 'after weeks of negotiations',
  'despite objections from opposition lawmakers', 'in a move that surprised analysts', 'as pressure grew from local businesses',
];
const QUOTES = [
  'We have done everything we could, and we will keep doing it', 'This is not the end of the process but the beginning',
  'Nobody expected the numbers to move this fast', 'We are asking for patience, not for trust',
];
const SPEAKERS = ['the minister said', 'she said', 'he told reporters', 'a spokeswoman said', 'Mr Larsen said'];

type Outlet = { name: string; menu: string[]; promos: string[]; footer: string[] };

function makeOutlets(random: () => number): Outlet[] {
  const first = ['Harbor', 'Northern', 'Capital', 'Valley', 'Coastal', 'Metro', 'Lakeside', 'Eastern', 'Prairie', 'Island'];
  const second = ['Daily', 'Evening', 'Morning', 'Weekly', 'City', 'Sunday'];
  const third = ['Ledger', 'Times', 'Post', 'Herald', 'Tribune', 'Gazette', 'Courier', 'Chronicle'];
  const sections = ['News', 'World', 'Business', 'Sport', 'Opinion', 'Culture', 'Science', 'Travel', 'Weather', 'Video', 'Podcasts', 'Obituaries'];
  return Array.from({ length: 40 }, (_, i) => {
    const name = `${first[i % first.length]} ${second[Math.floor(random() * second.length)]} ${third[(i * 7) % third.length]}`;
    return {
      name,
      menu: sections.filter(() => random() < 0.7),
      promos: ['Subscribe', 'Sign in', `Get the ${name} newsletter in your inbox. Sign up now.`].filter(() => random() < 0.8),
      footer: [`Most Read`, `Council delays vote on ferry fares`, `Comments (${Math.floor(random() * 40)})`, 'Log in to comment', `© 2025 ${name}. All rights reserved.`],
    };
  });
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function sentence(random: () => number): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}, ${pick(random, CLAUSES)}.`;
}

function articleParagraphs(random: () => number, n: number): string[] {
  const agency = pick(random, AGENCIES);
  const paragraphs = [`${pick(random, PLACES)} (${agency}) - ${sentence(random)} ${sentence(random)}`];
  const count = 4 + Math.floor(random() * 6);
  for (let p = 1; p < count; p++) {
    paragraphs.push(
      random() < 0.3 ? `"${pick(random, QUOTES)} in case ${n}," ${pick(random, SPEAKERS)}. ${sentence(random)}` : `${sentence(random)} ${sentence(random)} ${random() < 0.5 ? sentence(random) : ''}`.trim(),
    );
  }
  return paragraphs;
}

export function writeTextCorpus(dir: string, count: number): void {
  const random = seededRandom(20_000);
  const outlets = makeOutlets(random);
  for (let n = 0; n < count; n++) {
    const outlet = outlets[n % outlets.length]!;
    const paragraphs = articleParagraphs(random, n);
    const title = `${pick(random, SUBJECTS).replace(/^The /, '')} ${pick(random, ['backs', 'delays', 'rejects', 'expands', 'reviews'])} plan number ${n}`;
    const day = 1 + (n % 28);
    const lines = [
      outlet.name,
      ...outlet.menu,
      ...outlet.promos.slice(0, 2),
      title,
      `Published: ${day} March 2025, 10:${String(n % 60).padStart(2, '0')} GMT`,
      random() < 0.6 ? `By ${pick(random, ['Jane Doe', 'Omar Haddad', 'Lena Fischer', 'Kenji Sato'])}` : '',
      random() < 0.5 ? `People wait outside the ministry in the capital on ${day} March. (Photo: Reuters)` : '',
      ...paragraphs.slice(0, 3),
      random() < 0.4 ? 'Advertisement' : '',
      ...paragraphs.slice(3),
      ...outlet.promos.slice(2),
      'Share',
      ...outlet.footer,
    ];
    writeFileSync(join(dir, `${String(n).padStart(6, '0')}.txt`), lines.filter(Boolean).join('\n'));
  }
}

/** Real pages from the trafilatura benchmark when present (each copy made unique), else pages built from templates. */
export function writeHtmlCorpus(dir: string, count: number): string {
  const real = existsSync(TRAFILATURA_HTML) ? readdirSync(TRAFILATURA_HTML).filter((f) => f.endsWith('.html.gz')).sort() : [];
  if (real.length > 0) {
    const pages = real.map((f) => gunzipSync(readFileSync(new URL(f, TRAFILATURA_HTML))));
    for (let n = 0; n < count; n++) {
      // A comment at the end makes each copy a distinct input without changing what is extracted.
      const page = Buffer.concat([pages[n % pages.length]!, Buffer.from(`\n<!-- bench copy ${n} -->\n`)]);
      writeFileSync(join(dir, `${String(n).padStart(6, '0')}.html`), page);
    }
    return `${real.length} real trafilatura pages, cycled`;
  }
  const random = seededRandom(2_000);
  const outlets = makeOutlets(random);
  for (let n = 0; n < count; n++) {
    const outlet = outlets[n % outlets.length]!;
    const title = `Report ${n}: ${pick(random, SUBJECTS)} ${pick(random, VERBS)}`;
    const body = articleParagraphs(random, n).map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | ${outlet.name}</title>
<meta property="og:site_name" content="${outlet.name}"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-03-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","author":{"@type":"Person","name":"Jane Doe"}}</script></head>
<body><header><a href="/">${outlet.name}</a><nav>${outlet.menu.map((m) => `<a href="/${m.toLowerCase()}">${m}</a>`).join(' ')}</nav></header>
<main><article><h1>${title}</h1><p class="byline">By Jane Doe</p>${body}
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div></article>
<aside><h3>Most read</h3><ul>${outlet.footer.map((f) => `<li><a href="#">${f}</a></li>`).join('')}</ul></aside></main>
<footer>${outlet.footer.at(-1)}</footer></body></html>`;
    writeFileSync(join(dir, `${String(n).padStart(6, '0')}.html`), html);
  }
  return 'generated from templates';
}

const cpuSecondsSince = (start: NodeJS.CpuUsage): number => {
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1e6;
};
const rate = (n: number, seconds: number): string => (seconds > 0 ? Math.round(n / seconds).toLocaleString('en') : '∞');
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const log = (line: string): void => void process.stderr.write(`${line}\n`);
