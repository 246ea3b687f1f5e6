// `npm run bench`: runs every benchmark in turn. Add a benchmark by exporting a runner and listing it here.
// Arguments: `--only <name>` to run one; `--quick` for a small corpus (a smoke test, not a measurement);
// `--stories` to also time ingest with story building.
import { DEFAULT_INGEST_BENCH, runIngestBench } from './ingest.ts';
import { DEFAULT_STORY_BENCH, QUICK_STORY_BENCH, runStoryBench } from './cluster.ts';
import { MEASURED_BUILD } from './product.ts';

type Benchmark = { readonly name: string; readonly run: (quick: boolean) => Promise<unknown> };

const BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'ingest',
    run: (quick) => {
      const withStories = args.includes('--stories');
      return runIngestBench(quick ? { textArticles: 1_000, htmlPages: 100, memoryEvery: 500, withStories } : { ...DEFAULT_INGEST_BENCH, withStories });
    },
  },
  // 100,000 generated articles through the story stages (articles/s and peak RSS at 10k, 50k, 100k), then end to end.
  { name: 'stories', run: (quick) => runStoryBench(quick ? QUICK_STORY_BENCH : DEFAULT_STORY_BENCH) },
];

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const quick = args.includes('--quick');
const selected = BENCHMARKS.filter((b) => !only || b.name === only);
if (selected.length === 0) {
  process.stderr.write(`no benchmark named "${only}"; known: ${BENCHMARKS.map((b) => b.name).join(', ')}\n`);
  process.exit(2);
}
process.stderr.write(`measuring ${MEASURED_BUILD}\n`);
for (const b of selected) {
  process.stderr.write(`== ${b.name}\n`);
  await b.run(quick);
}
