// What the server needs to show stories and comparisons. The cluster and compare stages provide the data;
// this seam lets the HTTP layer (and its tests) run before, and independently of, how they store it.
import type { ArticleLink, Explanation, StoryId, StoryMerge, StorySplitOff, StorySummary } from '../model/index.ts';
import type { ArticleSummary } from '../store/index.ts';
import type { JsonText } from './lru.ts';
import type { StoryListParams } from './params.ts';

export type StoryPage = { readonly stories: readonly StorySummary[]; readonly next_cursor: string | null };

export type StoryArticle = ArticleSummary & {
  readonly sequence: number;
  /** Why the article joined the story; null for the article that started it. */
  readonly explanation: Explanation | null;
  readonly agencies: readonly string[];
};

export type StoryDetail = {
  readonly story: StorySummary;
  readonly articles: readonly StoryArticle[];
  readonly links: readonly ArticleLink[];
  readonly merges: readonly StoryMerge[];
  /** The story this one was split off from, and the stories split off this one. */
  readonly splits: readonly StorySplitOff[];
};

/** How far the service has caught up with the store: stories built, comparisons still being computed. */
export type StoryStatus = { readonly articles: number; readonly stories: number; readonly comparisons_pending: number };

export interface StoryService {
  list(query: StoryListParams): Promise<StoryPage>;
  /** The same page already serialised, when the service caches it (the server then skips JSON.stringify). */
  listJson?(query: StoryListParams): Promise<JsonText>;
  get(id: StoryId): Promise<StoryDetail | null>;
  /** The comparison of "Compare coverage" as JSON, or null for an unknown story. */
  compare(id: StoryId): Promise<unknown | null>;
  /** The story an article belongs to, if stories are known. */
  storyOf(articleId: string): Promise<StoryId | null>;
  /** Queues comparisons to compute in the background: these stories (changed ones), or the newest when none are named. */
  warm?(stories?: readonly StoryId[]): Promise<void>;
  status?(): Promise<StoryStatus>;
}
