// Turns one JSON object of an export into a RawInput: validates the fields Parallax reads, keeps the rest.
import { z } from 'zod';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { rawId } from './identity.ts';

const optionalText = z.string().trim().min(1).nullish().transform((v) => v ?? undefined);

const ArticleRecord = z
  .object({
    id: z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? undefined : String(v))),
    source: optionalText,
    url: optionalText,
    title: optionalText,
    text: optionalText,
    html: optionalText,
    published_at: optionalText,
    language: optionalText,
  })
  .passthrough();

const KNOWN_FIELDS = new Set(['id', 'source', 'url', 'title', 'text', 'html', 'published_at', 'language']);

/** Validates one record; a bad record is a rejection naming the field, never an exception. */
export function recordToItem(value: unknown, origin: Origin, fallback: SourceHints = {}): IngestItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject(origin, 'expected a JSON object with an article');
  }
  const parsed = ArticleRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return reject(origin, `field "${issue.path.join('.') || '?'}": ${issue.message}`);
  }
  const r = parsed.data;
  if (!r.text && !r.html) return reject(origin, 'record has neither "text" nor "html"');
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!KNOWN_FIELDS.has(k)) extra[k] = v;
  const hints: SourceHints = dropUndefined({
    ...fallback,
    id: r.id,
    source: r.source ?? fallback.source,
    url: r.url,
    title: r.title,
    published_at: r.published_at,
    language: r.language,
    extra: Object.keys(extra).length ? extra : undefined,
  });
  const body = r.html ? ({ kind: 'html', html: r.html } as const) : ({ kind: 'text', text: r.text! } as const);
  return { ok: true, raw: { id: rawId(body, hints), origin, body, hints } };
}

function reject(origin: Origin, reason: string): IngestItem {
  return { ok: false, rejection: { origin, reason } };
}

/** Hints without absent fields, so the same metadata always hashes to the same raw id. */
export function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
