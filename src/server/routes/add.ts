// POST /api/articles: JSON records, or one raw page (text/plain, text/html), or a form with pasted text and files.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createError } from '../../errors.ts';
import { readBytes, type OnWarning } from '../../ingest/index.ts';
import { describeOrigin, type IngestItem, type InputFormat, type SourceHints } from '../../model/index.ts';
import type { ArticleAdder } from '../add-articles.ts';
import { AddTextParams, parseParams, type AddTextParams as AddTextHints } from '../params.ts';
import { dictionary } from '../../dictionary.ts';

const RAW_TYPES: Readonly<Record<string, InputFormat>> = dictionary({
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'text/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'text/plain': 'text',
  'text/html': 'html',
});
const ACCEPTED = [...Object.keys(RAW_TYPES), 'multipart/form-data'].join(', ');

export function addRoutes(deps: { add: ArticleAdder; maxBodyBytes: number }): Hono {
  return new Hono().post(
    '/articles',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: () => {
        throw createError('body_too_large', { limit: deps.maxBodyBytes });
      },
    }),
    async (c) => {
      const hints = parseParams(AddTextParams, c.req.query());
      // What an upload holds that did not stop it being read (trailing garbage after its gzip data), said beside the result.
      const warnings: Array<{ origin: string; warning: string }> = [];
      const items = await readRequest(c, hints, (w) => warnings.push({ origin: describeOrigin(w.origin), warning: w.message }));
      if (items.length === 0) throw createError('nothing_to_ingest');
      const result = await deps.add(items, hints.source);
      return c.json(warnings.length > 0 ? { ...result, warnings } : result, result.stored.length > 0 ? 201 : 200);
    },
  );
}

async function readRequest(c: Context, hints: AddTextHints, onWarning: OnWarning): Promise<IngestItem[]> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const sourceHints = toSourceHints(hints);
  if (type === 'multipart/form-data') return readForm(c, sourceHints, onWarning);
  const format = RAW_TYPES[type];
  if (!format) throw createError('unsupported_media_type', { type, accepted: ACCEPTED });
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return readBytes(bytes, { file: 'request' }, { format, hints: sourceHints, onWarning });
}

/** The Add page's form: `text` (pasted page text or HTML), `file` (one or more uploads), `source`, `title`, `url`. */
async function readForm(c: Context, queryHints: SourceHints, onWarning: OnWarning): Promise<IngestItem[]> {
  // A body that does not parse as the form its content type announces (no or wrong boundary) is the caller's mistake.
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw createError('invalid_body', { reason: 'not multipart/form-data as its content type says (check the boundary)' });
  });
  const field = (name: string): string | undefined => {
    const v = form[name];
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const formHints = parseParams(AddTextParams, { source: field('source'), title: field('title'), url: field('url'), published_at: field('published_at') });
  const hints = { ...queryHints, ...toSourceHints(formHints) };
  const items: IngestItem[] = [];
  const text = field('text');
  if (text) items.push(...readBytes(new TextEncoder().encode(text), { file: 'pasted text' }, { hints, onWarning }));
  const files = ([] as unknown[]).concat(form.file ?? []);
  for (const file of files) {
    if (!(file instanceof File)) continue;
    items.push(...readBytes(new Uint8Array(await file.arrayBuffer()), { file: file.name || 'upload' }, { hints, onWarning }));
  }
  return items;
}

function toSourceHints(h: AddTextHints): SourceHints {
  return Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as SourceHints;
}
