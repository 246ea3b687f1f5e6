// Stories for the server when the store does not persist them: the stored articles are replayed through
// analyze → cluster in storage order (the order ingest saw them, so assignments match a streaming run), and
// articles added later are assigned as they arrive. Comparisons of changed stories are computed in the
// background, so a reader opening a story finds its comparison ready.
import { createAnalyzer } from '../analyze/index.ts';
import { assignArticle, createClusterState, mergeConverged, resolveStory } from '../cluster/clusterer.ts';
import type { Article, ArticleId, Explanation, StoryId, StoryMerge, StorySummary } from '../model/index.ts';
import type { ArticleSummary, Store } from '../store/index.ts';
import type { StoryListParams } from './params.ts';
import { byActivity, pageStories } from './story-list.ts';
import type { StoryDetail, StoryPage, StoryService, StoryStatus } from './stories.ts';

type Member = ArticleSummary & { sequence: number; explanation: Explanation | null; agencies: readonly string[] };
type Snapshot = { readonly byStory: Map<StoryId, Member[]>; readonly sorted: StorySummary[]; readonly pages: Map<string, StoryPage> };

/** Names and terms listed per story summary. */
const TOP_KEYS = 6;
/** Search hits considered per query; a story list page needs far fewer. */
const SEARCH_HITS = 2000;
/** Distinct list queries whose pages are kept until the next article arrives. */
const CACHED_PAGES = 500;

export type ComparisonBuilder = (articles: readonly Article[], storyId: StoryId) => Promise<unknown>;

export function createMemoryStories(store: Store, options: { compare?: ComparisonBuilder } = {}): StoryService {
  const state = createClusterState();
  const analyze = createAnalyzer();
  const assigned = new Map<ArticleId, StoryId>();
  const members = new Map<StoryId, Member[]>();
  const merges: StoryMerge[] = [];
  /** Stories whose comparison should be (re)computed in the background. */
  const stale = new Set<StoryId>();
  let known = 0;
  let snapshot: Snapshot | null = null;
  let syncing: Promise<void> | null = null;
  let warming = false;

  const storyOfNow = (id: ArticleId): StoryId | null => {
    const s = assigned.get(id);
    return s ? resolveStory(state, s) : null;
  };

  async function syncNow(): Promise<void> {
    const count = await store.countArticles();
    if (count === known) return;
    const touched: StoryId[] = [];
    for await (const article of store.iterateArticles()) {
      if (assigned.has(article.id)) continue;
      const { assignment, merges: merged } = assignArticle(state, article, analyze(article));
      assigned.set(article.id, assignment.story_id);
      merges.push(...merged);
      touched.push(assignment.story_id);
      const { id, source, title, published_at, language, word_count, agencies } = article;
      const list = members.get(assignment.story_id) ?? [];
      list.push({ id, source, title, published_at, language, word_count, agencies, sequence: assignment.sequence, explanation: assignment.created ? null : assignment.explanation });
      members.set(assignment.story_id, list);
    }
    merges.push(...mergeConverged(state));
    for (const id of touched) stale.add(resolveStory(state, id));
    known = count;
    snapshot = null;
  }

  /** One sync at a time; callers during a sync wait for it. */
  async function sync(): Promise<Snapshot> {
    syncing ??= syncNow().finally(() => (syncing = null));
    await syncing;
    return (snapshot ??= takeSnapshot());
  }

  function takeSnapshot(): Snapshot {
    const byStory = new Map<StoryId, Member[]>();
    for (const [sid, list] of members) {
      const root = resolveStory(state, sid);
      const into = byStory.get(root);
      if (into) into.push(...list);
      else byStory.set(root, [...list]);
    }
    for (const list of byStory.values()) list.sort((a, b) => a.sequence - b.sequence);
    const sorted = [...byStory].map(([id, list]) => summarize(id, list)).sort(byActivity);
    return { byStory, sorted, pages: new Map() };
  }

  function summarize(id: StoryId, ordered: Member[]): StorySummary {
    const dates = ordered.map((m) => m.published_at).filter((d): d is string => d !== null).sort();
    const live = state.active.get(id);
    const top = (m: Map<string, number> | undefined, label?: Map<string, string>) =>
      m ? [...new Set([...m].sort((a, b) => b[1] - a[1]).map(([k]) => label?.get(k) ?? k))].slice(0, TOP_KEYS) : [];
    return {
      id,
      title: ordered.find((m) => m.title)?.title ?? null,
      article_count: ordered.length,
      sources: [...new Set(ordered.map((m) => m.source).filter((s): s is string => s !== null))],
      first_published: dates[0] ?? null,
      last_published: dates[dates.length - 1] ?? null,
      top_entities: top(live?.entities, live?.entity_labels),
      top_terms: top(live?.body),
    };
  }

  async function detail(id: StoryId): Promise<StoryDetail | null> {
    const snap = await sync();
    const root = resolveStory(state, id);
    const list = snap.byStory.get(root);
    if (!list) return null;
    return { story: summarize(root, list), articles: list, links: [], merges: merges.filter((m) => m.into === root) };
  }

  async function compare(id: StoryId): Promise<unknown | null> {
    const found = await detail(id);
    if (!found) return null;
    const articles = (await Promise.all(found.articles.map((a) => store.getArticle(a.id)))).filter((a): a is Article => a !== null);
    if (options.compare) return options.compare(articles, found.story.id);
    return { articles: articles.map(({ id: aid, source, title, published_at, dateline, agencies, word_count }) => ({ id: aid, source, title, published_at, dateline, agencies, word_count })) };
  }

  /** Computes stale comparisons one story per event-loop turn, newest activity first, so requests keep flowing. */
  async function warmComparisons(): Promise<void> {
    if (warming || !options.compare) return;
    warming = true;
    try {
      for (;;) {
        const snap = await sync();
        const next = snap.sorted.find((s) => stale.has(s.id));
        if (!next) return;
        stale.delete(next.id);
        if (next.article_count > 1) await compare(next.id);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      warming = false;
    }
  }

  return {
    async list(params: StoryListParams): Promise<StoryPage> {
      const snap = await sync();
      const key = JSON.stringify(params);
      const cached = snap.pages.get(key);
      if (cached) return cached;
      let matches: Set<StoryId> | null = null;
      if (params.q) {
        const ids = await store.searchArticles({ text: params.q, limit: SEARCH_HITS });
        matches = new Set(ids.map(storyOfNow).filter((s): s is StoryId => s !== null));
      }
      const page = pageStories(snap.sorted, params, matches);
      if (snap.pages.size < CACHED_PAGES) snap.pages.set(key, page);
      return page;
    },
    get: detail,
    compare,
    async storyOf(articleId: string): Promise<StoryId | null> {
      await sync();
      return storyOfNow(articleId as ArticleId);
    },
    async warm(): Promise<void> {
      await sync();
      void warmComparisons();
    },
    async status(): Promise<StoryStatus> {
      const snap = await sync();
      return { articles: known, stories: snap.sorted.length, comparisons_pending: options.compare ? [...stale].filter((id) => (snap.byStory.get(id)?.length ?? 0) > 1).length : 0 };
    },
  };
}
