// CSV and TSV exports (one article per row, a header naming the columns), as spreadsheets and news APIs give
// them. Parsed by csv-parse (RFC 4180 quoting, multi-line cells, BOM); files are streamed so any size reads in flat
// memory. Columns go by the same names as JSON fields (records.ts).
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { namesArticleBody, recordToItem } from './records.ts';
import { isGzip, looksBinary } from './sniff.ts';

type CsvRow = { readonly record: Record<string, string>; readonly info: { readonly lines: number }; readonly raw: string };

/** The separator of a header line: tab for TSV, ";" where spreadsheets use the decimal comma, else ",". */
export function csvDelimiter(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  const [best] = ['\t', ';', ','].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

/** Whether a first line is a CSV header Parallax can read: separated names, one of them the article's text. */
export function looksLikeCsvHeader(line: string): boolean {
  const cells = line.split(csvDelimiter(line)).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return cells.length >= 2 && cells.every((c) => /^[\p{L}\p{N} _.-]{1,40}$/u.test(c)) && cells.some(namesArticleBody);
}

const NO_BODY_COLUMN = 'CSV header has no text column (text, html, content, body, maintext…)';

function parseOptions(delimiter: string): Options {
  return {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim());
      if (!names.some(namesArticleBody)) throw new Error(NO_BODY_COLUMN);
      return names;
    },
  };
}

/** One row as an article; blank cells are absent fields, and the line is where the row starts. */
function rowToItem(row: CsvRow, file: string, hints: SourceHints): IngestItem {
  const line = row.info.lines - (row.raw.trim().match(/\n/g)?.length ?? 0);
  const record = Object.fromEntries(Object.entries(row.record).filter(([, v]) => v.trim() !== ''));
  return recordToItem(record, { file, line }, hints);
}

function rejectionOf(e: unknown, file: string): IngestItem {
  const error = e as Error & { lines?: number; code?: string };
  if (error.message === NO_BODY_COLUMN) return { ok: false, rejection: { origin: { file, line: 1 }, reason: NO_BODY_COLUMN } };
  const origin: Origin = error.lines === undefined ? { file } : { file, line: error.lines };
  // The rest of the file cannot be read reliably past a quoting error: the rows before it are kept.
  return { ok: false, rejection: { origin, reason: `invalid CSV: ${error.message}` } };
}

/** A CSV held in memory (stdin, a gzipped file already inflated). */
export function readCsvText(text: string, origin: Origin, hints: SourceHints): IngestItem[] {
  const body = text.replace(/^\uFEFF/, '');
  try {
    const rows = parseSync(body, parseOptions(csvDelimiter(body.split('\n', 1)[0]!))) as unknown as CsvRow[];
    if (rows.length === 0) return [{ ok: false, rejection: { origin, reason: 'CSV has a header but no rows' } }];
    return rows.map((row) => rowToItem(row, origin.file, hints));
  } catch (e) {
    return [rejectionOf(e, origin.file)];
  }
}

/** A CSV file (or its .gz), streamed row by row. */
export async function* readCsvFile(path: string, hints: SourceHints): AsyncGenerator<IngestItem> {
  let head: { text: string; gzipped: boolean };
  try {
    head = await readDecodedHead(path);
  } catch (e) {
    yield { ok: false, rejection: { origin: { file: path }, reason: streamFailure(e as NodeJS.ErrnoException) } };
    return;
  }
  if (head.text === BINARY) {
    yield { ok: false, rejection: { origin: { file: path }, reason: 'binary data, not CSV' } };
    return;
  }
  if (head.text.trim() === '') {
    yield { ok: false, rejection: { origin: { file: path }, reason: 'empty input' } };
    return;
  }
  const input = openDecoded(path, head.gzipped);
  const parser = input.pipe(parse(parseOptions(csvDelimiter(head.text.replace(/^\uFEFF/, '').split('\n', 1)[0]!))));
  input.on('error', (e) => parser.destroy(e));
  let rows = 0;
  try {
    for await (const row of parser as AsyncIterable<CsvRow>) {
      rows++;
      yield rowToItem(row, path, hints);
    }
  } catch (e) {
    const failure = e as NodeJS.ErrnoException;
    yield failure.code?.startsWith('CSV_') || failure.message === NO_BODY_COLUMN
      ? rejectionOf(e, path)
      : { ok: false, rejection: { origin: { file: path }, reason: streamFailure(failure) } };
    return;
  } finally {
    input.destroy();
  }
  if (rows === 0) yield { ok: false, rejection: { origin: { file: path }, reason: 'CSV has a header but no rows' } };
}

const BINARY = '\u0000binary';

function streamFailure(e: NodeJS.ErrnoException): string {
  return e.code?.startsWith('Z_') ? `corrupt gzip data (${e.message})` : `cannot read: ${e.code ?? e.message}`;
}

function openDecoded(path: string, gzipped: boolean): Readable {
  const file = createReadStream(path);
  if (!gzipped) return file;
  const gunzip = createGunzip();
  file.on('error', (e) => gunzip.destroy(e));
  return file.pipe(gunzip);
}

/** The first decoded chunk, for the header's separator; gzip is told by its magic bytes, not the name. */
async function readDecodedHead(path: string): Promise<{ text: string; gzipped: boolean }> {
  const gzipped = isGzip(await firstChunk(createReadStream(path, { start: 0, end: 1 })));
  const head = await firstChunk(openDecoded(path, gzipped));
  return { text: looksBinary(head) ? BINARY : head.toString('utf8'), gzipped };
}

async function firstChunk(stream: Readable): Promise<Buffer> {
  try {
    for await (const chunk of stream) return chunk as Buffer;
    return Buffer.alloc(0);
  } finally {
    stream.destroy();
  }
}
