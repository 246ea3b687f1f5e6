// What the store keeps for stories: analyses, copy links, memberships with explanations, merges, summaries.
import type { Analysis, ArticleId, ArticleLink, StoryId, StoryMember, StoryMerge, StorySplitOff, StorySummary } from '../model/index.ts';
import type { ArticleSummary } from './store.ts';

/** One transaction's worth of analyze → dedup → cluster output. */
export type StoryBatch = {
  readonly analyses: readonly Analysis[];
  readonly links: readonly ArticleLink[];
  readonly members: readonly StoryMember[];
  readonly merges: readonly StoryMerge[];
  /** Stories split off others in this batch (their moved members are in `members`). */
  readonly splits?: readonly StorySplitOff[];
  /** Current summaries of the stories the batch touched; absorbed stories are removed by `merges`. */
  readonly stories: readonly StorySummary[];
};

export type StoryListQuery = { readonly limit?: number; readonly offset?: number };

export type StoredStoryMember = StoryMember & ArticleSummary;

export type StoredStory = {
  readonly story: StorySummary;
  /** In arrival order. */
  readonly members: readonly StoredStoryMember[];
  /** Duplicate and copy links among (and from) the members. */
  readonly links: readonly ArticleLink[];
  /** Stories this one absorbed. */
  readonly merges: readonly StoryMerge[];
  /** The story this one was split off from, and the stories split off this one. */
  readonly splits: readonly StorySplitOff[];
};

/** The story half of the Store contract. */
export interface StoryStore {
  saveStoryBatch(batch: StoryBatch): Promise<void>;
  getAnalysis(id: ArticleId): Promise<Analysis | null>;
  /** Most recently active first (newest last_published, then most articles). */
  listStories(query?: StoryListQuery): Promise<StorySummary[]>;
  /** Follows merges: asking for an absorbed story returns the story that absorbed it. */
  getStory(id: StoryId): Promise<StoredStory | null>;
  countStories(): Promise<number>;
  /** Every clustered article's (current, merge-resolved) story: for resuming a stream and for evaluation. */
  articleStories(): Promise<Map<ArticleId, StoryId>>;
  /** Forgets all stories, memberships, merges, splits and links (before `recluster`); analyses stay. */
  clearStories(): Promise<void>;
}
