// The story list the server pages through: filters, full-text search and keyset paging, newest activity first.
import type { StoryId } from '../model/index.ts';

/** Where the previous page ended: its last story's activity (latest date, '' when undated) and id. */
export type StoryCursor = { readonly activity: string; readonly id: string };

export type StoryQuery = {
  /** The user's search words (not FTS syntax): stories with an article matching all of them. */
  readonly text?: string;
  /** How many matching articles (the newest) the search considers; the store has a default. */
  readonly maxHits?: number;
  /** Only stories with an article from this outlet. */
  readonly source?: string;
  /** Only stories whose span overlaps [from, to]; ISO dates or datetimes, compared at the precision given. */
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly after?: StoryCursor;
};

export interface StoryQueries {
  /** Ordered by activity (latest publication, undated last), then id, both descending. */
  queryStories(query: StoryQuery): Promise<import('../model/index.ts').StorySummary[]>;
  /** Changes whenever the database changes, by this process or another: lets readers cache query results. */
  dataVersion(): Promise<string>;
  /** The (merge-resolved) story an article belongs to. */
  storyOfArticle(id: string): Promise<StoryId | null>;
}
