import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { textLines } from './jsonl-file.ts';

async function lines(chunks: ReadonlyArray<string | Buffer>, maxChars = 100): Promise<Array<string | null>> {
  const out: Array<string | null> = [];
  for await (const lines of textLines(Readable.from(chunks, { objectMode: true }), maxChars)) out.push(...lines);
  return out;
}

describe('lines of decoded text', () => {
  it('splits at \\n, \\r\\n and a lone \\r, as readline does, also where a chunk ends between \\r and \\n', async () => {
    assert.deepEqual(await lines(['a\nb\r\nc\rd\n\ne']), ['a', 'b', 'c', 'd', '', 'e']);
    assert.deepEqual(await lines(['a\r', '\nb\r', 'c\n']), ['a', 'b', 'c']);
    assert.deepEqual(await lines(['a\n']), ['a']);
  });

  it('decodes UTF-8 cut between chunks', async () => {
    const bytes = Buffer.from('Zürich\nGenève\n');
    assert.deepEqual(await lines([bytes.subarray(0, 2), bytes.subarray(2, 10), bytes.subarray(10)]), ['Zürich', 'Genève']);
  });

  it('gives a line past the limit as null, without holding it, and goes on', async () => {
    assert.deepEqual(await lines(['short\n', 'x'.repeat(60), 'x'.repeat(60), '\nafter\n', 'y'.repeat(101)], 100), ['short', null, 'after', null]);
  });
});
