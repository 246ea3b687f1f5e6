// Feeds and web archives: every item or HTML response becomes an article with the metadata its container gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCleaner } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import type { IngestItem } from '../src/model/index.ts';

const FORMATS = new URL('./fixtures/formats/', import.meta.url).pathname;

async function collect(path: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs([path])) items.push(item);
  return items;
}

describe('RSS feed input', () => {
  it('turns each item into an article with the feed title as outlet and the item author as byline', async () => {
    const [first, second] = await collect(`${FORMATS}feed.rss`);
    assert.ok(first?.ok);
    const result = createCleaner()(first.raw);
    assert.ok(result.ok);
    assert.equal(result.article.source, 'Valley Gazette');
    assert.equal(result.article.title, 'Council approves new bridge over the Aare');
    assert.equal(result.article.byline, 'Lena Hofer');
    assert.equal(result.article.published_at, '2024-03-12T09:30:00.000Z');
    assert.equal(result.article.paragraphs.length, 2);
    assert.deepEqual(second, { ok: false, rejection: { origin: { file: `${FORMATS}feed.rss`, line: 2 }, reason: 'feed item has no content or description' } });
  });
});

describe('WARC input', () => {
  for (const name of ['archive.warc', 'archive.warc.gz']) {
    it(`reads the HTML response of ${name} with its target URL, skipping warcinfo`, async () => {
      const items = await collect(`${FORMATS}${name}`);
      assert.equal(items.length, 1);
      const [item] = items;
      assert.ok(item?.ok);
      assert.equal(item.raw.hints.url, 'https://courier.example/2024/05/06/strike');
      const result = createCleaner()(item.raw);
      assert.ok(result.ok);
      assert.equal(result.article.title, 'Harbour cranes idle as dockers strike');
      assert.deepEqual(result.article.dateline, { place: 'ROTTERDAM', date: null, agency: 'Reuters' });
      assert.ok(!result.article.text.includes('Home'));
    });
  }
});
