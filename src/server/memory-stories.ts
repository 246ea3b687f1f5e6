// Stories for the server when the store does not persist them: the stored articles are replayed through
// analyze → cluster in storage order (the order ingest saw them, so assignments match a streaming run), and
// articles added later are assigned as they arrive.
import { createAnalyzer } from '../analyze/index.ts';
import { assignArticle, createClusterState, mergeConverged, resolveStory } from '../cluster/clusterer.ts';
import type { Article, ArticleId, Explanation, StoryId, StoryMerge, StorySummary } from '../model/index.ts';
import type { ArticleSummary, Store } from '../store/index.ts';
import type { StoryListParams } from './params.ts';
import { byActivity, pageStories } from './story-list.ts';
import type { StoryArticle, StoryDetail, StoryPage, StoryService } from './stories.ts';

type Member = ArticleSummary & { sequence: number; explanation: Explanation | null; agencies: readonly string[] };
/** Names and terms listed per story summary. */
const TOP_KEYS = 6;
/** Search hits considered per query; a story list page needs far fewer. */
const SEARCH_HITS = 2000;

export type ComparisonBuilder = (articles: readonly Article[], storyId: StoryId) => Promise<unknown>;

export function createMemoryStories(store: Store, options: { compare?: ComparisonBuilder } = {}): StoryService {
  const state = createClusterState();
  const analyze = createAnalyzer();
  const assigned = new Map<ArticleId, StoryId>();
  const members = new Map<StoryId, Member[]>();
  const merges: StoryMerge[] = [];
  let known = 0;
  let sorted: StorySummary[] | null = null;
  let syncing: Promise<void> | null = null;

  const storyOfNow = (id: ArticleId): StoryId | null => {
    const s = assigned.get(id);
    return s ? resolveStory(state, s) : null;
  };

  async function syncNow(): Promise<void> {
    const count = await store.countArticles();
    if (count === known) return;
    for await (const article of store.iterateArticles()) {
      if (assigned.has(article.id)) continue;
      const step = assignArticle(state, article, analyze(article));
      assigned.set(article.id, step.assignment.story_id);
      merges.push(...step.merges);
      const { id, source, title, published_at, language, word_count, agencies } = article;
      const list = members.get(step.assignment.story_id) ?? [];
      list.push({ id, source, title, published_at, language, word_count, agencies, sequence: step.assignment.sequence, explanation: step.assignment.created ? null : step.assignment.explanation });
      members.set(step.assignment.story_id, list);
    }
    merges.push(...mergeConverged(state));
    known = count;
    sorted = null;
  }
  /** One sync at a time; callers during a sync wait for it. */
  const sync = async () => {
    syncing ??= syncNow().finally(() => (syncing = null));
    await syncing;
  };

  function membersOf(id: StoryId): Member[] {
    const out: Member[] = [];
    for (const [sid, list] of members) if (resolveStory(state, sid) === id) out.push(...list);
    return out.sort((a, b) => a.sequence - b.sequence);
  }

  function summaries(): StorySummary[] {
    if (sorted) return sorted;
    const grouped = new Map<StoryId, Member[]>();
    for (const [sid, list] of members) {
      const root = resolveStory(state, sid);
      grouped.set(root, [...(grouped.get(root) ?? []), ...list]);
    }
    sorted = [...grouped].map(([id, list]) => summarize(id, list)).sort(byActivity);
    return sorted;
  }

  function summarize(id: StoryId, list: Member[]): StorySummary {
    const ordered = [...list].sort((a, b) => a.sequence - b.sequence);
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

  return {
    async list(params: StoryListParams): Promise<StoryPage> {
      await sync();
      let matches: Set<StoryId> | null = null;
      if (params.q) {
        const ids = await store.searchArticles({ text: params.q, limit: SEARCH_HITS });
        matches = new Set(ids.map(storyOfNow).filter((s): s is StoryId => s !== null));
      }
      return pageStories(summaries(), params, matches);
    },
    async get(id: StoryId): Promise<StoryDetail | null> {
      await sync();
      const list = membersOf(resolveStory(state, id));
      if (list.length === 0) return null;
      const root = resolveStory(state, id);
      const articles: StoryArticle[] = list;
      return { story: summarize(root, list), articles, links: [], merges: merges.filter((m) => m.into === root) };
    },
    async compare(id: StoryId): Promise<unknown | null> {
      const detail = await this.get(id);
      if (!detail) return null;
      const articles = (await Promise.all(detail.articles.map((a) => store.getArticle(a.id)))).filter((a): a is Article => a !== null);
      return options.compare ? options.compare(articles, detail.story.id) : { articles: articles.map(({ id: aid, source, title, published_at, dateline, agencies, word_count }) => ({ id: aid, source, title, published_at, dateline, agencies, word_count })) };
    },
    async storyOf(articleId: string): Promise<StoryId | null> {
      await sync();
      return storyOfNow(articleId as ArticleId);
    },
  };
}
