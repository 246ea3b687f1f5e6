import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { IngestItem } from '../model/index.ts';
import { largeJsonKind, streamJsonRecords } from './large-json-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-large-json-'));
const record = (n: number) => ({ id: `r${n}`, title: `Title ${n}`, text: `The council met for the ${n}th time on Tuesday.` });

/** Writes the file, and streams its records when it holds an array or a wrapped one (null otherwise). */
async function itemsOf(name: string, content: string | Buffer): Promise<IngestItem[] | null> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const kind = await largeJsonKind(path);
  if (kind === null || kind === 'json-lines') return null;
  const items: IngestItem[] = [];
  for await (const item of streamJsonRecords(path, kind, {})) items.push(item);
  return items;
}

describe('large JSON files, streamed', () => {
  it('streams the elements of a top-level array as records numbered from 1', async () => {
    const items = await itemsOf('plain.json', `\uFEFF  ${JSON.stringify([record(1), record(2), record(3)], null, 2)}`);
    assert.ok(items);
    assert.deepEqual(items.map((item) => item.ok && item.raw.origin), [1, 2, 3].map((record) => ({ file: join(dir, 'plain.json'), record })));
    assert.ok(items.every((item) => item.ok && item.raw.hints.title?.startsWith('Title')));
  });

  it('reads a gzipped array', async () => {
    const items = await itemsOf('packed.json.gz', gzipSync(JSON.stringify([record(1), record(2)])));
    assert.equal(items?.filter((item) => item.ok).length, 2);
  });

  it('streams the array an object wraps: NewsAPI articles, Elasticsearch hits', async () => {
    const news = await itemsOf('newsapi.json', JSON.stringify({ status: 'ok', totalResults: 2, articles: [record(1), record(2)] }, null, 2));
    assert.deepEqual(news?.map((item) => item.ok && item.raw.hints.title), ['Title 1', 'Title 2']);
    const hits = { took: 2, hits: { total: { value: 1 }, hits: [{ _index: 'news', _id: 'e1', _source: record(7) }] } };
    const search = await itemsOf('search.json', JSON.stringify(hits));
    assert.deepEqual(search?.map((item) => item.ok && item.raw.hints.title), ['Title 7']);
    const other = await itemsOf('other.json', JSON.stringify({ data: [record(1)] }));
    assert.deepEqual(other?.map((item) => !item.ok && item.rejection.reason), ['JSON holds no articles (no "articles" or Elasticsearch "hits.hits" array)']);
  });

  it('keeps the records read before a parse error, and says after which one the file broke off', async () => {
    // The error lies chunks into the file (a stream reads 64 KB at a time), as it would in a large export.
    const good = Array.from({ length: 2_000 }, (_, n) => JSON.stringify(record(n + 1)));
    const items = await itemsOf('broken.json', `[${good.join(',')},{"id": "bad", "text": oops}]`);
    assert.ok(items);
    const kept = items.filter((item) => item.ok).length;
    assert.ok(kept > 1_000, `kept ${kept}`);
    const last = items.at(-1)!;
    assert.ok(!last.ok);
    assert.deepEqual(last.rejection.origin, { file: join(dir, 'broken.json') });
    assert.match(last.rejection.reason, new RegExp(`^invalid JSON: .* \\(after record ${kept}; the rest of the file is not read\\)$`));
  });

  it('rejects a bad element by its record number and goes on', async () => {
    const items = await itemsOf('mixed.json', JSON.stringify([record(1), 42, record(3)]));
    assert.deepEqual(items?.map((item) => item.ok || item.rejection.origin.record), [true, 2, true]);
  });

  it('says an empty array holds no articles', async () => {
    const empty = await itemsOf('empty.json', '[ ]');
    assert.deepEqual(empty?.map((item) => !item.ok && item.rejection.reason), ['JSON holds no articles']);
  });

  it('tells JSON Lines in a .json file apart, and leaves anything else to the whole-file reader', async () => {
    const path = (name: string, content: string) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    assert.equal(await largeJsonKind(path('lines.json', `${JSON.stringify(record(1))}\n${JSON.stringify(record(2))}\n`)), 'json-lines');
    assert.equal(await largeJsonKind(path('pretty.json', JSON.stringify({ articles: [record(1)] }, null, 2))), 'wrapped-array');
    assert.equal(await largeJsonKind(path('scalar.json', '"just a string"')), null);
  });
});
