// `parallax stories`, `parallax story <id>`, `parallax recluster`: the stories the pipeline built, why each article
// is in its story, and rebuilding them (`parallax eval` scores them against labels: commands/eval.ts).
import type { Command } from 'commander';
import pc from 'picocolors';
import { isRealDate, type StoryId, type StorySummary } from '../../model/index.ts';
import type { StoredStory, StoryQuery } from '../../store/index.ts';
import { EXIT, globals, json, MUST_EXIST, out, stoppableOnSigint, UsageError, waitNotice, wholeNumber, withStore } from '../context.ts';
import { pad } from '../format.ts';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list stories, most recent first: id, title, article count, outlets, first/last published')
    .option('--search <words>', 'only stories with an article that has all these words (title or text)')
    .option('--source <name>', 'only stories with an article from this outlet')
    .option('--from <date>', 'only stories with articles on or after this ISO date (2013-08-09)')
    .option('--to <date>', 'only stories with articles on or before this ISO date')
    .option('--limit <n>', 'how many', '100')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (opts: StoryListOptions, cmd: Command) => {
      const limit = wholeNumber(opts.limit, '--limit');
      const offset = wholeNumber(opts.offset, '--offset');
      const filters = storyFilters(opts);
      await withStore(cmd, async (store) => {
        // The filtered list is the server's query (full-text search, outlet, dates), paged by key: take the offset's
        // stories too and drop them.
        const stories = filters === null ? await store.listStories({ limit, offset }) : (await store.queryStories({ ...filters, limit: offset + limit })).slice(offset);
        if (globals(cmd).json) for (const story of stories) json(story);
        else for (const row of formatStoryRows(stories)) out(row);
      }, MUST_EXIST);
    });

  program
    .command('story')
    .description("show one story: its articles with outlet, title, time, duplicate links and why each joined")
    .argument('<id>', 'story id')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const story = await store.getStory(id as StoryId);
        if (!story) throw new UsageError(`no story with id ${JSON.stringify(id)}`);
        globals(cmd).json ? json(story) : out(formatStory(story));
      }, MUST_EXIST);
    });

  program
    .command('recluster')
    .description('rebuild all stories from the stored articles (after upgrading Parallax or changing settings)')
    .action(async (_opts: unknown, cmd: Command) => {
      const { recluster } = await import('../../pipeline-stories.ts');
      await withStore(cmd, async (store) => {
        const summary = await stoppableOnSigint('the articles not reached have no story until the next ingest or recluster', (shouldStop) =>
          recluster(store, { shouldStop, onWait: waitNotice }));
        globals(cmd).json
          ? json(summary)
          : out(`reclustered ${summary.articles} articles into ${summary.stories} stories (${summary.merges} merges)${summary.stopped ? ', stopped early' : ''}`);
        if (summary.stopped) process.exitCode = EXIT.interrupted;
      }, MUST_EXIST);
    });

}

type StoryListOptions = { search?: string; source?: string; from?: string; to?: string; limit: string; offset: string };

/** The filters given, checked (null when none): dates must be real ISO dates, or the text comparison matches nothing. */
function storyFilters(opts: StoryListOptions): Omit<StoryQuery, 'limit'> | null {
  for (const [flag, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
    if (value !== undefined && !isRealDate(value)) throw new UsageError(`${flag} must be an ISO 8601 date such as 2013-08-09, got "${value}"`);
  }
  const filters = {
    ...(opts.search?.trim() ? { text: opts.search.trim() } : {}),
    ...(opts.source?.trim() ? { source: opts.source.trim() } : {}),
    ...(opts.from ? { from: opts.from } : {}),
    ...(opts.to ? { to: opts.to } : {}),
  };
  return Object.keys(filters).length === 0 ? null : filters;
}

/** One line per story, ids padded to the longest (a story split off another has a longer id: "s-a_….90"). */
export function formatStoryRows(stories: readonly StorySummary[]): string[] {
  const idWidth = Math.max(0, ...stories.map((story) => story.id.length));
  return stories.map((story) => formatStoryRow(story, idWidth));
}

function formatStoryRow(story: StorySummary, idWidth: number): string {
  const span = [story.first_published?.slice(0, 10), story.last_published?.slice(0, 10)].filter(Boolean).join('…') || 'undated';
  return `${pc.dim(story.id.padEnd(idWidth))}  ${String(story.article_count).padStart(4)}  ${pad(span, 21)}  ${pc.cyan(pad(story.sources.join(', ') || '?', 30))}  ${story.title ?? '(untitled)'}`;
}

/** First and last publication to the minute ("2025-03-10T00:00 … 2025-03-10T14:30"), as the member lines show them. */
function storySpan(story: StorySummary): string {
  if (story.first_published === null) return 'undated';
  const first = story.first_published.slice(0, 16);
  const last = story.last_published?.slice(0, 16) ?? first;
  return first === last ? first : `${first} … ${last}`;
}

function formatStory(stored: StoredStory): string {
  const { story } = stored;
  const lines = [
    pc.bold(story.title ?? '(untitled)'),
    pc.dim(`${story.id} · ${story.article_count} articles · ${story.sources.length} outlets · ${storySpan(story)}`),
    story.top_entities.length > 0 ? `names: ${story.top_entities.join(', ')}` : '',
    '',
  ];
  for (const member of stored.members) {
    lines.push(`${pc.dim(member.id)}  ${member.published_at?.slice(0, 16) ?? '          '}  ${pc.cyan(pad(member.source ?? '?', 22))}  ${member.title ?? '(untitled)'}`);
    lines.push(`    ${pc.dim(member.explanation?.summary ?? 'started the story')}`);
    for (const link of stored.links.filter((l) => l.from === member.id)) {
      lines.push(`    ${pc.yellow(`${link.kind} of ${link.to}`)} ${pc.dim(`(score ${link.score.toFixed(2)}, ${Math.round(link.shared * 100)}% reused)`)}`);
    }
  }
  for (const merge of stored.merges) lines.push(pc.dim(`absorbed ${merge.absorbed} (score ${merge.score.toFixed(2)})`));
  for (const split of stored.splits) {
    const what = split.into === story.id ? `split off from ${split.from}` : `split off ${split.into}`;
    lines.push(pc.dim(`${what}: a second event (mean score ${split.score.toFixed(2)} between the two groups)`));
  }
  return lines.join('\n');
}
