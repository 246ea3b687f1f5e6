// RSS, Atom and RDF feeds: one RawInput per item, its HTML content (or summary) as the body.
import { parseFeed } from '@rowanmanning/feed-parser';
import { decodeXML } from 'entities';
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

/** An item's or entry's opening tag and closing tag (RSS, RDF, Atom; with a namespace prefix or not). */
const ITEM_OPEN = /<(?:[\w.-]+:)?(?:item|entry)[\s>]/g;
const ITEM_CLOSE = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g;

/** Where the last match of a global pattern in the text starts and ends, or null. */
function lastMatch(text: string, pattern: RegExp): { readonly start: number; readonly end: number } | null {
  let last = null;
  for (const m of text.matchAll(pattern)) last = { start: m.index, end: m.index + m[0].length };
  return last;
}

/**
 * A feed that ends inside an item (a download cut short): the text up to the end of its last whole item, and the
 * cut item's title when its title is whole. null when the feed does not end inside an item.
 */
function cutInsideItem(xml: string): { readonly wholeItems: string; readonly title: string | undefined } | null {
  const open = lastMatch(xml, ITEM_OPEN);
  const close = lastMatch(xml, ITEM_CLOSE);
  if (open === null || (close !== null && close.end > open.start)) return null;
  const title = /<title[^>]*>\s*(?:<!\[CDATA\[)?([^<\]]+?)(?:\]\]>)?\s*<\/title>/.exec(xml.slice(open.start))?.[1]?.replace(/\s+/g, ' ');
  return { wholeItems: xml.slice(0, close?.end ?? open.start), title: title && decodeXML(title) };
}

export function readFeed(xml: string, origin: Origin, hints: SourceHints): IngestItem[] {
  // The parser reads a cut item as far as it goes (a title without its content) or fails on it (an open CDATA
  // section), so the whole items are read apart from it and the cut one is named as cut.
  const cut = cutInsideItem(xml);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(cut?.wholeItems ?? xml);
  } catch (e) {
    return [reject(origin, `not a readable RSS/Atom feed: ${oneLine((e as Error).message)}`)];
  }
  const cutItem = cut && reject({ file: origin.file, record: feed.items.length + 1 }, `feed is cut off inside this item${cut.title ? ` ("${cut.title}")` : ''}; the file ends before its closing tag`);
  if (feed.items.length === 0) return [cutItem ?? reject(origin, 'feed has no items')];
  const items = feed.items.map((item, i): IngestItem => {
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
  return cutItem ? [...items, cutItem] : items;
}

/** A parser's message quotes the feed around the error, line breaks and all; a rejection is one line. */
const oneLine = (message: string): string => message.replace(/\s+/g, ' ').trim();
