import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { IngestItem } from '../model/index.ts';
import { readStdinItems, STDIN_SIZES } from './stdin.ts';

const record = (n: number) => ({ id: `r${n}`, title: `Title ${n}`, text: `The council met for the ${n}th time on Tuesday.` });

/** The items read from `content` given in chunks of 100 bytes, streamed past `streamAfter` bytes. */
async function itemsOf(content: string | Buffer, streamAfter: number): Promise<IngestItem[]> {
  const bytes = Buffer.from(content);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 100) }, (_, k) => bytes.subarray(k * 100, (k + 1) * 100));
  const items: IngestItem[] = [];
  for await (const item of readStdinItems(Readable.from(chunks), {}, 'stdin', { ...STDIN_SIZES, streamAfter })) items.push(item);
  return items;
}

const jsonLines = Array.from({ length: 50 }, (_, n) => JSON.stringify(record(n + 1))).join('\n');

describe('stdin', () => {
  it('streams large JSON Lines, plain or gzipped, numbering records by line', async () => {
    for (const content of [jsonLines, gzipSync(jsonLines)]) {
      const items = await itemsOf(content, 500);
      assert.equal(items.length, 50);
      assert.deepEqual(items[49]?.ok && items[49].raw.origin, { file: 'stdin', line: 50 });
    }
  });

  it('streams a large JSON array as records, even when told it is JSON Lines', async () => {
    const array = JSON.stringify([record(1), record(2), record(3)], null, 2);
    const items = await itemsOf(array, 100);
    assert.deepEqual(items.map((item) => item.ok && item.raw.origin), [1, 2, 3].map((n) => ({ file: 'stdin', record: n })));
    const forced: IngestItem[] = [];
    for await (const item of readStdinItems(Readable.from([Buffer.from(array)]), { format: 'jsonl' }, 'stdin', { ...STDIN_SIZES, streamAfter: 10 })) forced.push(item);
    assert.equal(forced.filter((item) => item.ok).length, 3);
  });

  it('reads small input, and large input of other formats, whole as before', async () => {
    const small = await itemsOf(jsonLines, 1_000_000);
    assert.equal(small.length, 50);
    const page = 'Council approves budget\n\nThe city council voted on Tuesday to approve a new budget that funds schools and roads, officials said.';
    const [text] = await itemsOf(page, 10);
    assert.ok(text?.ok);
    assert.equal(text.raw.body.kind, 'text');
  });

  it('streams a WARC archive, plain or gzipped, binary records and all, small or large', async () => {
    const record = (uri: string, type: string, payload: Buffer): Buffer => {
      const block = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n\r\n`), payload]);
      const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`;
      return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
    };
    const page = Buffer.from('<html><body><article><h1>Dredging to begin</h1><p>The harbour authority said on Monday that dredging would begin in April.</p></article></body></html>');
    const image = record('https://x.example/a.png', 'image/png', Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)));
    const archive = Buffer.concat([image, record('https://x.example/1', 'text/html', page)]);
    for (const content of [archive, gzipSync(archive)]) {
      for (const streamAfter of [1_000_000, 100]) {
        const items = await itemsOf(content, streamAfter);
        assert.deepEqual(items.map((item) => (item.ok ? [item.raw.origin, item.raw.hints.url] : item.rejection.reason)), [[{ file: 'stdin', record: 2 }, 'https://x.example/1']]);
      }
    }
  });

  it('keeps the whole records of small gzipped JSON Lines that break off, as a file\'s are kept, naming the line of the break', async () => {
    const whole = gzipSync(jsonLines);
    const items = await itemsOf(whole.subarray(0, Math.floor(whole.length * 0.8)), 1_000_000);
    const kept = items.filter((item) => item.ok).length;
    assert.ok(kept > 0, 'the whole records before the break are kept');
    assert.deepEqual(items.at(-1), { ok: false, rejection: { origin: { file: 'stdin', line: kept + 1 }, reason: 'corrupt gzip data (unexpected end of file)' } });
  });

  it('stops reading input that never ends (a pipe from /dev/zero or `yes`) once it is past what can be read whole, and rejects it by name', async () => {
    const line = Buffer.from('y\n'.repeat(32 * 1024));
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) yield line;
    }
    const items: IngestItem[] = [];
    const sizes = { streamAfter: 1000, wholeAtMost: 2 * 1024 * 1024 };
    for await (const item of readStdinItems(Readable.from(endless()), {}, '/dev/fd/63', sizes)) items.push(item);
    assert.deepEqual(items, [
      { ok: false, rejection: { origin: { file: '/dev/fd/63' }, reason: 'too large to read whole (over 2 MB; JSON Lines, CSV, WARC and JSON array files of any size are streamed)' } },
    ]);
  });
});
