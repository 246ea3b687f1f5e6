// Standard input: read whole when it is small, streamed when it is large JSON Lines or a large JSON array, plain or
// gzipped (`zcat dump.jsonl.gz | parallax ingest -`). Read whole, stdin past 512 MB cannot become a string in V8.
import { constants } from 'node:buffer';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import type { IngestItem, SourceHints } from '../model/index.ts';
import { decoded, fileEncoding, warningsAbout, type FileEncoding } from './decoded-stream.ts';
import { gunzipWhole } from './gunzip.ts';
import { readJsonLines } from './jsonl-file.ts';
import { jsonKindOf, OPENING_CHARS, streamJsonRecordsOf } from './large-json-file.ts';
import { megabytes, readWhole, tooLargeToReadWhole, type ReadOptions } from './read-bytes.ts';
import { reject } from './records.ts';
import { formatFromContent } from './sniff.ts';
import { readWarc } from './warc.ts';

/**
 * `streamAfter`: input up to this size is read whole (as every format can be); past it, JSON Lines and JSON arrays
 * are streamed. `wholeAtMost`: other input past this size is rejected unread, since V8 makes no string past it (a
 * pipe from /dev/zero or `yes` was read on into tens of gigabytes of memory).
 */
export type StdinSizes = { readonly streamAfter: number; readonly wholeAtMost: number };

export const STDIN_SIZES: StdinSizes = { streamAfter: 16 * 1024 * 1024, wholeAtMost: constants.MAX_STRING_LENGTH };

const STDIN = 'stdin';
/** Compressed bytes unpacked to read the opening: text compresses several times, so this gives well over a megabyte. */
const GZIP_OPENING_BYTES = 256 * 1024;

/**
 * `file` names the input in messages: stdin, or a pipe named by its path (a FIFO, a shell's `<(zcat dump.jsonl.gz)`),
 * which is read the same way since it can be read only once, from its start.
 */
export async function* readStdinItems(
  input: AsyncIterable<Uint8Array>,
  options: ReadOptions,
  file = STDIN,
  sizes = STDIN_SIZES,
): AsyncGenerator<IngestItem> {
  const chunks = input[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (!ended && size <= sizes.streamAfter) {
    const next = await chunks.next();
    if (next.done === true) ended = true;
    else {
      head.push(next.value);
      size += next.value.length;
    }
  }
  const bytes = Buffer.concat(head);
  const encoding = fileEncoding(bytes.subarray(0, 4096));
  const opening = openingText(bytes, encoding);
  const format = options.format ?? formatFromContent(opening);
  const hints: SourceHints = options.hints ?? {};
  const rest = () => Readable.from(replayed(head, chunks));
  // Streamed at any size: read whole, an archive's binary records made it look like binary data.
  if (format === 'warc') {
    yield* readWarc(rest(), { file }, hints, options.onWarning);
    return;
  }
  // Told by the text, not only by --format: JSON Lines forced on a JSON array is still read as the array.
  const kind = format === 'jsonl' || format === 'json' ? jsonKindOf(opening) : null;
  // Gzipped JSON Lines are streamed at any size: unzipped whole, an archive that breaks off lost its whole records too.
  if (ended && !(encoding.gzipped && kind === 'json-lines')) {
    yield* readWhole(bytes, { file }, options);
    return;
  }
  if (kind === 'json-lines') {
    const lines = readJsonLines(decoded(rest(), encoding, warningsAbout(file, options.onWarning)), file, hints, encoding.gzipped);
    let next = await lines.next();
    for (; next.done !== true; next = await lines.next()) yield next.value;
    if (next.value === 'json-document') yield reject({ file }, 'one JSON document, not JSON Lines (give it as a .json file)');
  } else if (kind !== null) {
    yield* streamJsonRecordsOf(decoded(rest(), encoding, warningsAbout(file, options.onWarning)), file, kind, hints);
  } else {
    const whole = await readAtMost(rest(), sizes.wholeAtMost);
    yield* whole === null ? [tooLargeToReadWhole({ file }, `over ${megabytes(sizes.wholeAtMost)}`)] : readWhole(whole, { file }, options);
  }
}

/** The whole input, or null (and the input left unread) once it is past `limit` bytes. */
async function readAtMost(input: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer | null> {
  const all: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += chunk.length;
    if (size > limit) return null;
    all.push(chunk);
  }
  return Buffer.concat(all);
}

/** The chunks read already, then the rest of the input. */
async function* replayed(head: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
}

/**
 * The decoded start of an input's first bytes, to tell its format: gzip decompressed as far as the bytes go, past
 * trailing garbage too (a small archive with some after it was taken for no archive).
 */
export function openingText(bytes: Buffer, encoding: FileEncoding): string {
  const sample = bytes.subarray(0, OPENING_CHARS);
  let text: string;
  try {
    text = encoding.gzipped
      ? Buffer.from(gunzipWhole(bytes.subarray(0, GZIP_OPENING_BYTES)).bytes.subarray(0, OPENING_CHARS)).toString('utf8')
      : encoding.utf16
        ? iconv.decode(sample, encoding.utf16)
        : sample.toString('utf8');
  } catch {
    return '';
  }
  return text.replace(/^\uFEFF/, '').trimStart();
}
