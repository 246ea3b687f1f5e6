// `parallax compare <story-id | file | article-id …>`: how each outlet told one story.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import pc from 'picocolors';
import { isDynamicPattern } from 'tinyglobby';
import { createAnalyzer } from '../../analyze/index.ts';
import { createCleaner } from '../../clean/index.ts';
import { compareArticles } from '../../compare/index.ts';
import { renderComparison, type Palette } from '../../compare/render.ts';
import { readInputs } from '../../ingest/index.ts';
import type { Article, ArticleId, ArticleLink, StoryId } from '../../model/index.ts';
import { ingest, LiveTemplates } from '../../pipeline.ts';
import type { Store } from '../../store/index.ts';
import { EXIT, globals, json, log, checkStdinInput, out, UsageError, withStore } from '../context.ts';
import { logRejection, logWarnings } from './ingest.ts';

type CompareCliOptions = { store: boolean; markdown?: boolean; source?: string };

const COLOURS: Palette = { bold: pc.bold, dim: pc.dim, added: (text) => pc.green(text), removed: (text) => pc.red(pc.strikethrough(text)), accent: pc.cyan };

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare how outlets told one story: shared and unique facts, quotes, framing, similarity')
    .argument('<items...>', 'a story id, or files / article ids of the articles to compare')
    .option('--no-store', 'clean files in memory instead of ingesting them into the database')
    .option('--markdown', 'Markdown output')
    .option('--source <name>', 'outlet name for files that do not name one')
    .action(async (items: string[], opts: CompareCliOptions, cmd: Command) => {
      checkStdinInput(items);
      const loaded = opts.store ? await withStore(cmd, (store) => loadFromStore(store, items, opts)) : await cleanFiles(items, opts, null);
      if (loaded.articles.length === 0) throw new UsageError('nothing to compare');
      const analyze = createAnalyzer();
      const analyses = loaded.articles.map(analyze);
      const started = performance.now();
      const comparison = compareArticles(loaded.articles, analyses, loaded.links);
      log(`compared ${loaded.articles.length} articles in ${Math.round(performance.now() - started)} ms`);
      if (globals(cmd).json) json(comparison);
      else out(renderComparison(comparison, { markdown: opts.markdown ?? false, ...(opts.markdown || !process.stdout.isTTY ? {} : { palette: COLOURS }) }));
      process.exitCode = loaded.rejected > 0 ? EXIT.rejected : EXIT.ok;
    });
}

/** The articles to compare, and how many inputs were rejected on the way (the exit code says so, as ingest's does). */
type Loaded = { articles: Article[]; links: ArticleLink[]; rejected: number };

function isFileArgument(item: string): boolean {
  return item === '-' || existsSync(item) || isDynamicPattern(item);
}

async function loadFromStore(store: Store, items: readonly string[], opts: CompareCliOptions): Promise<Loaded> {
  if (items.length === 1 && !isFileArgument(items[0]!)) {
    const story = await store.getStory(items[0] as StoryId);
    if (story !== null) {
      const members = await Promise.all(story.members.map((member) => store.getArticle(member.article_id)));
      return { articles: members.filter((article): article is Article => article !== null), links: [...story.links], rejected: 0 };
    }
  }
  const files = items.filter(isFileArgument);
  const ids = items.filter((item) => !isFileArgument(item));
  if (files.length > 0) {
    const summary = await ingest(store, readInputs(files), opts.source ? { defaultSource: opts.source } : {});
    log(`stored ${summary.stored}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`);
  }
  const fromFiles = files.length > 0 ? await cleanFiles(files, opts, await LiveTemplates.load(store)) : { articles: [], rejected: 0 };
  const fromIds: Article[] = [];
  for (const id of ids) {
    const article = await store.getArticle(id as ArticleId);
    if (article === null) throw new UsageError(`no article or story with id ${id}, and no such file`);
    fromIds.push(article);
  }
  return { articles: dedupe([...fromFiles.articles, ...fromIds]), links: [], rejected: fromFiles.rejected };
}

async function cleanFiles(items: readonly string[], opts: CompareCliOptions, templates: LiveTemplates | null): Promise<Loaded> {
  const clean = createCleaner({ ...(templates ? { templates } : {}), ...(opts.source ? { defaultSource: opts.source } : {}) });
  const articles: Article[] = [];
  let rejected = 0;
  // Files are read twice when stored first: warnings of the inputs are said on this, the second, reading.
  for await (const item of readInputs(items, { onWarning: (w) => logWarnings(w.origin, [w.message]) })) {
    const result = item.ok ? clean(item.raw) : ({ ok: false, reason: item.rejection.reason } as const);
    if (result.ok) articles.push(result.article);
    else {
      rejected++;
      logRejection({ origin: item.ok ? item.raw.origin : item.rejection.origin, reason: result.reason });
    }
  }
  return { articles: dedupe(articles), links: [], rejected };
}

function dedupe(articles: readonly Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((article) => !seen.has(article.id) && Boolean(seen.add(article.id)));
}
