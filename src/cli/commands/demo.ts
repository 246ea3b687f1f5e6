// `parallax demo` (what `npm start` runs): ingest the bundled demo corpus and show what Parallax made of it.
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { formatArticleRow } from '../format.ts';
import { defaultDbPath } from '../../store/index.ts';
import { globals, json, log, out, withStore } from '../context.ts';
import { ingestInputs } from './ingest.ts';

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
        out(`\n${await store.countArticles()} articles stored:`);
        for (const row of await store.listArticles({ limit: 50 })) out(formatArticleRow(row));
        out('\nTry: npx parallax article <id>');
      });
    });
}
