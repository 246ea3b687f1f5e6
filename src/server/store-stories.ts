// The server's stories, read from the store (ingest clusters as it stores), with comparisons computed from the
// stored analyses and cached; stories that change are compared again in the background.
import { setImmediate } from 'node:timers/promises';
import type { Analysis, Article, ArticleId, StoryId } from '../model/index.ts';
import type { Store } from '../store/index.ts';
import type { Comparer } from './comparisons.ts';
import { JsonText, Lru } from './lru.ts';
import type { StoryListParams } from './params.ts';
import { decodeCursor, encodeCursor } from './story-list.ts';
import type { StoryDetail, StoryPage, StoryService, StoryStatus } from './stories.ts';

/** Stories compared ahead of time when the server starts: the newest, which readers open most. */
const WARM_ON_START = 2000;
/** Comparisons kept as JSON text (a five-article story is ~30 KB): about 100 MB at most. */
const CACHED_COMPARISONS = 3000;
/** Distinct story-list queries whose pages are kept until the database changes. */
const CACHED_PAGES = 1000;

export function createStoreStories(store: Store, compare: Comparer): StoryService {
  const pending = new Set<StoryId>();
  let warming = false;
  // Keyed by the story and its exact members: a story is compared again only when its membership changes.
  const comparisons = new Lru<string, JsonText>(CACHED_COMPARISONS);
  const pages = new Lru<string, { page: StoryPage; json: JsonText }>(CACHED_PAGES);
  /** The comparison last served per story, valid while the database is unchanged (skips reading the story). */
  const served = new Lru<StoryId, { version: string; json: JsonText }>(CACHED_COMPARISONS);
  let pagesVersion = '';

  /** Drops cached pages when the database changed since they were made. */
  async function currentVersion(): Promise<string> {
    const version = await store.dataVersion();
    if (version !== pagesVersion) {
      pages.clear();
      pagesVersion = version;
    }
    return version;
  }

  async function cachedPage(params: StoryListParams): Promise<{ page: StoryPage; json: JsonText }> {
    await currentVersion();
    const key = JSON.stringify(params);
    const cached = pages.get(key);
    if (cached) return cached;
    const page = await listNow(params);
    const entry = { page, json: new JsonText(JSON.stringify(page)) };
    pages.set(key, entry);
    return entry;
  }

  async function get(id: StoryId): Promise<StoryDetail | null> {
    const stored = await store.getStory(id);
    if (!stored) return null;
    const articles = await Promise.all(
      stored.members.map(async (m) => {
        const full = await store.getArticle(m.article_id);
        const { id: aid, source, title, published_at, language, word_count } = m;
        return { id: aid, source, title, published_at, language, word_count, sequence: m.sequence, explanation: m.explanation, agencies: full?.agencies ?? [] };
      }),
    );
    return { story: stored.story, articles, links: stored.links, merges: stored.merges, splits: stored.splits };
  }

  async function compareStory(id: StoryId): Promise<JsonText | null> {
    const version = await currentVersion();
    const last = served.get(id);
    if (last && last.version === version) return last.json;
    const json = await compareNow(id);
    if (json) served.set(id, { version, json });
    return json;
  }

  async function compareNow(id: StoryId): Promise<JsonText | null> {
    const stored = await store.getStory(id);
    if (!stored) return null;
    const key = `${stored.story.id}\u0000${stored.members.map((m) => m.article_id).join(',')}`;
    const cached = comparisons.get(key);
    if (cached) return cached;
    const articles: Article[] = [];
    const analyses: Array<Analysis | null> = [];
    for (const m of stored.members) {
      const article = await store.getArticle(m.article_id);
      if (!article) continue;
      articles.push(article);
      analyses.push(await store.getAnalysis(m.article_id));
    }
    const json = new JsonText(JSON.stringify(await compare(articles, stored.story.id, { links: stored.links, analyses })));
    comparisons.set(key, json);
    return json;
  }

  /** Compares pending stories one per event-loop turn, so requests keep flowing meanwhile. */
  async function drain(): Promise<void> {
    if (warming) return;
    warming = true;
    try {
      for (const id of pending) {
        pending.delete(id);
        await compareStory(id);
        await setImmediate();
      }
    } finally {
      warming = false;
    }
  }

  async function listNow(params: StoryListParams): Promise<StoryPage> {
    const stories = await store.queryStories({
      limit: params.limit + 1,
      ...(params.q ? { text: params.q } : {}),
      ...(params.source ? { source: params.source } : {}),
      ...(params.from ? { from: params.from } : {}),
      ...(params.to ? { to: params.to } : {}),
      ...(params.cursor ? { after: decodeCursor(params.cursor) } : {}),
    });
    if (stories.length <= params.limit) return { stories, next_cursor: null };
    const page = stories.slice(0, params.limit);
    return { stories: page, next_cursor: encodeCursor(page[page.length - 1]!) };
  }

  return {
    list: async (params) => (await cachedPage(params)).page,
    listJson: async (params) => (await cachedPage(params)).json,
    get,
    compare: compareStory,
    storyOf: (articleId: string) => store.storyOfArticle(articleId as ArticleId),
    async warm(ids?: readonly StoryId[]): Promise<void> {
      const targets = ids ?? (await store.queryStories({ limit: WARM_ON_START })).filter((s) => s.article_count > 1).map((s) => s.id);
      for (const id of targets) pending.add(id);
      void drain();
    },
    async status(): Promise<StoryStatus> {
      return { articles: await store.countArticles(), stories: await store.countStories(), comparisons_pending: pending.size + (warming ? 1 : 0) };
    },
  };
}
