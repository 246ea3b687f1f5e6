// A large JSON export holding one top-level array of articles, streamed one element at a time (stream-json): read
// whole, a file past 512 MB cannot even become a string in V8, and parsing one takes several times its size.
import { stat } from 'node:fs/promises';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { fileEncoding, openDecoded, readHead, streamFailureReason } from './decoded-stream.ts';
import { recordToItem } from './records.ts';

/** JSON files larger than this on disk are streamed when they hold an array; smaller ones are parsed whole (faster). */
export const STREAMED_JSON_BYTES = 64 * 1024 * 1024;

/** Text exports compress about this well: a gzipped file counts as this many times its size. */
const GZIP_RATIO = 8;

/** Whether a .json file is large enough to stream. */
export async function isLargeJson(path: string): Promise<boolean> {
  try {
    const { size } = await stat(path);
    return size * (/\.gz$/i.test(path) ? GZIP_RATIO : 1) > STREAMED_JSON_BYTES;
  } catch {
    return false;
  }
}

/** The decoded opening of a file, for telling an array from an object. */
const HEAD_BYTES = 4096;

/**
 * The array's elements as records numbered from 1, as the whole-file reader numbers them; null when the document is
 * not an array (an object wrapping one is read whole). A parse error ends the read with a rejection naming the last
 * record kept; the records read before it are kept.
 */
export async function readJsonArrayFile(path: string, hints: SourceHints): Promise<AsyncGenerator<IngestItem> | null> {
  const encoding = fileEncoding(await readHead(path, HEAD_BYTES));
  if (!(await opensArray(path, encoding))) return null;
  return streamElements(path, encoding, hints);
}

async function opensArray(path: string, encoding: ReturnType<typeof fileEncoding>): Promise<boolean> {
  const input = openDecoded(path, encoding);
  try {
    for await (const chunk of input) {
      const text = (typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8')).replace(/^\uFEFF/, '').trimStart();
      if (text !== '') return text.startsWith('[');
    }
    return false;
  } catch {
    return false;
  } finally {
    input.destroy();
  }
}

async function* streamElements(path: string, encoding: ReturnType<typeof fileEncoding>, hints: SourceHints): AsyncGenerator<IngestItem> {
  const input = openDecoded(path, encoding);
  const elements = streamArray.withParserAsStream();
  let inputError: Error | null = null;
  input.on('error', (e) => {
    inputError = e;
    elements.destroy(e);
  });
  input.pipe(elements);
  let records = 0;
  try {
    for await (const { value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
      records++;
      yield recordToItem(value, { file: path, record: records }, hints);
    }
  } catch (e) {
    // The parser reads ahead a chunk at a time: elements of the chunk holding the error were not yet passed on, so
    // the read is said to break off after the last record kept, not at a record number that may be wrong.
    const reason = inputError ? streamFailureReason(inputError) : `invalid JSON: ${(e as Error).message}`;
    yield reject({ file: path }, `${reason} (after record ${records}; the rest of the file is not read)`);
    return;
  } finally {
    input.destroy();
    elements.destroy();
  }
  if (records === 0) yield reject({ file: path }, 'JSON holds no articles');
}

function reject(origin: Origin, reason: string): IngestItem {
  return { ok: false, rejection: { origin, reason } };
}
