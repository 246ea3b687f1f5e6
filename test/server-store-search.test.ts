// The store additions the server reads: full-text search kept in step with articles, sources, streaming.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSqliteStore } from '../src/store/index.ts';
import { ftsQuery } from '../src/store/sqlite/fts-query.ts';
import { makeArticle } from './fixtures/stories/make-article.ts';
import { htmlText, type Article, type RawBody, type RawId } from '../src/model/index.ts';

function storeWith(articles: Article[]) {
  const store = openSqliteStore(':memory:');
  const raws = articles.map((a) => ({
    raw: { id: a.raw_id as RawId, origin: a.origin, body: { kind: 'text', text: a.text } as const, hints: {} },
    rejectedReason: null,
  }));
  return { store, ready: store.saveBatch({ raws, articles, templateLines: [] }) };
}

describe('article search', () => {
  it('finds articles by title and body words, with the last word as a prefix', async () => {
    const { store, ready } = storeWith([
      makeArticle({ id: 'a1', title: 'Kerry meets Lavrov', text: 'Talks in Washington.', source: 'RIA' }),
      makeArticle({ id: 'a2', title: 'Storm hits coast', text: 'Heavy rain in Florida.', source: 'AP' }),
    ]);
    await ready;
    assert.deepEqual(await store.searchArticles({ text: 'lavrov' }), ['a1']);
    assert.deepEqual(await store.searchArticles({ text: 'florid' }), ['a2']);
    assert.deepEqual(await store.searchArticles({ text: 'kerry rain' }), []);
    await store.close();
  });

  it('treats FTS syntax in the query as plain words', async () => {
    assert.equal(ftsQuery('NEAR( "x" OR y*'), '"NEAR" "x" "OR" "y"*');
    assert.equal(ftsQuery('  !!! '), null);
    const { store, ready } = storeWith([makeArticle({ id: 'a1', text: 'x or y' })]);
    await ready;
    assert.deepEqual(await store.searchArticles({ text: 'AND) OR (' }), []);
    await store.close();
  });

  it('follows re-cleaned and removed articles', async () => {
    const { store, ready } = storeWith([makeArticle({ id: 'a1', text: 'Old words here.' })]);
    await ready;
    await store.replaceArticles({ articles: [makeArticle({ id: 'a1', text: 'New words here.' })], rejected: [] });
    assert.deepEqual(await store.searchArticles({ text: 'old' }), []);
    assert.deepEqual(await store.searchArticles({ text: 'new' }), ['a1']);
    await store.replaceArticles({ articles: [], rejected: [{ rawId: 'raw-a1' as RawId, reason: 'gone' }] });
    assert.deepEqual(await store.searchArticles({ text: 'new' }), []);
    await store.close();
  });

  it('follows an article stored again from another raw input, its text changed or not', async () => {
    const { store, ready } = storeWith([makeArticle({ id: 'a1', title: 'Ferry fares', text: 'Old words here.' })]);
    await ready;
    const again = (article: Article, raw: string) =>
      store.saveBatch({ raws: [{ raw: { id: raw as RawId, origin: article.origin, body: { kind: 'text', text: article.text }, hints: {} }, rejectedReason: null }], articles: [{ ...article, raw_id: raw as RawId }], templateLines: [] });
    await again(makeArticle({ id: 'a1', title: 'Ferry fares', text: 'Old words here.' }), 'raw-b1');
    assert.deepEqual(await store.searchArticles({ text: 'old ferry' }), ['a1']);
    await again(makeArticle({ id: 'a1', title: 'Ferry fares', text: 'New words here.' }), 'raw-c1');
    assert.deepEqual(await store.searchArticles({ text: 'old' }), []);
    assert.deepEqual(await store.searchArticles({ text: 'new ferry' }), ['a1']);
    await again(makeArticle({ id: 'a1', title: 'Bridge tolls', text: 'New words here.' }), 'raw-d1');
    assert.deepEqual(await store.searchArticles({ text: 'ferry' }), []);
    assert.deepEqual(await store.searchArticles({ text: 'bridge new' }), ['a1']);
    await store.close();
  });

  it('stores an HTML body given with its UTF-8 bytes as the same text', async () => {
    const html = '<p>Caf\u00e9 \u201cquotes\u201d \u{1F600}\u0000 end</p>';
    const store = openSqliteStore(':memory:');
    const raw = (id: string, body: RawBody) => ({ raw: { id: id as RawId, origin: { file: `${id}.html` }, body, hints: {} }, rejectedReason: 'no text' });
    await store.saveBatch({ raws: [raw('r1', { kind: 'html', utf8: Buffer.from(html, 'utf8') }), raw('r2', { kind: 'html', html })], articles: [], templateLines: [] });
    // Read back as its bytes (as reclean parses it), the same text.
    const stored = (await store.getRaw('r1' as RawId))?.body;
    assert.ok(stored?.kind === 'html' && 'utf8' in stored);
    assert.equal(htmlText(stored), html);
    const bodies = store.db.prepare('SELECT typeof(body) AS type, hex(body) AS bytes FROM raw_inputs ORDER BY seq').all() as Array<{ type: string; bytes: string }>;
    assert.deepEqual(bodies[0], bodies[1]);
    assert.equal(bodies[0]!.type, 'text');
    await store.close();
  });

  it('lists outlets by article count and streams every article', async () => {
    const { store, ready } = storeWith([
      makeArticle({ id: 'a1', text: 'One.', source: 'AP' }),
      makeArticle({ id: 'a2', text: 'Two.', source: 'AP' }),
      makeArticle({ id: 'a3', text: 'Three.', source: 'RIA' }),
    ]);
    await ready;
    assert.deepEqual(await store.listSources(), [{ source: 'AP', articles: 2 }, { source: 'RIA', articles: 1 }]);
    const ids: string[] = [];
    for await (const a of store.iterateArticles()) ids.push(a.id);
    assert.deepEqual(ids, ['a1', 'a2', 'a3']);
    await store.close();
  });
});
