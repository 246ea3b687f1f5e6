// `parallax articles` and `parallax article <id>`: read what is stored.
import type { Command } from 'commander';
import type { ArticleId } from '../../model/index.ts';
import { formatArticle, formatArticleRow } from '../format.ts';
import { EXIT, globals, json, MUST_EXIST, out, stoppableOnSigint, UsageError, waitNotice, wholeNumber, withStore } from '../context.ts';

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles')
    .option('--source <name>', 'only this outlet')
    .option('--limit <n>', 'how many', '100')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (opts: { source?: string; limit: string; offset: string }, cmd: Command) => {
      const limit = wholeNumber(opts.limit, '--limit');
      const offset = wholeNumber(opts.offset, '--offset');
      await withStore(cmd, async (store) => {
        const rows = await store.listArticles({ limit, offset, ...(opts.source ? { source: opts.source } : {}) });
        for (const row of rows) globals(cmd).json ? json(row) : out(formatArticleRow(row));
      }, MUST_EXIST);
    });

  program
    .command('article')
    .description('show one stored article: metadata and clean text')
    .argument('<id>', 'article id')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const article = await store.getArticle(id as ArticleId);
        if (!article) throw new UsageError(`no article with id ${JSON.stringify(id)}`);
        globals(cmd).json ? json(article) : out(formatArticle(article));
      }, MUST_EXIST);
    });

  program
    .command('reclean')
    .description('re-run cleaning over every stored raw input (after upgrading Parallax)')
    .action(async (_opts: unknown, cmd: Command) => {
      const { reclean } = await import('../../pipeline.ts');
      await withStore(cmd, async (store) => {
        const summary = await stoppableOnSigint('the inputs not reached keep their earlier cleaning: run reclean again', (shouldStop) =>
          reclean(store, { shouldStop, onWait: waitNotice }));
        globals(cmd).json
          ? json(summary)
          : out(`recleaned ${summary.articles} articles, ${summary.rejected} inputs without article text${summary.stopped ? ', stopped early' : ''}`);
        if (summary.stopped) process.exitCode = EXIT.interrupted;
      }, MUST_EXIST);
    });
}

