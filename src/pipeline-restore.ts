// Resuming a stream: the clusterer's window is rebuilt from the stored assignments instead of clustering every
// stored article again. Assignments in the store are facts, so nothing already assigned is re-decided: only the
// stories still in the time window are rebuilt in memory (from all their members, in storage order), and dedup
// remembers the most recent texts. Only the window's articles are read and analysed again; the replay of the window
// rule reads one (story, time) pair per stored article.
import type { Article, StoryId } from './model/index.ts';
import { publicationSpan, type PublicationSpan } from './model/published.ts';
import type { Analyzer } from './analyze/index.ts';
import type { Deduplicator } from './dedup/index.ts';
import { signalOf, type ClusterState } from './cluster/index.ts';
import { STOPPED_CLOCK, storiesLeavingWindow, tickClock, type StreamClock, type WindowRule } from './cluster/window.ts';
import { joinStory } from './cluster/clusterer.ts';
import { newStoryState } from './cluster/story-state.ts';
import type { Store } from './store/index.ts';


/** A stored article's story and publication span (as the clusterer reads it: the clock at its start, the story's end at its end). */
type Assigned = { readonly story: StoryId; readonly published: PublicationSpan | null };

/** What the clusterer's window looked like after the last stored article. */
export type WindowAtEnd = { readonly stories: ReadonlySet<StoryId>; readonly clock: StreamClock };

export type RestoreContext = {
  readonly state: ClusterState;
  readonly dedup: Deduplicator;
  readonly analyze: Analyzer;
  /** How many of the most recent texts dedup remembers (`DedupConfig.maxIndexed`). */
  readonly dedupWindow: number;
};

/**
 * Replays the clusterer's clock and eviction passes over the assigned articles (storage order = arrival order)
 * without any vectors: which stories were still in memory after the last one. Stories are the stored
 * (merge-resolved) ones, so an absorbed story's members count for the story that absorbed it.
 */
export function windowAtEnd(assigned: readonly Assigned[], rule: WindowRule): WindowAtEnd {
  const spans = new Map<StoryId, { last: number | null; last_sequence: number }>();
  let clock = STOPPED_CLOCK;
  // The clusterer numbers arrivals from 1 and counts the arriving article before it evicts.
  let sequence = 0;
  const evict = (): void => {
    for (const id of storiesLeavingWindow(spans, clock.newest, rule)) spans.delete(id);
  };
  assigned.forEach(({ story, published }) => {
    sequence++;
    const moved = published === null ? null : tickClock(clock, published.start, rule);
    if (moved !== null) clock = moved.clock;
    if (moved?.evict || spans.size > rule.maxActiveStories) evict();
    let span = spans.get(story);
    if (span === undefined) {
      span = { last: null, last_sequence: 0 };
      spans.set(story, span);
    }
    if (published !== null) span.last = span.last === null ? published.end : Math.max(span.last, published.end);
    span.last_sequence = sequence;
  });
  return { stories: new Set(spans.keys()), clock };
}

/**
 * Rebuilds the cluster window and the dedup index from the store, and returns the stored articles that have no
 * story yet (storage order), for the caller to process. Corpus statistics (document frequencies) then count the
 * rebuilt stories' members only, not every article ever stored: the window's articles are what later articles
 * are compared with, and weights are ratios, so the IDF of the window is a close stand-in.
 */
export async function restoreWindow(store: Store, context: RestoreContext): Promise<Article[]> {
  const { state, dedup, analyze } = context;
  const clustered = await store.articleStories();
  if (clustered.size === 0) return [];
  const assigned: Assigned[] = [];
  const pending: Article[] = [];
  for await (const article of store.iterateArticles()) {
    const story = clustered.get(article.id);
    if (story === undefined) pending.push(article);
    else assigned.push({ story, published: publicationSpan(article.published_at) });
  }
  const window = windowAtEnd(assigned, state.config);
  const rememberFrom = assigned.length - context.dedupWindow;
  let sequence = 0;
  for await (const article of store.iterateArticles()) {
    const story = clustered.get(article.id);
    if (story === undefined) continue;
    sequence++;
    if (sequence > rememberFrom) dedup.remember(article.id, article.text, article.published_at);
    if (!window.stories.has(story)) continue;
    // The sequence the article had when it was assigned: story ages and least-recently-joined order depend on it.
    state.sequence = sequence;
    const signal = signalOf(state, article, analyze(article));
    let current = state.active.get(story);
    if (current === undefined) {
      current = newStoryState(story, sequence);
      state.active.set(story, current);
    }
    joinStory(state, current, signal);
  }
  state.sequence = assigned.length;
  state.clock = window.clock;
  state.sinceMerge = 0;
  // The stored stories already went through merge passes; only stories that change from now on are compared.
  for (const story of state.active.values()) story.dirty = false;
  return pending;
}
