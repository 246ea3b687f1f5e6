// The code the benchmarks measure: lib/, the sources compiled as `parallax` runs them (`npm run bench` compiles them
// first), or the TypeScript sources through tsx when lib/ is missing or older than a source, or PARALLAX_FROM_SOURCE=1. tsx compiles with
// esbuild's keepNames, which wraps every function a hot loop creates in a call that names it: about 3% of the end-to-end
// time that users of the command never pay.
import { compiledIsCurrent } from '../bin/compiled.js';
import type * as CleanModule from '../src/clean/index.ts';
import type * as IngestModule from '../src/ingest/index.ts';
import type * as AnalyzeModule from '../src/analyze/index.ts';
import type * as DedupModule from '../src/dedup/index.ts';
import type * as ClusterModule from '../src/cluster/index.ts';
import type * as PipelineModule from '../src/pipeline.ts';
import type * as StoreModule from '../src/store/index.ts';
import type * as CompareModule from '../src/compare/index.ts';
import type * as AlignModule from '../src/compare/align.ts';
import type * as StoryViewModule from '../src/compare/story-view.ts';

const compiled = compiledIsCurrent();
/** What the numbers are of, printed with them. */
export const MEASURED_BUILD = compiled ? 'compiled lib/' : 'TypeScript sources through tsx';

const load = <T>(module: string): Promise<T> => import(compiled ? `../lib/${module}.js` : `../src/${module}.ts`) as Promise<T>;

export const { createCleaner } = await load<typeof CleanModule>('clean/index');
export const { recordToItem, readInputs } = await load<typeof IngestModule>('ingest/index');
export const { createAnalyzer } = await load<typeof AnalyzeModule>('analyze/index');
export const { createDeduplicator } = await load<typeof DedupModule>('dedup/index');
export const { assignArticle, createClusterState } = await load<typeof ClusterModule>('cluster/index');
export const { ingest } = await load<typeof PipelineModule>('pipeline');
export const { openSqliteStore } = await load<typeof StoreModule>('store/index');
export const { compareArticles } = await load<typeof CompareModule>('compare/index');
export const { alignSentences } = await load<typeof AlignModule>('compare/align');
export const { buildViews } = await load<typeof StoryViewModule>('compare/story-view');
