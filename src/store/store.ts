// The storage seam: everything the pipeline, CLI and server need from a database. SQLite implements it
// today; a PostgreSQL store implements the same interface and runs the same contract tests.
import type { Article, ArticleId, RawId, RawInput } from '../model/index.ts';
import type { StoryStore } from './story-types.ts';
import type { StoryQueries } from './story-query.ts';

/** A raw input as stored, with what cleaning made of it. */
export type StoredRaw = RawInput & {
  readonly ingested_at: string;
  /** Why cleaning produced no article, when it did not. */
  readonly rejected_reason: string | null;
};

export type TemplateLines = { readonly source: string; readonly lineHashes: readonly string[] };

/** Pages seen per outlet, and per outlet the pages each line hash was seen on. */
export type TemplateCounts = { pages: Map<string, number>; lines: Map<string, Map<string, number>> };

/** One transaction's worth of pipeline output. */
export type IngestBatch = {
  readonly raws: ReadonlyArray<{ readonly raw: RawInput; readonly rejectedReason: string | null }>;
  readonly articles: readonly Article[];
  readonly templateLines: readonly TemplateLines[];
};

export type ArticleListQuery = { readonly limit?: number; readonly offset?: number; readonly source?: string };

/** Full-text search: `text` is the user's words (not FTS syntax); the last word also matches as a prefix. */
export type ArticleSearchQuery = { readonly text: string; readonly limit?: number; readonly offset?: number; readonly source?: string };

export type SourceCount = { readonly source: string; readonly articles: number };

export type ArticleSummary = Pick<Article, 'id' | 'source' | 'title' | 'published_at' | 'language' | 'word_count'>;

export interface Store extends StoryStore, StoryQueries {
  /** Writes a batch atomically: after a crash either all of it or none of it is stored. */
  saveBatch(batch: IngestBatch): Promise<void>;
  /**
   * Ids among these that are already stored, so re-running an ingest skips them, each with the reason it was
   * rejected when cleaning found no article in it (null when it was stored as an article).
   */
  knownRaws(ids: readonly RawId[]): Promise<Map<RawId, string | null>>;
  getRaw(id: RawId): Promise<StoredRaw | null>;
  /** Every stored raw input in ingest order, for re-cleaning. */
  allRaws(): AsyncIterable<StoredRaw>;
  /** Replaces cleaned articles (reclean); articles whose raw now fails cleaning are removed. */
  replaceArticles(batch: { articles: readonly Article[]; rejected: ReadonlyArray<{ rawId: RawId; reason: string }> }): Promise<void>;
  getArticle(id: ArticleId): Promise<Article | null>;
  listArticles(query?: ArticleListQuery): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Ids of the articles whose title or text match every word of the query, best match first. */
  searchArticles(query: ArticleSearchQuery): Promise<ArticleId[]>;
  /** Every stored article in storage order, streamed (exports). */
  iterateArticles(): AsyncIterable<Article>;
  /** Outlets with their article counts, most articles first (filters in the UI). */
  listSources(): Promise<SourceCount[]>;
  /** Outlet line counts: lines seen on at least two pages of an outlet, and pages seen per outlet. */
  loadTemplateCounts(): Promise<TemplateCounts>;
  /**
   * Runs work as the database's only writer of articles and stories (ingest, reclean, recluster), waiting for one in
   * another process or call to finish first; `onWait` is called once if it has to wait. Nested calls run at once.
   */
  writeExclusively<T>(work: () => Promise<T>, onWait?: () => void): Promise<T>;
  close(): Promise<void>;
}
