// Web archives (WARC, optionally gzipped per record): each HTML response record becomes a RawInput.
// Streamed record by record with warcio, so archives larger than memory are fine.
import { WARCParser } from 'warcio';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { rawId } from './identity.ts';

const HTML_TYPES = /text\/html|application\/xhtml\+xml/i;

export async function* readWarc(stream: AsyncIterable<Uint8Array>, origin: Origin, hints: SourceHints): AsyncGenerator<IngestItem> {
  let n = 0;
  let articles = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      n++;
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      const type = record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? '';
      if (!HTML_TYPES.test(type)) continue;
      const status = record.httpHeaders?.statusCode;
      if (status !== undefined && (Number(status) < 200 || Number(status) >= 300)) continue;
      const bytes = await record.readFully(true);
      const url = record.warcTargetURI ?? undefined;
      const recordHints: SourceHints = { ...hints, ...(url ? { url } : {}) };
      const body = { kind: 'html', html: decodeHtmlBytes(bytes) } as const;
      articles++;
      // Records are numbered from 1 like lines, so a rejection can say which one.
      yield { ok: true, raw: { id: rawId(body, recordHints), origin: { file: origin.file, line: n }, body, hints: recordHints } };
    }
  } catch (e) {
    yield { ok: false, rejection: { origin: { file: origin.file, line: n + 1 }, reason: `unreadable WARC record: ${(e as Error).message}` } };
    return;
  }
  if (articles === 0) yield { ok: false, rejection: { origin, reason: 'WARC holds no HTML responses' } };
}
