// Story list semantics: newest activity first, filters, search, and cursors that page through everything once.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Article, ArticleId, RawId, StoryId, StorySummary } from '../src/model/index.ts';
import { createApp } from '../src/server/index.ts';
import { createStoreStories } from '../src/server/store-stories.ts';
import { createComparer } from '../src/server/comparisons.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';
import { makeArticle } from './fixtures/stories/make-article.ts';

function story(id: string, first: string | null, last: string | null, sources: string[]): StorySummary {
  return { id: id as StoryId, title: id, article_count: 1, sources, first_published: first, last_published: last, top_entities: [], top_terms: [] };
}

const STORIES = [
  { s: story('a', '2024-03-01T10:00:00Z', '2024-03-02T10:00:00Z', ['AP']), text: 'Harbor council votes on the ferry pier.' },
  { s: story('b', '2024-03-05T10:00:00Z', '2024-03-05T12:00:00Z', ['RIA', 'AP']), text: 'Kerry and Lavrov meet in Washington.' },
  { s: story('c', null, null, ['RIA']), text: 'An undated note about Lavrov.' },
  { s: story('d', '2024-03-03T00:00:00Z', '2024-03-09T00:00:00Z', ['AFP']), text: 'Flooding closes the river road.' },
  { s: story('e', '2024-03-05T10:00:00Z', '2024-03-05T12:00:00Z', ['AFP']), text: 'Budget vote delayed again.' },
];

async function seeded(): Promise<Store> {
  const store = openSqliteStore(':memory:');
  const articles: Article[] = STORIES.map(({ s, text }) => makeArticle({ id: `art-${s.id}`, text, source: s.sources[0]! }));
  await store.saveBatch({
    raws: articles.map((a) => ({ raw: { id: a.raw_id as RawId, origin: a.origin, body: { kind: 'text', text: a.text } as const, hints: {} }, rejectedReason: null })),
    articles,
    templateLines: [],
  });
  await store.saveStoryBatch({
    analyses: [],
    links: [],
    members: STORIES.map(({ s }, i) => ({ article_id: `art-${s.id}` as ArticleId, story_id: s.id, sequence: i, explanation: null })),
    merges: [],
    stories: STORIES.map(({ s }) => s),
  });
  return store;
}

describe('story list', () => {
  let app: ReturnType<typeof createApp>;
  const ids = async (query: string) => ((await (await app.request(`/api/stories${query}`)).json()) as { stories: StorySummary[] }).stories.map((s) => s.id);
  before(async () => {
    const store = await seeded();
    app = createApp({ store, stories: createStoreStories(store, createComparer()), webRoot: null });
  });

  it('orders by latest activity, ties by id, undated last', async () => {
    assert.deepEqual(await ids(''), ['d', 'e', 'b', 'a', 'c']);
  });

  it('pages with cursors through every story exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await app.request(`/api/stories?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await res.json()) as { stories: StorySummary[]; next_cursor: string | null };
      seen.push(...page.stories.map((s) => s.id));
      cursor = page.next_cursor;
    } while (cursor);
    assert.deepEqual(seen, ['d', 'e', 'b', 'a', 'c']);
  });

  it('filters by outlet, by date range overlap, and by full-text search', async () => {
    assert.deepEqual(await ids('?source=RIA'), ['b', 'c']);
    assert.deepEqual(await ids('?from=2024-03-04&to=2024-03-05'), ['d', 'e', 'b']);
    assert.deepEqual(await ids('?q=lavrov'), ['b', 'c']);
    assert.deepEqual(await ids('?q=lavrov&source=RIA&from=2024-03-01'), ['b']);
    assert.deepEqual(await ids('?q=%22%29%28*'), []);
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await app.request('/api/stories?cursor=bm9wZQ');
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'invalid_parameter');
  });
});
