// One input's bytes to IngestItems: unzip, sniff, decode, split exports into records. Pure: no file access.
import iconv from 'iconv-lite';
import type { IngestItem, InputFormat, InputWarning, Origin, RawBody, SourceHints } from '../model/index.ts';
import { decodeHtmlBytes, decodeTextBytes, readHtmlBytes } from '../clean/html/charset.ts';
import { readCsvText } from './csv-file.ts';
import { readFeed } from './feed.ts';
import { rawId } from './identity.ts';
import { recordToItem, reject, WRAPPED_RECORD_PATHS } from './records.ts';
import { binaryReason, formatFromContent, formatFromName, isGzip, looksBinary, utf16Encoding } from './sniff.ts';
import { gunzipWhole, trailingGarbageWarning } from './gunzip.ts';

/** Hears of what an input holds that did not stop it being read (trailing garbage after gzip data). */
export type OnWarning = (warning: InputWarning) => void;

export type ReadOptions = { readonly format?: InputFormat; readonly hints?: SourceHints; readonly onWarning?: OnWarning };

export function readBytes(bytes: Uint8Array, origin: Origin, options: ReadOptions = {}): IngestItem[] {
  if (!isGzip(bytes)) return readData(utf16AsUtf8(bytes), origin, options);
  const unzipped = gunzipWhole(bytes);
  if (unzipped.trailingGarbage > 0) options.onWarning?.({ origin, message: trailingGarbageWarning(unzipped.trailingGarbage) });
  const data = utf16AsUtf8(unzipped.bytes);
  return unzipped.failure === null ? readData(data, origin, options) : readBrokenOff(data, origin, options, `corrupt gzip data (${unzipped.failure})`);
}

/**
 * Gzip data that broke off (cut short, or corrupt from some point): the records of its whole lines are kept (JSON
 * Lines, CSV), a JSON array's whole elements and a feed's whole items, then the failure is reported at the line or
 * record it broke in. A page, or another JSON document, cut short holds no whole article.
 */
function readBrokenOff(data: Uint8Array, origin: Origin, options: ReadOptions, reason: string): IngestItem[] {
  const format = formatOf(data, origin, options);
  const byLines = format === 'jsonl' || format === 'csv' || (format === 'json' && formatFromContent(Buffer.from(data.subarray(0, 4096)).toString('utf8')) === 'jsonl');
  const wholeLines = data.subarray(0, data.lastIndexOf(0x0a) + 1);
  if (byLines && !isBlank(wholeLines)) {
    const read = readData(wholeLines, origin, { ...options, format: format === 'json' ? 'jsonl' : format });
    return [...read, reject({ file: origin.file, line: lineBreaks(wholeLines) + 1 }, reason)];
  }
  if (format === 'feed') return [...readData(data, origin, options), reject(origin, reason)];
  const wholeElements = format === 'json' ? wholeElementsOfCutArray(decodeTextBytes(data)) : null;
  if (wholeElements !== null) {
    const read = readJson(wholeElements, origin, options.hints ?? {});
    return [...read, reject({ file: origin.file, record: read.length + 1 }, reason)];
  }
  return [reject(origin, reason)];
}

/**
 * The whole elements of a JSON array cut short, as an array; null when the text opens no array or no element of it
 * closed. Brackets inside strings are passed over.
 */
function wholeElementsOfCutArray(text: string): string | null {
  const start = text.search(/[^\s\uFEFF]/);
  if (text[start] !== '[') return null;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let lastElementEnd = -1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 1) lastElementEnd = i + 1;
    }
  }
  return lastElementEnd < 0 ? null : `${text.slice(start, lastElementEnd)}]`;
}

const isBlank = (bytes: Uint8Array): boolean => bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d));

