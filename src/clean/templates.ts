// Outlet templates learned from the corpus: lines that recur across many pages of one outlet are chrome.
import { createHash } from 'node:crypto';
import { TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE } from './boilerplate.ts';
import { normaliseWhitespace } from './text-features.ts';

/** What the store knows of an outlet's pages; the cleaner only reads it. */
export interface TemplateLookup {
  /** Pages of this outlet seen so far. */
  pagesSeen(source: string): number;
  /** Pages of this outlet on which a line with this hash appeared. */
  pagesWithLine(source: string, lineHash: string): number;
}

export const NO_TEMPLATES: TemplateLookup = { pagesSeen: () => 0, pagesWithLine: () => 0 };

export function lineHash(line: string): string {
  return createHash('sha1').update(normaliseWhitespace(line).toLowerCase()).digest('base64url').slice(0, 16);
}

/** Distinct line hashes of a page, to record after it is ingested. */
export function pageLineHashes(text: string): string[] {
  const hashes = new Set<string>();
  for (const line of text.split(/\r?\n/)) if (line.trim()) hashes.add(lineHash(line));
  return [...hashes];
}

export function isTemplateLine(lookup: TemplateLookup, source: string | null, line: string): boolean {
  if (!source) return false;
  const pages = lookup.pagesSeen(source);
  if (pages < TEMPLATE_MIN_PAGES) return false;
  const seen = lookup.pagesWithLine(source, lineHash(line));
  return seen >= TEMPLATE_MIN_PAGES && seen / pages >= TEMPLATE_MIN_SHARE;
}
