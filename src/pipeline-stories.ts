// The story half of the pipeline: stored articles → analyze → dedup → cluster, persisted per batch.
// Cluster state lives in memory; on open, the stories still in the time window are rebuilt from their stored
// members (see pipeline-restore.ts), so a resumed ingest processes only what is not assigned yet.
import { setImmediate } from 'node:timers/promises';
import type { Article, ArticleId, ArticleLink, StoryId, StoryMember, StoryMerge, StorySplitOff } from './model/index.ts';
import type { Analysis } from './model/analysis.ts';
import { createAnalyzer, type AnalyzeConfig } from './analyze/index.ts';
import { createDeduplicator, DEFAULT_DEDUP_CONFIG, type DedupConfig } from './dedup/index.ts';
import { assignArticle, createClusterState, mergeConverged, resolveStory, summarizeStory, type ClusterConfig, type ClusterState, type StoryState } from './cluster/index.ts';
import { restoreWindow } from './pipeline-restore.ts';
import type { Store } from './store/index.ts';
import type { WriterOptions } from './pipeline.ts';

export type StoryEngineOptions = {
  readonly analyze?: Partial<AnalyzeConfig>;
  readonly dedup?: Partial<DedupConfig>;
  readonly cluster?: Partial<ClusterConfig>;
};

export type StoryBatchSummary = {
  readonly articles: number;
  readonly stories_created: number;
  readonly links: number;
  readonly merges: number;
  /** Stories split off when a story's members turned out to tell two events (src/cluster/refine.ts). */
  readonly splits: number;
};

export type StoryEngine = {
  /** Analyses, links and story assignments for articles just stored, saved in one transaction. */
  process(articles: readonly Article[]): Promise<StoryBatchSummary>;
  /** A merge pass over stories that changed (the end of an ingest run, `parallax recluster`). */
  mergeNow(): Promise<readonly StoryMerge[]>;
  readonly state: ClusterState;
};

export async function openStoryEngine(store: Store, options: StoryEngineOptions = {}): Promise<StoryEngine> {
  const analyze = createAnalyzer(options.analyze);
  const dedup = await createDeduplicator(options.dedup);
  const state = createClusterState(options.cluster);

  /**
   * The stories a batch touched, summarised when the batch is saved. The story object is kept, not its id:
   * a later article of the same batch can move the window on and evict a story from memory, but the evicted
   * object is its final state. Stories absorbed by a merge are left out (the merge removes them).
   */
  const createSummaries = () => {
    const touched = new Map<StoryId, StoryState>();
    const note = (id: StoryId) => {
      const root = resolveStory(state, id);
      const story = state.active.get(root);
      if (story !== undefined) touched.set(root, story);
    };
    const collect = () => [...touched].filter(([id]) => resolveStory(state, id) === id).map(([, story]) => summarizeStory(story));
    return { note, collect };
  };

  const pending = await restoreWindow(store, { state, dedup, analyze, dedupWindow: options.dedup?.maxIndexed ?? DEFAULT_DEDUP_CONFIG.maxIndexed });

  const engine: StoryEngine = {
    state,
    async process(articles) {
      const analyses: Analysis[] = [];
      const links: ArticleLink[] = [];
      // By article: a split re-records members moved to a new story, this batch's or earlier ones.
      const members = new Map<ArticleId, StoryMember>();
      const merges: StoryMerge[] = [];
      const splitOffs: StorySplitOff[] = [];
      const touched = createSummaries();
      let created = 0;
      for (const article of articles) {
        const analysis = analyze(article);
        analyses.push(analysis);
        links.push(...dedup.add(article.id, article.text, article.published_at));
        const { assignment, splits, merges: merged } = assignArticle(state, article, analysis);
        if (assignment.created) created++;
        members.set(assignment.article_id, {
          article_id: assignment.article_id,
          story_id: assignment.story_id,
          sequence: assignment.sequence,
          explanation: assignment.created ? null : assignment.explanation,
        });
        touched.note(assignment.story_id);
        for (const split of splits) {
          splitOffs.push({ from: split.from, into: split.into, score: split.score });
          for (const member of split.moved) members.set(member.article_id, member);
          touched.note(split.from);
          touched.note(split.into);
        }
        merges.push(...merged);
        for (const merge of merged) touched.note(merge.into);
      }
      // Members saved before a merge in this batch are moved by the store; members of this batch need resolving.
      const resolved = [...members.values()].map((member) => ({ ...member, story_id: resolveStory(state, member.story_id) }));
      await store.saveStoryBatch({ analyses, links, members: resolved, merges, splits: splitOffs, stories: touched.collect() });
      return { articles: articles.length, stories_created: created, links: links.length, merges: merges.length, splits: splitOffs.length };
    },
    async mergeNow() {
      const merges = mergeConverged(state);
      const touched = createSummaries();
      for (const merge of merges) touched.note(merge.into);
      if (merges.length > 0) await store.saveStoryBatch({ analyses: [], links: [], members: [], merges, stories: touched.collect() });
      return merges;
    },
  };
  if (pending.length > 0) await engine.process(pending);
  return engine;
}

/** `stopped`: asked to stop (Ctrl-C) after a batch; the articles not reached have no story until the next ingest or recluster. */
export type ReclusterSummary = { readonly articles: number; readonly stories: number; readonly merges: number; readonly stopped: boolean };

export type ReclusterOptions = StoryEngineOptions & WriterOptions;

/** Forgets all stories and links and rebuilds them from the stored articles, in storage order. */
export function recluster(store: Store, options: ReclusterOptions = {}, batchSize = 500): Promise<ReclusterSummary> {
  return store.writeExclusively(() => reclusterNow(store, options, batchSize), options.onWait);
}

async function reclusterNow(store: Store, options: ReclusterOptions, batchSize: number): Promise<ReclusterSummary> {
  // Told to stop while waiting for another writer: stop before the stories are cleared, so they stay as they were.
  if (options.shouldStop?.()) return { articles: 0, stories: await store.countStories(), merges: 0, stopped: true };
  await store.clearStories();
  const engine = await openStoryEngine(store, options);
  let batch: Article[] = [];
  let articles = 0;
  let merges = 0;
  for await (const article of store.iterateArticles()) {
    batch.push(article);
    if (batch.length >= batchSize) {
      merges += (await engine.process(batch)).merges;
      articles += batch.length;
      batch = [];
      // A turn of the event loop, so a Ctrl-C handler runs between batches (the work itself is synchronous).
      await setImmediate();
      if (options.shouldStop?.()) return { articles, stories: await store.countStories(), merges, stopped: true };
    }
  }
  merges += (await engine.process(batch)).merges;
  articles += batch.length;
  merges += (await engine.mergeNow()).length;
  return { articles, stories: await store.countStories(), merges, stopped: false };
}
