// extractHtml: parse once, read metadata from the full page, then score and emit the article text.
//
// Calibration: thresholds marked "Readability's value" come from Mozilla Readability; the others were set
// while inspecting failures on the two dev sets (readability-test-pages, trafilatura-dev) and kept only when
// `npm run eval:extract` showed no loss on either set; where a sweep was run, its result is noted by the constant.
import { withClosingCredit } from './authors.ts';
import { collectBlocks } from './blocks.ts';
import { elementsNamed, normalizeSpace, parsePage, type Document, type Element } from './dom.ts';
import { filterBlocks } from './filters.ts';
import { readMetadata } from './metadata.ts';
import { findLead } from './lead.ts';
import { findDrops } from './prune.ts';
import { selectContent } from './score.ts';
import { computeStats } from './stats.ts';
import type { HtmlExtraction, HtmlExtractionOptions } from './types.ts';
import { unpinned } from '../unpinned.ts';

/** Below this many characters of article text, the class-based pruning probably removed the article
 *  (Readability's retry threshold), so extraction runs again without it. */
const MIN_ARTICLE_CHARS = 500;

/** The embedded body replaces extracted text only when it is this many times longer. */
const EMBEDDED_BODY_ADVANTAGE = 2;

function textLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

function extractParagraphs(body: Element, skip: (element: Element) => boolean, title: string | null, order: () => Map<Element, number>): string[] {
  const stats = computeStats(body, skip);
  const containers = selectContent(body, stats);
  const lead = findLead(containers, stats, order, title);
  return filterBlocks(collectBlocks(lead === null ? containers : [lead, ...containers], stats), title);
}

/** A stand-in <body> over the document's top-level nodes (their parent links still point at the document). */
function syntheticBody(document: Document): Element {
  return { type: 'tag', name: 'body', attribs: {}, children: document.children, parent: null } as unknown as Element;
}

/** `html` is the page's text, or its bytes when they are valid UTF-8 (parsed without decoding the whole page). */
export function extractHtml(html: string | Uint8Array, options: HtmlExtractionOptions = {}): HtmlExtraction {
  const { document, elements } = parsePage(html);
  const metadata = readMetadata(document, elements, options.url ?? null);
  // Pages without <body> (or even <html>) put everything under whatever is there; <head> is not dropped as a
  // whole for the same reason (a page missing </head> keeps its article inside it).
  const body = elementsNamed(elements, 'body')[0] ?? elementsNamed(elements, 'html')[0]
    ?? syntheticBody(document);
  const drops = findDrops(body);
  let positions: Map<Element, number> | null = null;
  const order = (): Map<Element, number> => (positions ??= new Map(elements.map((element, index) => [element, index] as const)));
  let paragraphs = extractParagraphs(body, (e) => drops.furniture.has(e) || drops.unlikely.has(e), metadata.title, order);
  if (textLength(paragraphs) < MIN_ARTICLE_CHARS && drops.unlikely.size > 0) {
    const retry = extractParagraphs(body, (e) => drops.furniture.has(e), metadata.title, order);
    if (textLength(retry) > textLength(paragraphs)) paragraphs = retry;
  }
  // Script-rendered pages may hold their article only in JSON-LD; use it when the markup gave much less.
  const { embeddedBody, ...fields } = metadata;
  if (embeddedBody !== null && textLength(paragraphs) < MIN_ARTICLE_CHARS) {
    const embedded = embeddedBody.split(/\n\s*\n|\r?\n/).map(normalizeSpace).filter((p) => p !== '');
    if (textLength(embedded) > textLength(paragraphs) * EMBEDDED_BODY_ADVANTAGE) paragraphs = embedded;
  }
  return unpinnedExtraction({ ...fields, byline: withClosingCredit(fields.byline, fields.siteName, paragraphs), paragraphs });
}

/** The extraction's texts are cut from the page (a paragraph is often one text node, a title an attribute): copied
 *  out, what is kept of an article (the stories' window, memos keyed by its lines) does not keep its whole page. */
function unpinnedExtraction(extraction: HtmlExtraction): HtmlExtraction {
  const copy = (text: string | null): string | null => (text === null ? null : unpinned(text));
  return {
    title: copy(extraction.title),
    siteName: copy(extraction.siteName),
    url: copy(extraction.url),
    publishedAt: copy(extraction.publishedAt),
    byline: copy(extraction.byline),
    language: copy(extraction.language),
    description: copy(extraction.description),
    paragraphs: extraction.paragraphs.map(unpinned),
  };
}
