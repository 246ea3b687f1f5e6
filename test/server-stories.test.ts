// Story endpoints over the seeds: the list, one story, its comparison, search, filters, and the full export.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ingest } from '../src/pipeline.ts';
import { createApp, stageSettings, storyServiceFor } from '../src/server/index.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { seedItems } from './e2e/harness.ts';

async function seededApp() {
  const store = openSqliteStore(':memory:');
  await ingest(store, (async function* () { yield* seedItems(); })());
  return createApp({ store, stories: storyServiceFor(store), settings: stageSettings(), webRoot: null });
}

const get = async (app: Awaited<ReturnType<typeof seededApp>>, path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};

describe('story endpoints', () => {
  let app: Awaited<ReturnType<typeof seededApp>>;
  before(async () => {
    app = await seededApp();
  });

  it('lists the two seed articles as one story with both outlets', async () => {
    const { status, body } = await get(app, '/api/stories');
    assert.equal(status, 200);
    assert.equal(body.stories.length, 1);
    assert.equal(body.stories[0].article_count, 2);
    assert.deepEqual([...body.stories[0].sources].sort(), ['Sputnik International', 'The Straits Times']);
    assert.equal(body.next_cursor, null);
  });

  it('finds the story by full-text search and filters it by outlet', async () => {
    assert.equal((await get(app, '/api/stories?q=snowden%20asylum')).body.stories.length, 1);
    assert.equal((await get(app, '/api/stories?q=hock')).body.stories.length, 1, 'prefix of "hockey"');
    assert.equal((await get(app, '/api/stories?q=zebra')).body.stories.length, 0);
    assert.equal((await get(app, '/api/stories?source=The%20Straits%20Times')).body.stories.length, 1);
    assert.equal((await get(app, '/api/stories?source=Nobody')).body.stories.length, 0);
  });

  it('returns a story with its articles and why each joined', async () => {
    const id = (await get(app, '/api/stories')).body.stories[0].id;
    const { status, body } = await get(app, `/api/stories/${id}`);
    assert.equal(status, 200);
    assert.equal(body.articles.length, 2);
    assert.equal(body.articles[0].explanation, null);
    assert.match(body.articles[1].explanation.summary, /joined because/);
  });

  it('compares the story: the Kerry quotes matched across outlets, the Lavrov quote in one', async () => {
    const id = (await get(app, '/api/stories')).body.stories[0].id;
    const { status, body } = await get(app, `/api/stories/${id}/compare`);
    assert.equal(status, 200);
    const kerryShared = body.quotes.filter((q: any) => /Kerry/.test(q.speaker ?? '') && q.sources.length === 2);
    assert.ok(kerryShared.length >= 3, `3 shared Kerry quotes, got ${kerryShared.length}`);
    const lavrov = body.quotes.find((q: any) => q.variants.some((v: any) => /full agenda/.test(v.text)));
    assert.deepEqual(lavrov.sources, ['Sputnik International']);
    assert.ok(body.sentences.some((s: any) => s.status === 'shared'));
  });

  it('says which story an added article joined, and lists it', async () => {
    const fresh = await seededApp();
    const res = await fresh.request('/api/articles?source=Test%20Wire', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'HARBOR CITY (Test Wire) - The harbor council voted on Tuesday to rebuild the old ferry pier after a storm damaged it last winter.\n\nThe new pier will cost 12 million dollars and should open in two years, the council chair said.',
    });
    assert.equal(res.status, 201);
    const { stored } = (await res.json()) as { stored: Array<{ story_id: string | null }> };
    assert.ok(stored[0]!.story_id);
    const listed = (await get(fresh, '/api/stories')).body.stories.map((s: { id: string }) => s.id);
    assert.ok(listed.includes(stored[0]!.story_id));
  });

  it('answers unknown stories with 404 and a bad cursor with 400', async () => {
    assert.equal((await get(app, '/api/stories/s-nope')).body.error.code, 'not_found');
    assert.equal((await get(app, '/api/stories/s-nope/compare')).status, 404);
    assert.equal((await get(app, '/api/stories?cursor=garbage')).status, 400);
    assert.equal((await get(app, '/api/stories?from=yesterday')).status, 400);
  });

  it('answers a date filter naming no real day or time with 400, not a silently wrong list', async () => {
    for (const date of ['2023-99-99', '2023-02-30', '2023-01-01T25:00', '2023-01-01T10:61', '2025-07-22T...', '2023-01-01T1']) {
      const res = await get(app, `/api/stories?from=${date}`);
      assert.equal(res.status, 400, date);
      assert.equal(res.body.error.code, 'invalid_parameter');
    }
    for (const date of ['2024-02-29', '2024-03-04T10', '2024-03-04T10:30:00.5Z', '2024-03-04T10:30+0200']) {
      assert.equal((await get(app, `/api/stories?to=${encodeURIComponent(date)}`)).status, 200, date);
    }
  });

  it('exports articles, the story with its members, and its quote groups, citing the settings used', async () => {
    const text = await (await app.request('/api/export')).text();
    const records = text.trim().split('\n').map((line) => JSON.parse(line));
    const header = records[0];
    assert.equal(header.type, 'export');
    assert.ok(header.settings.cluster.joinThreshold > 0);
    const articles = records.filter((r) => r.type === 'article');
    const stories = records.filter((r) => r.type === 'story');
    assert.equal(articles.length, 2);
    assert.equal(stories.length, 1);
    assert.ok(articles.every((a) => a.story_id === stories[0].id));
    assert.equal(stories[0].members.length, 2);
    assert.ok(records.filter((r) => r.type === 'quote').length >= 4);
    const again = await (await app.request('/api/export')).text();
    const stable = (t: string) => t.split('\n').slice(1).join('\n');
    assert.equal(stable(again), stable(text), 'same data, same export (apart from the timestamp)');
  });
});
