// CSV and TSV exports (one article per row, a header naming the columns), as spreadsheets and news APIs give
// them. Parsed by csv-parse (RFC 4180 quoting, multi-line cells, BOM); files are streamed so any size reads in flat
// memory. Columns go by the same names as JSON fields (records.ts).
import { createReadStream } from 'node:fs';
import type { Readable, Transform } from 'node:stream';
import { CsvError, parse, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { fileEncoding, flowingChunks, openDecoded, streamFailureReason, warningsAbout, type FileEncoding } from './decoded-stream.ts';
import type { OnWarning } from './read-bytes.ts';
import { MAX_RECORD_CHARS, namesArticleBody, recordToItem, reject, tooLongToRead } from './records.ts';
import { binaryReason, csvDelimiter, looksBinary, SNIFF_BYTES } from './sniff.ts';

/** A parsed row; csv-parse's `info.error` holds a relaxed error, whose `record` has all of a ragged row's cells. */
type CsvRow = {
  readonly record: Record<string, string>;
  readonly info: { readonly lines: number; readonly columns: readonly unknown[]; readonly error?: { readonly record?: readonly string[] } };
  readonly raw: string;
};

const NO_BODY_COLUMN = 'CSV header has no text column (text, html, content, body, maintext…)';

function parseOptions(delimiter: string): Options {
  return {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // A longer row threw out of the parser building a string V8 cannot make, a stack trace that lost the batch.
    max_record_size: MAX_RECORD_CHARS,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim());
      if (!names.some(namesArticleBody)) throw new Error(NO_BODY_COLUMN);
      return names;
    },
  };
}

/** One row as an article; blank cells are absent fields, and the line is where the row starts. */
/** The line a row starts at (a quoted cell may hold line breaks). */
const rowLine = (row: CsvRow): number => row.info.lines - (row.raw.trim().match(/\n/g)?.length ?? 0);

function rowToItem(row: CsvRow, file: string, hints: SourceHints): IngestItem {
  const line = rowLine(row);
  const extraCells = row.info.error?.record?.slice(row.info.columns.length).filter((cell) => cell.trim() !== '') ?? [];
  if (extraCells.length > 0) {
    // More filled cells than the header names: a separator in an unquoted cell shifted the row, so its text column
    // would hold a fragment and the rest would be lost. (Fewer cells, or blank ones past the header, are fine.)
    const reason = `row has ${row.info.error!.record!.length} cells, the header names ${row.info.columns.length} (a separator inside an unquoted cell?)`;
    return reject({ file, line }, reason);
  }
  const record = Object.fromEntries(Object.entries(row.record).filter(([, v]) => v.trim() !== ''));
  return recordToItem(record, { file, line }, hints);
}

/**
 * What ended a read, as a rejection: a header without a text column (line 1), a CSV error at its line (the rows
 * before it are kept; the rest cannot be read reliably past a broken quote), or the file or its gzip data.
 */
function rejectionOf(e: unknown, file: string): IngestItem {
  const error = e as NodeJS.ErrnoException & { lines?: number };
  if (error.message === NO_BODY_COLUMN) return reject({ file, line: 1 }, NO_BODY_COLUMN);
  // Not by the code's CSV_ prefix: INVALID_OPENING_QUOTE (a quote inside an unquoted cell) has none.
  if (e instanceof CsvError) {
    const origin: Origin = error.lines === undefined ? { file } : { file, line: error.lines };
    if (error.code === 'CSV_MAX_RECORD_SIZE') return reject(origin, `${tooLongToRead('row')}; the rest of the file is not read`);
    return reject(origin, `invalid CSV: ${error.message}`);
  }
  return reject({ file }, streamFailureReason(error));
}

/** A CSV held in memory (stdin, an upload). Rows are taken as they are read, so those before an error are kept, as
 *  a streamed file keeps them. */
export function readCsvText(text: string, origin: Origin, hints: SourceHints): IngestItem[] {
  const items: IngestItem[] = [];
  // Typed for plain records: with `info` and `raw` on, csv-parse gives each row as a CsvRow.
  const takeRow = (row: unknown): null => {
    items.push(rowToItem(row as CsvRow, origin.file, hints));
    return null;
  };
  try {
    parseSync(text, { ...parseOptions(csvDelimiter(text)), on_record: takeRow });
  } catch (e) {
    return [...items, rejectionOf(e, origin.file)];
  }
  return items.length > 0 ? items : [reject(origin, 'CSV has a header but no rows')];
}

