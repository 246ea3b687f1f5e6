// Web archives (WARC, optionally gzipped per record): each HTML response record becomes a RawInput.
// Streamed record by record with warcio, so archives larger than memory are fine.
import { Readable } from 'node:stream';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { rawId } from './identity.ts';
import { isGzip } from './sniff.ts';
import { reject } from './records.ts';
import { warningsAbout, type OnDecodeWarning } from './decoded-stream.ts';
import { GunzipStream } from './gunzip.ts';
import type { OnWarning } from './read-bytes.ts';

const HTML_TYPES = /text\/html|application\/xhtml\+xml/i;

export async function* readWarc(stream: AsyncIterable<Uint8Array>, origin: Origin, hints: SourceHints, onWarning?: OnWarning): AsyncGenerator<IngestItem> {
  let n = 0;
  let articles = 0;
  try {
    for await (const record of new WARCParser(gunzipped(stream, warningsAbout(origin.file, onWarning)))) {
      n++;
      const malformed = malformedHeader(record);
      if (malformed !== null) {
        yield reject({ file: origin.file, record: n }, malformed);
        return;
      }
      const html = isHtmlResponse(record);
      // Records not read are drained, not skipped: warcio's skip never returns at the end of a cut-off archive.
      const bytes = html ? await record.readFully(true) : await drain(record);
      if (isCutShort(record)) {
        yield reject({ file: origin.file, record: n }, 'WARC record is cut short (the archive ends inside it)');
        return;
      }
      if (!html) continue;
      const url = record.warcTargetURI ?? undefined;
      const recordHints: SourceHints = { ...hints, ...(url ? { url } : {}) };
      const body = { kind: 'html', html: decodeHtmlBytes(bytes) } as const;
      articles++;
      yield { ok: true, raw: { id: rawId(body, recordHints), origin: { file: origin.file, record: n }, body, hints: recordHints } };
    }
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const reason = error.code?.startsWith('Z_') ? `corrupt gzip data (${error.message})` : `unreadable WARC record: ${error.message}`;
    yield reject({ file: origin.file, record: n + 1 }, reason);
    return;
  }
  if (articles === 0) yield reject(origin, 'WARC holds no HTML responses');
}

const FOLLOWING_LOST = 'the records after it cannot be found';

/**
 * Why a record's header cannot be read, or null. warcio reads any text as a record: a file that is no archive was
 * reported as one holding no HTML responses, and a Content-Length it cannot read made the record run to the end of
 * the file, swallowing every record after it without a word.
 */
function malformedHeader(record: WARCRecord): string | null {
  if (!record.warcHeaders.protocol?.startsWith('WARC/')) return 'not a WARC record (it does not start with a WARC/ version line)';
  const length = record.warcHeaders.headers.get('Content-Length') ?? null;
  if (length === null) return `WARC record header has no Content-Length (cut short?); ${FOLLOWING_LOST}`;
  if (!/^\s*\d+\s*$/.test(length)) return `WARC record header has a Content-Length that is no number (${JSON.stringify(length)}); ${FOLLOWING_LOST}`;
  return null;
}

function isHtmlResponse(record: WARCRecord): boolean {
  if (record.warcType !== 'response' && record.warcType !== 'resource') return false;
  const type = record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? '';
  const status = record.httpHeaders?.statusCode;
  return HTML_TYPES.test(type) && (status === undefined || (Number(status) >= 200 && Number(status) < 300));
}

async function drain(record: WARCRecord): Promise<Uint8Array> {
  for await (const _chunk of record.reader) {
    // read and dropped: a video in an archive should not be held in memory
  }
  return new Uint8Array();
}

/** Whether the archive ended before the record's Content-Length did: its reader still has bytes to give. */
function isCutShort(record: WARCRecord): boolean {
  return record._reader instanceof LimitReader && record._reader.limit > 0;
}

/**
 * A gzipped archive is unzipped here, which reports a member cut off part-way as an error; warcio's own inflater
 * stops quietly there, and the records after the cut were silently missing.
 */
async function* gunzipped(source: AsyncIterable<Uint8Array>, onWarning: OnDecodeWarning): AsyncGenerator<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return;
  const all = (async function* () {
    yield first.value;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  })();
  if (!isGzip(first.value)) {
    yield* all;
    return;
  }
  const input = Readable.from(all);
  const gunzip = new GunzipStream(onWarning);
  input.on('error', (e) => gunzip.destroy(e));
  yield* input.pipe(gunzip);
}
