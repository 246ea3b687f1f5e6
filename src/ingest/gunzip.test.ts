import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import { crc32ByTable, GunzipStream, gunzipWhole } from './gunzip.ts';

// Text that compresses only a few times, so a cut half way through the gzip data is half way through the text.
const text = Buffer.from(Array.from({ length: 4000 }, (_, i) => `line ${i}: ${(i * 7919) % 10007} ${((i * 104729) % 99991).toString(36)}\n`).join(''));
const gzipped = gzipSync(text);
const cut = gzipped.subarray(0, Math.floor(gzipped.length / 2));
/** Corrupt from the middle on: bytes flipped in a stretch of compressed data. */
const corrupt = Buffer.from(gzipped).fill(0xff, Math.floor(gzipped.length / 2), Math.floor(gzipped.length / 2) + 64);

async function streamed(bytes: Buffer, chunkSize = 1000): Promise<{ text: Buffer; error: string | null; warnings: string[] }> {
  const warnings: string[] = [];
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => bytes.subarray(i * chunkSize, (i + 1) * chunkSize));
  const out: Buffer[] = [];
  try {
    for await (const chunk of Readable.from(chunks).pipe(new GunzipStream((w) => warnings.push(w)))) out.push(chunk as Buffer);
  } catch (e) {
    return { text: Buffer.concat(out), error: `${(e as NodeJS.ErrnoException).code}: ${(e as Error).message}`, warnings };
  }
  return { text: Buffer.concat(out), error: null, warnings };
}

describe('gunzip read whole', () => {
  it('computes CRC-32 as zlib does, where zlib has none (Node before 20.15)', () => {
    assert.equal(crc32ByTable(text), crc32(text));
    assert.equal(crc32ByTable(text.subarray(100)), crc32(text.subarray(100)));
    assert.equal(crc32ByTable(text.subarray(100), crc32ByTable(text.subarray(0, 100))), crc32(text));
  });

  it('reads sound data, and members one after another', () => {
    assert.deepEqual(gunzipWhole(gzipped), { bytes: text, trailingGarbage: 0, failure: null });
    assert.deepEqual(gunzipWhole(Buffer.concat([gzipped, gzipSync('more\n')])).bytes, Buffer.concat([text, Buffer.from('more\n')]));
  });

  it('keeps the data before trailing garbage and counts the garbage, but not zero bytes of padding', () => {
    assert.deepEqual(gunzipWhole(Buffer.concat([gzipped, Buffer.from('GARBAGE!')])), { bytes: text, trailingGarbage: 8, failure: null });
    assert.deepEqual(gunzipWhole(Buffer.concat([gzipped, Buffer.alloc(16)])), { bytes: text, trailingGarbage: 0, failure: null });
  });

  it('keeps what was unzipped before a cut or a corrupt spot, with the failure', () => {
    const before = gunzipWhole(cut);
    assert.equal(before.failure, 'unexpected end of file');
    assert.ok(before.bytes.length > text.length / 3, `${before.bytes.length} bytes kept`);
    assert.deepEqual(before.bytes, text.subarray(0, before.bytes.length));
    const beforeCorrupt = gunzipWhole(corrupt);
    assert.ok(beforeCorrupt.failure !== null);
    // Corrupt bits may inflate to some wrong bytes before zlib can tell; the text well before them is kept.
    const sound = Math.floor(text.length / 3);
    assert.deepEqual(beforeCorrupt.bytes.subarray(0, sound), text.subarray(0, sound));
  });

  it('reports a cut inside the header or the trailer', () => {
    assert.deepEqual(gunzipWhole(gzipped.subarray(0, 5)), { bytes: Buffer.alloc(0), trailingGarbage: 0, failure: 'unexpected end of file' });
    const noTrailer = gunzipWhole(gzipped.subarray(0, gzipped.length - 3));
    assert.equal(noTrailer.failure, 'unexpected end of file');
    assert.deepEqual(noTrailer.bytes, text);
  });
});

describe('gunzip streamed', () => {
  it('passes on sound data and members one after another, however the chunks fall', async () => {
    const members = Buffer.concat([gzipped, gzipSync('more\n'), gzipSync('')]);
    for (const size of [1, 7, 1000, 1 << 20]) {
      assert.deepEqual(await streamed(members, size), { text: Buffer.concat([text, Buffer.from('more\n')]), error: null, warnings: [] }, `chunks of ${size}`);
    }
  });

  it('passes on everything before trailing garbage and warns of it (not of zero padding)', async () => {
    assert.deepEqual(await streamed(Buffer.concat([gzipped, Buffer.from('GARBAGE!')])), { text, error: null, warnings: ['trailing garbage after the gzip data ignored (8 bytes)'] });
    assert.deepEqual(await streamed(Buffer.concat([gzipped, Buffer.alloc(16)])), { text, error: null, warnings: [] });
  });

  it('passes on everything before a cut, then fails as zlib does', async () => {
    const result = await streamed(cut);
    assert.equal(result.error, 'Z_BUF_ERROR: unexpected end of file');
    assert.deepEqual(result.text, gunzipWhole(cut).bytes);
  });

  it('fails on corrupt data and on data that is no gzip, with zlib codes', async () => {
    assert.match((await streamed(corrupt)).error ?? '', /^Z_DATA_ERROR: /);
    assert.equal((await streamed(Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('not gzip at all')]))).error, 'Z_DATA_ERROR: unknown compression method');
  });
});
