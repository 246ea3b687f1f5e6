// Adds articles sent over HTTP: one ingest at a time (the pipeline learns outlet templates as it goes, so two
// concurrent runs would race), then announces what was stored to the live event stream.
import type { ArticleId, IngestItem, StoryId } from '../model/index.ts';
import { describeOrigin } from '../model/index.ts';
import { ingest } from '../pipeline.ts';
import type { Store } from '../store/index.ts';
import type { EventHub } from './events.ts';
import type { StoryService } from './stories.ts';

export type AddedArticle = {
  readonly id: ArticleId; readonly source: string | null; readonly title: string | null; readonly story_id: StoryId | null;
  /** Given fields it was stored without (an unreadable date, say); present only when there are some. */
  readonly warnings?: readonly string[];
};
export type AddResult = {
  readonly stored: AddedArticle[];
  /** Inputs already stored earlier (identical bytes and hints); adding them again changes nothing. */
  readonly unchanged: Array<{ readonly origin: string; readonly raw_id: string }>;
  readonly rejected: Array<{ readonly origin: string; readonly reason: string }>;
};

export type ArticleAdder = (items: readonly IngestItem[], defaultSource?: string) => Promise<AddResult>;

export function createArticleAdder(deps: { store: Store; events: EventHub; stories: StoryService }): ArticleAdder {
  let queue: Promise<unknown> = Promise.resolve();
  return (items, defaultSource) => {
    const run = queue.then(() => addNow(deps, items, defaultSource));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function addNow(
  { store, events, stories }: { store: Store; events: EventHub; stories: StoryService },
  items: readonly IngestItem[],
  defaultSource: string | undefined,
): Promise<AddResult> {
  const result: AddResult = { stored: [], unchanged: [], rejected: [] };
  const storedIds: Array<Omit<AddedArticle, 'story_id'>> = [];
  await ingest(store, toAsync(items), {
    ...(defaultSource ? { defaultSource } : {}),
    onEvent: (e) => {
      if (e.kind === 'stored') {
        const { id, source, title } = e.article;
        storedIds.push({ id, source, title, ...(e.warnings.length > 0 ? { warnings: e.warnings } : {}) });
      }
      else if (e.kind === 'unchanged') result.unchanged.push({ origin: describeOrigin(e.raw.origin), raw_id: e.raw.id });
      else result.rejected.push({ origin: describeOrigin(e.rejection.origin), reason: e.rejection.reason });
    },
  });
  const touched = new Set<StoryId>();
  for (const { warnings, ...a } of storedIds) {
    const story_id = await stories.storyOf(a.id);
    result.stored.push({ ...a, story_id, ...(warnings ? { warnings } : {}) });
    events.publish({ type: 'article', ...a, story_id });
    if (story_id) touched.add(story_id);
  }
  for (const id of touched) {
    const detail = await stories.get(id);
    events.publish({ type: 'story', id, article_count: detail?.story.article_count ?? null });
  }
  void stories.warm?.([...touched]); // compare the changed stories before anyone opens them
  return result;
}

async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}
