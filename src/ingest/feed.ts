// RSS, Atom and RDF feeds: one RawInput per item, its HTML content (or summary) as the body.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { rawId } from './identity.ts';
import { dropUndefined, reject } from './records.ts';

type ParsedItem = ReturnType<typeof parseFeed>['items'][number];

/** RSS, Dublin Core and Atom names of an item's date, publication first. */
const DATE_ELEMENTS = ['pubdate', 'date', 'published', 'issued', 'updated', 'modified'];

/**
 * The item's date as ISO 8601, or else its date element's text as written: the parser reads only what `Date` reads,
 * and a value it drops is still the feed's claim, which cleaning reads itself or reports as a warning naming the
 * item ("Mardi, 12 mars 2024" or "32 Jan 2024" was lost without a word).
 */
function publishedAsGiven(item: ParsedItem): string | undefined {
  const read = item.published ?? item.updated;
  if (read !== null) return read.toISOString();
  for (const name of DATE_ELEMENTS) {
    const text = item.element.findElementWithName(name)?.textContent.trim();
    if (text) return text;
  }
  return undefined;
}

export function readFeed(xml: string, origin: Origin, hints: SourceHints): IngestItem[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    return [reject(origin, `not a readable RSS/Atom feed: ${(e as Error).message}`)];
  }
  if (feed.items.length === 0) return [reject(origin, 'feed has no items')];
  return feed.items.map((item, i): IngestItem => {
    const at = { file: origin.file, record: i + 1 };
    const html = item.content ?? item.description;
    if (!html?.trim()) return reject(at, 'feed item has no content or description');
    const itemHints: SourceHints = dropUndefined({
      ...hints,
      source: hints.source ?? feed.title ?? undefined,
      url: item.url ?? undefined,
      title: item.title ?? undefined,
      published_at: publishedAsGiven(item),
      language: feed.language ?? undefined,
      byline: item.authors.map((a) => a.name).filter(Boolean).join(', ') || undefined,
      id: item.id ?? undefined,
    });
    const body = { kind: 'html', html: `<html><body><article>${html}</article></body></html>` } as const;
    return { ok: true, raw: { id: rawId(body, itemHints), origin: at, body, hints: itemHints } };
  });
}
