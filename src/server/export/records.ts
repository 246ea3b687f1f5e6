// A complete, reproducible export: a header with the settings and versions that produced the data, then
// every article, story (with why each article joined), copy link and quote group, each with stable ids.
import type { Article } from '../../model/index.ts';
import type { Store } from '../../store/index.ts';
import type { StoryService } from '../stories.ts';
import { JsonText } from '../lru.ts';

export const EXPORT_FORMAT_VERSION = 1;
/** Stories read per page while exporting. */
const STORY_PAGE = 200;

export type ExportHeader = {
  readonly type: 'export';
  readonly format_version: number;
  readonly parallax_version: string;
  readonly exported_at: string;
  /** Stage settings in force (e.g. clustering thresholds and weights), so results can be reproduced. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly counts: { readonly articles: number };
};

export type ExportRecord =
  | ExportHeader
  | ({ readonly type: 'article' } & Article & { readonly story_id: string | null })
  | ({ readonly type: 'story' } & Record<string, unknown>)
  | ({ readonly type: 'link' } & Record<string, unknown>)
  | ({ readonly type: 'quote' } & Record<string, unknown>);

export type ExportSources = {
  readonly store: Store;
  readonly stories: StoryService;
  readonly version: string;
  readonly settings: Readonly<Record<string, unknown>>;
  /** Fixed timestamp for reproducible output in tests. */
  readonly now?: () => Date;
};

export async function* exportRecords(src: ExportSources): AsyncGenerator<ExportRecord> {
  yield {
    type: 'export',
    format_version: EXPORT_FORMAT_VERSION,
    parallax_version: src.version,
    exported_at: (src.now?.() ?? new Date()).toISOString(),
    settings: src.settings,
    counts: { articles: await src.store.countArticles() },
  };
  for await (const article of src.store.iterateArticles()) {
    yield { type: 'article', ...article, story_id: await src.stories.storyOf(article.id) };
  }
  yield* storyRecords(src.stories);
}

async function* storyRecords(stories: StoryService): AsyncGenerator<ExportRecord> {
  let cursor: string | undefined;
  for (;;) {
    const page = await stories.list({ limit: STORY_PAGE, ...(cursor ? { cursor } : {}) }).catch(() => null);
    if (!page) return; // stories not available in this build: the export holds articles only
    for (const summary of page.stories) {
      const detail = await stories.get(summary.id);
      if (!detail) continue;
      const members = detail.articles.map((a) => ({ article_id: a.id, sequence: a.sequence, explanation: a.explanation }));
      yield { type: 'story', ...summary, members, merges: detail.merges, splits: detail.splits };
      for (const link of detail.links) yield { type: 'link', story_id: summary.id, ...link };
      const found = await stories.compare(summary.id).catch(() => null);
      const comparison = (found instanceof JsonText ? JSON.parse(found.text) : found) as { quotes?: unknown[] } | null;
      for (const [i, quote] of (comparison?.quotes ?? []).entries()) {
        yield { type: 'quote', id: `${summary.id}:q${i}`, story_id: summary.id, ...(quote as object) };
      }
    }
    if (!page.next_cursor) return;
    cursor = page.next_cursor;
  }
}
