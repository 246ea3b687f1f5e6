// Large JSON exports streamed one record at a time (stream-json): read whole, a file past 512 MB cannot even become a
// string in V8, and parsing one takes several times its size. A top-level array streams its elements; an object
// wrapping one (NewsAPI's `articles`, Elasticsearch's `hits.hits`) streams that array's; JSON Lines in a .json file
// are for the JSON Lines reader.
import { stat } from 'node:fs/promises';
import type { Duplex, Readable } from 'node:stream';
import pick from 'stream-json/filters/pick.js';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { IngestItem, SourceHints } from '../model/index.ts';
import { fileEncoding, openDecoded, readHead, streamFailureReason, warningsAbout, type FileEncoding } from './decoded-stream.ts';
import type { OnWarning } from './read-bytes.ts';
import { recordToItem, reject, WRAPPED_RECORD_PATHS } from './records.ts';
import { formatFromContent } from './sniff.ts';

/** JSON files larger than this on disk are streamed; smaller ones are parsed whole (faster). */
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

/** The text read to tell an array, a wrapping object and JSON Lines apart (a first line longer than this is no JSON Lines). */
export const OPENING_CHARS = 1024 * 1024;
/** Where a wrapping object keeps its records, as the filter of stream-json's `pick` (paths joined by "."). */
const WRAPPED_ARRAYS = new RegExp(`^(?:${WRAPPED_RECORD_PATHS.map((path) => path.replaceAll('.', '\\.')).join('|')})$`);

/** What a large JSON file holds, as far as streaming goes; null for anything else (it is read whole). */
export type LargeJsonKind = 'array' | 'wrapped-array' | 'json-lines';

export async function largeJsonKind(path: string): Promise<LargeJsonKind | null> {
  return jsonKindOf(await fileOpening(path));
}

/** A file's decoded opening (gunzipped, UTF-16 decoded): its first line and the start of the next. */
async function fileOpening(path: string): Promise<string> {
  return openingOf(path, fileEncoding(await readHead(path, 4096)));
}

/** The kind, told from the decoded opening of the text (up to the end of its first line, or 1 MB). */
export function jsonKindOf(opening: string): LargeJsonKind | null {
  if (opening.startsWith('[')) return 'array';
  if (!opening.startsWith('{')) return null;
  return formatFromContent(opening) === 'jsonl' ? 'json-lines' : 'wrapped-array';
}

/**
 * The records of an array or wrapped array, numbered from 1 as the whole-file reader numbers them. A parse error ends
 * the read with a rejection naming the last record kept; the records read before it are kept.
 */
export async function* streamJsonRecords(path: string, kind: StreamedJsonKind, hints: SourceHints, onWarning?: OnWarning): AsyncGenerator<IngestItem> {
  yield* streamJsonRecordsOf(openDecoded(path, fileEncoding(await readHead(path, 4096)), warningsAbout(path, onWarning)), path, kind, hints);
}

export type StreamedJsonKind = Exclude<LargeJsonKind, 'json-lines'>;

/** `streamJsonRecords` over decoded text from any stream (stdin's); `file` names it in messages. */
export async function* streamJsonRecordsOf(input: Readable, file: string, kind: StreamedJsonKind, hints: SourceHints): AsyncGenerator<IngestItem> {
  if (kind === 'array') yield* streamRecords(input, file, hints, [streamArray.withParserAsStream()], 'JSON holds no articles');
  else {
    const stages = [pick.withParserAsStream({ filter: WRAPPED_ARRAYS, once: true }), streamArray.asStream()];
    yield* streamRecords(input, file, hints, stages, 'JSON holds no articles (no "articles" or Elasticsearch "hits.hits" array)');
  }
}

/** The decoded text up to the first line break after the first non-blank character (at most `OPENING_CHARS`). */
async function openingOf(path: string, encoding: FileEncoding): Promise<string> {
  const input = openDecoded(path, encoding);
  let text = '';
  try {
    for await (const chunk of input) {
      text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
      const start = text.replace(/^\uFEFF/, '').trimStart();
      // JSON Lines are told by what follows the first line: read on until a line after it has begun.
      const lineEnd = start.indexOf('\n');
      if (start.length >= OPENING_CHARS || (lineEnd > 0 && start.slice(lineEnd + 1).trim() !== '')) return start;
    }
    return text.replace(/^\uFEFF/, '').trimStart();
  } catch {
    return '';
  } finally {
    input.destroy();
  }
}

/** The records the last of `stages` passes on, each numbered; a failure ends them with a rejection, and none at all is `empty`. */
async function* streamRecords(input: Readable, path: string, hints: SourceHints, stages: readonly Duplex[], empty: string): AsyncGenerator<IngestItem> {
  const elements = stages.at(-1)!;
  let failure: Error | null = null;
  input.on('error', (e) => {
    failure = e;
    elements.destroy(e);
  });
  let previous: NodeJS.ReadableStream = input;
  for (const stage of stages) {
    if (stage !== elements) stage.on('error', (e) => elements.destroy(e));
    previous = previous.pipe(stage);
  }
  let records = 0;
  try {
    for await (const { value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
      records++;
      yield recordToItem(value, { file: path, record: records }, hints);
    }
  } catch (e) {
    // The parser reads ahead a chunk at a time: records of the chunk holding the error were not yet passed on, so
    // the read is said to break off after the last record kept, not at a record number that may be wrong.
    const reason = failure ? streamFailureReason(failure) : `invalid JSON: ${(e as Error).message}`;
    yield reject({ file: path }, `${reason} (after record ${records}; the rest of the file is not read)`);
    return;
  } finally {
    input.destroy();
    for (const stage of stages) stage.destroy();
  }
  if (records === 0) yield reject({ file: path }, empty);
}
