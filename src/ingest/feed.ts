// RSS, Atom and RDF feeds: one RawInput per item, its HTML content (or summary) as the body.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { rawId } from './identity.ts';
import { dropUndefined } from './records.ts';

export function readFeed(xml: string, origin: Origin, hints: SourceHints): IngestItem[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    return [{ ok: false, rejection: { origin, reason: `not a readable RSS/Atom feed: ${(e as Error).message}` } }];
  }
  if (feed.items.length === 0) return [{ ok: false, rejection: { origin, reason: 'feed has no items' } }];
  return feed.items.map((item, i): IngestItem => {
    const at = { file: origin.file, record: i + 1 };
    const html = item.content ?? item.description;
    if (!html?.trim()) return { ok: false, rejection: { origin: at, reason: 'feed item has no content or description' } };
    const itemHints: SourceHints = dropUndefined({
      ...hints,
      source: hints.source ?? feed.title ?? undefined,
      url: item.url ?? undefined,
      title: item.title ?? undefined,
      published_at: item.published?.toISOString() ?? item.updated?.toISOString() ?? undefined,
      language: feed.language ?? undefined,
      byline: item.authors.map((a) => a.name).filter(Boolean).join(', ') || undefined,
      id: item.id ?? undefined,
    });
    const body = { kind: 'html', html: `<html><body><article>${html}</article></body></html>` } as const;
    return { ok: true, raw: { id: rawId(body, itemHints), origin: at, body, hints: itemHints } };
  });
}
