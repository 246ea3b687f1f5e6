// JSON Lines files (plain or gzipped) read line by line, so an export of any size is ingested in flat memory.
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { fileEncoding, flowingChunks, openDecoded, readHead, streamFailureReason, warningsAbout } from './decoded-stream.ts';
import { fsErrorReason } from './fs-errors.ts';
import { isLargeJson, largeJsonKind, streamJsonRecords } from './large-json-file.ts';
import { readBytes, type OnWarning } from './read-bytes.ts';
import { MAX_RECORD_CHARS, recordToItem, reject, tooLongToRead } from './records.ts';
import { binaryReason, looksBinary } from './sniff.ts';

export async function* readJsonLinesFile(path: string, hints: SourceHints, onWarning?: OnWarning): AsyncGenerator<IngestItem> {
  const file: Origin = { file: path };
  let head: Uint8Array;
  try {
    head = await readHead(path, BINARY_SNIFF_BYTES);
  } catch (e) {
    yield reject(file, `cannot read: ${fsErrorReason(e)}`);
    return;
  }
  const encoding = fileEncoding(head);
  if (!encoding.gzipped && !encoding.utf16 && looksBinary(head)) {
    yield reject(file, binaryReason(head, 'JSON Lines'));
    return;
  }
  const lines = readJsonLines(openDecoded(path, encoding, warningsAbout(path, onWarning)), path, hints, encoding.gzipped);
  for (let next = await lines.next(); ; next = await lines.next()) {
    if (next.done !== true) {
      yield next.value;
      continue;
    }
    if (next.value !== 'json-document') return;
    const kind = (await isLargeJson(path)) ? await largeJsonKind(path) : null;
    if (kind === 'array' || kind === 'wrapped-array') yield* streamJsonRecords(path, kind, hints, onWarning);
    else yield* await readJsonDocument(path, hints, onWarning);
    return;
  }
}

/**
 * The records of decoded JSON Lines, numbered by line. Returns 'json-document' without reading on when the first
 * record opens a JSON document instead (an array, an object over several lines), for the caller to read otherwise.
 */
export async function* readJsonLines(input: Readable, file: string, hints: SourceHints, gzipped: boolean): AsyncGenerator<IngestItem, 'json-document' | 'done'> {
  // Errors of the input (and of gunzip, for corrupt data) end the read with a rejection at the line reached.
  let streamError: Error | null = null;
  input.on('error', (e) => {
    streamError = e;
  });
  let lineNumber = 0;
  let records = 0;
  try {
    for await (const lines of textLines(input, MAX_RECORD_CHARS)) {
      for (const rawLine of lines) {
        lineNumber++;
        if (rawLine === null) {
          records++;
          yield reject({ file, line: lineNumber }, tooLongToRead('line'));
          continue;
        }
        const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
        if (lineNumber === 1 && gzipped && looksLikeDecodedBinary(line.slice(0, BINARY_SNIFF_BYTES))) {
          yield reject({ file }, BINARY_REASON);
          return 'done';
        }
        if (!line.trim()) continue;
        if (records === 0 && opensJsonDocument(line)) return 'json-document';
        records++;
        const at = { file, line: lineNumber };
        try {
          yield recordToItem(JSON.parse(line), at, hints);
        } catch (e) {
          yield reject(at, `invalid JSON: ${(e as Error).message}`);
        }
      }
    }
  } catch (e) {
    streamError ??= e as Error;
  } finally {
    input.destroy();
  }
  if (streamError) {
    // The lines read so far were whole; the data breaks off in the next one.
    yield reject({ file, line: lineNumber + 1 }, streamFailureReason(streamError));
  } else if (records === 0) {
    yield reject({ file }, 'empty input');
  }
  return 'done';
}

/** A line break as readline reads one: \r\n, \n, or a lone \r. */
const LINE_BREAK = /\r\n|\n|\r/;

/**
 * The lines of decoded text (UTF-8 bytes or strings), split as readline splits them, a line past `maxChars` given as
 * null and its text dropped: readline built every line whole, and one past V8's 512 MB string limit threw out of the
 * stream, a stack trace that lost the batch read before it. Given out a chunk's lines at a time.
 */
export async function* textLines(input: Readable, maxChars: number): AsyncGenerator<Array<string | null>> {
  const decoder = new StringDecoder('utf8');
  let line = '';
  let tooLong = false;
  // A \r that ended a chunk: a \n opening the next one ends no further line.
  let afterReturn = false;
  const add = (piece: string) => {
    if (tooLong || line.length + piece.length > maxChars) {
      tooLong = true;
      line = '';
    } else line += piece;
  };
  for await (const chunk of flowingChunks(input)) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (afterReturn && text.startsWith('\n')) text = text.slice(1);
    afterReturn = text.endsWith('\r');
    // The first piece ends the line carried over, the last begins the next.
    const pieces = text.split(LINE_BREAK);
    const lines: Array<string | null> = [];
    for (let i = 0; i < pieces.length - 1; i++) {
      add(pieces[i]!);
      lines.push(tooLong ? null : line);
      line = '';
      tooLong = false;
    }
    add(pieces.at(-1)!);
    if (lines.length > 0) yield lines;
  }
  add(decoder.end());
  if (line !== '' || tooLong) yield [tooLong ? null : line];
}

/**
 * A JSON array, or an object printed over several lines, is one JSON document, not JSON Lines: files named .jsonl
 * often hold one. Such a document cannot be read line by line, so it is read whole, as a .json file is.
 */
function opensJsonDocument(firstLine: string): boolean {
  const start = firstLine.trim();
  return start.startsWith('[') || start === '{';
}

async function readJsonDocument(path: string, hints: SourceHints, onWarning: OnWarning | undefined): Promise<IngestItem[]> {
  try {
    return readBytes(await readFile(path), { file: path }, { format: 'json', hints, ...(onWarning ? { onWarning } : {}) });
  } catch (e) {
    return [reject({ file: path }, `cannot read: ${fsErrorReason(e)}`)];
  }
}

const BINARY_SNIFF_BYTES = 4096;
const BINARY_REASON = 'binary data, not JSON Lines';
/** Share of undecodable or control characters above which decoded text was binary data (text has ~0). */
const MAX_GARBLED_SHARE = 0.05;

/** Gzipped content is only seen decoded: binary data shows as replacement and control characters. */
function looksLikeDecodedBinary(text: string): boolean {
  const garbled = text.match(/[\ufffd\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return text.length > 0 && garbled / text.length > MAX_GARBLED_SHARE;
}