function lineBreaks(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** How an input is read: as forced, else as its name says, else as its opening looks. */
function formatOf(data: Uint8Array, origin: Origin, options: ReadOptions): InputFormat {
  return options.format ?? formatFromName(origin.file) ?? formatFromContent(Buffer.from(data.subarray(0, 4096)).toString('utf8'));
}

function readData(data: Uint8Array, origin: Origin, options: ReadOptions): IngestItem[] {
  if (data.length === 0 || /^\s*$/.test(Buffer.from(data.subarray(0, 256)).toString('latin1')) && data.length < 256) {
    return [reject(origin, 'empty input')];
  }
  if (looksBinary(data)) return [reject(origin, binaryReason(data, 'an article (expected text, HTML, JSON, JSON Lines, CSV, a feed or a WARC)'))];
  const format = formatOf(data, origin, options);
  const hints = options.hints ?? {};
  switch (format) {
    case 'html': {
      const body: RawBody = { kind: 'html', ...readHtmlBytes(data) };
      return [{ ok: true, raw: { id: rawId(body, hints), origin, body, hints } }];
    }
    case 'text': {
      const text = decodeTextBytes(data).replace(/^\uFEFF/, '');
      if (!text.trim()) return [reject(origin, 'empty input')];
      const body = { kind: 'text', text } as const;
      return [{ ok: true, raw: { id: rawId(body, hints), origin, body, hints } }];
    }
    case 'feed':
      return readFeed(decodeHtmlBytes(data), origin, hints);
    case 'warc':
      return [reject(origin, 'WARC archives are read by `parallax ingest` (a path, a pipe or stdin), one record at a time')];
    case 'json':
      return readJson(decodeTextBytes(data), origin, hints);
    case 'jsonl':
      return readJsonLines(decodeTextBytes(data), origin, hints);
    case 'csv':
      return readCsvText(decodeTextBytes(data), origin, hints);
  }
}

/** UTF-16 text re-encoded as UTF-8 (with a UTF-8 mark, which the decoders honour first) before sniffing. */
function utf16AsUtf8(bytes: Uint8Array): Uint8Array {
  const encoding = utf16Encoding(bytes);
  if (!encoding) return bytes;
  // iconv drops a byte order mark itself (its stripBOM default); text without one keeps its first character.
  return Buffer.from(`\uFEFF${iconv.decode(Buffer.from(bytes), encoding)}`, 'utf8');
}

function readJson(text: string, origin: Origin, hints: SourceHints): IngestItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // A .json file holding JSON Lines is common in exports; accept it rather than fail.
    if (text.trim().split('\n').length > 1) return readJsonLines(text, origin, hints);
    return [reject(origin, `invalid JSON: ${(e as Error).message}`)];
  }
  const records = Array.isArray(value) ? value : (wrappedRecords(value) ?? [value]);
  if (records.length === 0) return [reject(origin, 'JSON holds no articles')];
  // Numbered even when alone: a record's text field is declared article text (the cleaner keeps a brief's lines), which
  // a page text is not, and the record number is what tells the two apart once stored.
  return records.map((r, i) => recordToItem(r, { file: origin.file, record: i + 1 }, hints));
}

/** The records of a response that wraps them (`WRAPPED_RECORD_PATHS`). */
function wrappedRecords(v: unknown): unknown[] | undefined {
  for (const path of WRAPPED_RECORD_PATHS) {
    let value: unknown = v;
    for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(value)) return value;
  }
  return undefined;
}

function readJsonLines(text: string, origin: Origin, hints: SourceHints): IngestItem[] {
  const items: IngestItem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const at = { file: origin.file, line: i + 1 };
    try {
      items.push(recordToItem(JSON.parse(line), at, hints));
    } catch (e) {
      items.push(reject(at, `invalid JSON: ${(e as Error).message}`));
    }
  });
  return items.length ? items : [reject(origin, 'no records (empty JSON Lines)')];
}


/** An input read whole; V8 makes no string past 512 MB, so a larger one is rejected by name and the batch goes on. */
export function readWhole(bytes: Uint8Array, origin: Origin, options: ReadOptions): IngestItem[] {
  try {
    return readBytes(bytes, origin, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_STRING_TOO_LONG') throw e;
    return [tooLargeToReadWhole(origin, megabytes(bytes.length))];
  }
}

/** The rejection of an input too large to read whole; `size` says how large ("600 MB", "over 512 MB"). */
export function tooLargeToReadWhole(origin: Origin, size: string): IngestItem & { ok: false } {
  return reject(origin, `too large to read whole (${size}; JSON Lines, CSV, WARC and JSON array files of any size are streamed)`);
}

export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
