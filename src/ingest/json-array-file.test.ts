import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { IngestItem } from '../model/index.ts';
import { readJsonArrayFile } from './json-array-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-json-array-'));
const record = (n: number) => ({ id: `r${n}`, title: `Title ${n}`, text: `The council met for the ${n}th time on Tuesday.` });

async function itemsOf(name: string, content: string | Buffer): Promise<IngestItem[] | null> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const elements = await readJsonArrayFile(path, {});
  if (elements === null) return null;
  const items: IngestItem[] = [];
  for await (const item of elements) items.push(item);
  return items;
}

describe('readJsonArrayFile', () => {
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

  it('says an empty array holds no articles, and leaves a document that is no array to the whole-file reader', async () => {
    const empty = await itemsOf('empty.json', '[ ]');
    assert.deepEqual(empty?.map((item) => !item.ok && item.rejection.reason), ['JSON holds no articles']);
    assert.equal(await itemsOf('wrapped.json', JSON.stringify({ articles: [record(1)] })), null);
  });
});
