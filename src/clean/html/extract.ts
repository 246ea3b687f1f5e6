// extractHtml: parse once, read metadata from the full page, then prune, score and emit the article text.
import { collectBlocks } from './blocks.ts';
import { allElements, parseHtml, type Element } from './dom.ts';
import { filterBlocks } from './filters.ts';
import { readMetadata } from './metadata.ts';
import { pruneTree } from './prune.ts';
import { selectContent } from './score.ts';
import { computeStats } from './stats.ts';
import type { HtmlExtraction, HtmlExtractionOptions } from './types.ts';

export function extractHtml(html: string, options: HtmlExtractionOptions = {}): HtmlExtraction {
  const document = parseHtml(html);
  const elements = allElements(document);
  const metadata = readMetadata(document, elements, options.url ?? null);
  const body = elements.find((element) => element.name === 'body') ?? elements.find((element) => element.name === 'html');
  let paragraphs: string[] = [];
  if (body !== undefined) {
    pruneTree(body);
    const stats = computeStats(body);
    const containers: Element[] = selectContent(body, stats);
    paragraphs = filterBlocks(collectBlocks(containers, stats), metadata.title);
  }
  return { ...metadata, paragraphs };
}
