// `parallax demo` (what `npm start` runs): ingest the bundled demo corpus and show what Parallax made of it.
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { defaultDbPath } from '../../store/index.ts';
import { globals, json, log, out, withStore } from '../context.ts';
import { ingestInputs } from './ingest.ts';
import { formatStoryRows } from './stories.ts';

export const DEMO_CORPUS_DIR = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url));

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus into the database and summarise it')
    .action(async (_opts: unknown, cmd: Command) => {
      const asJson = globals(cmd).json ?? false;
      log(`ingesting the demo corpus from ${DEMO_CORPUS_DIR} into ${defaultDbPath(globals(cmd).db)}`);
      await withStore(cmd, async (store) => {
        await ingestInputs(store, [DEMO_CORPUS_DIR], {}, asJson);
        if (asJson) return;
        const stories = await store.listStories({ limit: 50 });
        out(`\n${await store.countArticles()} articles in ${stories.length} stories (most recent first):`);
        for (const row of formatStoryRows(stories)) out(row);
        const seed = stories.find((s) => s.sources.length > 1);
        out('\nNext:');
        if (seed) out(`  npx parallax story ${seed.id}      # why each article joined, copy links`);
        if (seed) out(`  npx parallax compare ${seed.id}    # how each outlet told it: shared and unique facts, quotes, framing`);
        out('  npx parallax serve                  # browse stories and comparisons at http://127.0.0.1:8080/');
      });
    });
}