/** A CSV file (or its .gz), streamed row by row. */
export async function* readCsvFile(path: string, hints: SourceHints, onWarning?: OnWarning): AsyncGenerator<IngestItem> {
  let head: DecodedHead;
  try {
    head = await readDecodedHead(path);
  } catch (e) {
    yield rejectionOf(e, path);
    return;
  }
  if (head.kind !== 'text' || head.text.trim() === '') {
    yield reject({ file: path }, head.kind === 'binary' ? head.reason : 'empty input');
    return;
  }
  const input = openDecoded(path, head.encoding, warningsAbout(path, onWarning));
  // Not destroyed on a CSV error: a destroyed stream drops the rows it has parsed but not yet given out, the rows
  // before the error in the same chunk (up to 64 KB of them).
  const parser = parse({ ...parseOptions(csvDelimiter(head.text)), autoDestroy: false } as Options);
  const broken = feed(input, parser);
  let rows = 0;
  // Each row is given out once the next is read: the last one may be the row a break in the input cut short.
  let last: CsvRow | null = null;
  let csvError: unknown = null;
  try {
    for await (const row of parser as AsyncIterable<CsvRow>) {
      if (last !== null) yield rowToItem(last, path, hints);
      last = row;
      rows++;
    }
  } catch (e) {
    csvError = e;
  } finally {
    input.destroy();
    parser.destroy();
  }
  const inputFailure = await broken;
  // A row that ends without its line break is the one the break in the input cut short (an open quote at the
  // end of the input, a CSV error, is the same cut).
  const lastIsWhole = last !== null && (inputFailure === null || /[\r\n]$/.test(last.raw));
  if (lastIsWhole) yield rowToItem(last!, path, hints);
  if (inputFailure !== null) {
    const origin: Origin = last === null ? { file: path } : { file: path, line: lastIsWhole ? rowLine(last) + (last.raw.match(/\n/g)?.length ?? 0) : rowLine(last) };
    yield reject(origin, streamFailureReason(inputFailure));
  } else if (csvError !== null) yield rejectionOf(csvError, path);
  else if (rows === 0) yield reject({ file: path }, 'CSV has a header but no rows');
}

/** Resolves when the stream takes writes again, or is gone; its listeners go with it. */
function drainedOrClosed(stream: Transform): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('close', done);
  });
}

/**
 * Writes the input's chunks into the parser as they flow, then ends it; the input's failure, if it failed. Piped, a
 * failed input destroyed the parser with the rows of the chunks it held, every row of a small gzip export cut short.
 */
async function feed(input: Readable, parser: Transform): Promise<Error | null> {
  let parserDone = false;
  parser.once('error', () => (parserDone = true)).once('close', () => (parserDone = true));
  try {
    for await (const chunk of flowingChunks(input)) {
      if (parserDone) break;
      if (!parser.write(chunk)) await drainedOrClosed(parser);
    }
    return null;
  } catch (e) {
    return e as Error;
  } finally {
    if (!parserDone) parser.end();
  }
}

type DecodedHead = { readonly kind: 'binary'; readonly reason: string } | { readonly kind: 'text'; readonly text: string; readonly encoding: FileEncoding };

/** The first decoded chunk, for the header's separator. */
async function readDecodedHead(path: string): Promise<DecodedHead> {
  // Enough bytes to tell UTF-16 without its mark by its zero bytes, not just the mark.
  const encoding = fileEncoding(await firstChunk(createReadStream(path, { start: 0, end: SNIFF_BYTES - 1 })));
  const head = await firstChunk(openDecoded(path, encoding));
  return looksBinary(head) ? { kind: 'binary', reason: binaryReason(head, 'CSV') } : { kind: 'text', text: head.toString('utf8'), encoding };
}

/**
 * The first chunk as bytes (a decoded UTF-16 stream gives strings: they are taken as UTF-8), also when the stream
 * failed after giving it out (a small gzip export cut short).
 */
async function firstChunk(stream: Readable): Promise<Buffer> {
  try {
    for await (const chunk of flowingChunks(stream)) return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    return Buffer.alloc(0);
  } finally {
    stream.destroy();
  }
}
