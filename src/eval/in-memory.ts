// Runs analyze → cluster over labeled records without a store: for tuning loops and for scoring pairs.
import type { Article, ArticleId, RawId } from '../model/index.ts';
import { createAnalyzer, type Analyzer } from '../analyze/index.ts';
import { assignArticle, createClusterState, mergeConverged, resolveStory, type ClusterState } from '../cluster/clusterer.ts';
import type { ClusterConfig } from '../cluster/config.ts';

export type PlainRecord = {
  readonly id: string;
  readonly text: string;
  readonly title?: string | null | undefined;
  readonly source?: string | null | undefined;
  readonly published_at?: string | null | undefined;
  readonly language?: string | null | undefined;
};

/** A record as a cleaned article, when the text is already clean (evaluation sets): lines become paragraphs. */
export function articleFromRecord(record: PlainRecord): Article {
  const paragraphs = record.text.split(/\n+/u).map((line) => line.trim()).filter((line) => line.length > 0);
  const text = paragraphs.join('\n\n');
  return {
    id: record.id as ArticleId,
    raw_id: record.id as RawId,
    origin: { file: 'memory' },
    title: record.title ?? null,
    source: record.source ?? null,
    url: null,
    published_at: record.published_at ?? null,
    partial_date: null,
    dateline: null,
    agencies: [],
    byline: null,
    language: record.language ?? null,
    word_count: text.split(/\s+/u).length,
    paragraphs,
    text,
    extra: {},
  };
}

export type InMemoryRun = { readonly state: ClusterState; readonly labels: Map<string, string> };

/** Clusters articles in the given order, runs a final merge pass, and returns each article's final story. */
export function clusterInMemory(articles: readonly Article[], config: Partial<ClusterConfig> = {}, analyzer: Analyzer = createAnalyzer()): InMemoryRun {
  const state = createClusterState(config);
  const assigned = new Map<string, string>();
  for (const article of articles) {
    const { assignment, splits } = assignArticle(state, article, analyzer(article));
    assigned.set(article.id, assignment.story_id);
    for (const split of splits) for (const member of split.moved) assigned.set(member.article_id, member.story_id);
  }
  mergeConverged(state);
  const labels = new Map<string, string>();
  for (const [article, story] of assigned) labels.set(article, resolveStory(state, story as never));
  return { state, labels };
}
