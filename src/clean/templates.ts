// Outlet templates learned from the corpus: lines that recur across many pages of one outlet are chrome.
import { createHash, hash as oneShotHash } from 'node:crypto';
import { TEMPLATE_MIN_PAGES, TEMPLATE_MIN_SHARE } from './boilerplate.ts';
import { normaliseWhitespace } from './text-features.ts';
import { unpinned } from './unpinned.ts';

/** What the store knows of an outlet's pages; the cleaner only reads it. */
export interface TemplateLookup {
  /** Pages of this outlet seen so far. */
  pagesSeen(source: string): number;
  /** Pages of this outlet on which a line with this hash appeared. */
  pagesWithLine(source: string, lineHash: string): number;
}

export const NO_TEMPLATES: TemplateLookup = { pagesSeen: () => 0, pagesWithLine: () => 0 };

/** A line is hashed when it is classified and again when the page is recorded; chrome lines recur on every page. */
const HASH_MEMO = new Map<string, string>();
const HASH_MEMO_MAX_ENTRIES = 50_000;
/**
 * Only lines up to this long are remembered: chrome (menus, promos, footers) is short, while paragraphs are long and
 * seldom recur, so remembering them cost a long key's hashing and churned the memo (pages hash ~30% faster).
 */
const HASH_MEMO_MAX_LINE_CHARS = 160;

/** crypto.hash (Node 20.12+) skips the Hash object a line would otherwise cost; older Nodes take the long way. */
const sha1Base64url = (text: string): string =>
  typeof oneShotHash === 'function' ? oneShotHash('sha1', text, 'base64url') : createHash('sha1').update(text).digest('base64url');

export function lineHash(line: string): string {
  if (line.length > HASH_MEMO_MAX_LINE_CHARS) return hashOfLine(line);
  const memo = HASH_MEMO.get(line);
  if (memo !== undefined) return memo;
  const hash = hashOfLine(line);
  // Dropping the whole memo when full keeps memory bounded without bookkeeping; the chrome is re-learned within a page or two.
  if (HASH_MEMO.size >= HASH_MEMO_MAX_ENTRIES) HASH_MEMO.clear();
  // The key outlives the page: a copy, so it does not keep the page's whole text.
  HASH_MEMO.set(unpinned(line), hash);
  return hash;
}

const hashOfLine = (line: string): string => sha1Base64url(normaliseWhitespace(line).toLowerCase()).slice(0, 16);

/**
 * A line this long is not a paragraph but a whole text that lost its line breaks (scraped exports often hold one):
 * its sentences stand in for lines, so an outlet's cookie notice or sign-up promo inside it is learned and dropped too.
 */
export const BLOB_LINE_CHARS = 1000;
/** Sentences shorter than this ("Foto: AP.") say too little to be learned as chrome on their own. */
const MIN_BLOB_SENTENCE_CHARS = 40;
/** After terminal punctuation, at a space or where the next sentence starts glued on ("Datenschutz.Details"). */
const BLOB_SENTENCE_END = /(?<=[.!?])\s+|(?<=[a-z\u00df-\u00ff][.!?])(?=\p{Lu})/u;

function blobSentences(line: string): string[] {
  return line.split(BLOB_SENTENCE_END).filter((sentence) => sentence.length >= MIN_BLOB_SENTENCE_CHARS);
}

/**
 * Where the words of a sentence could start a recurring one: a blob opens with its headline, which has no full stop,
 * so the outlet's notice after it is glued to it ("Vote delayed again To improve our website…").
 */
function wordStarts(sentence: string): number[] {
  const starts: number[] = [];
  for (const match of sentence.matchAll(/\s+/gu)) {
    const start = match.index + match[0].length;
    if (sentence.length - start >= MIN_BLOB_SENTENCE_CHARS) starts.push(start);
  }
  return starts;
}

/**
 * Distinct line hashes of a page (and of the sentences of its blob lines), to record after it is ingested. The cleaner
 * reads them off the lines it hashes anyway (readPageLines' `lineHashes`); this is what they must equal.
 */
export function pageLineHashes(text: string): string[] {
  const hashes = new Set<string>();
  for (const line of text.split(/\r?\n/)) if (line.trim()) addRecordedHashes(hashes, line, lineHash(line));
  return [...hashes];
}

/** A printed line's hashes to record, in order: its own (`hash`, its lineHash), then a blob line's sentences'. */
export function addRecordedHashes(hashes: Set<string>, line: string, hash: string): void {
  hashes.add(hash);
  if (line.length <= BLOB_LINE_CHARS) return;
  const sentences = blobSentences(line);
  for (const sentence of sentences) hashes.add(lineHash(sentence));
  const opening = sentences[0];
  if (opening !== undefined) for (const start of wordStarts(opening)) hashes.add(lineHash(opening.slice(start)));
}

/** A blob line without the sentences its outlet prints on most pages; other lines as they are. */
export function withoutTemplateSentences(lookup: TemplateLookup, source: string | null, line: string): string {
  if (line.length <= BLOB_LINE_CHARS || !source || lookup.pagesSeen(source) < TEMPLATE_MIN_PAGES) return line;
  const isTemplate = (sentence: string) => sentence.length >= MIN_BLOB_SENTENCE_CHARS && isTemplateLine(lookup, source, sentence);
  const parts = line.split(BLOB_SENTENCE_END);
  const kept = parts.filter((sentence) => !isTemplate(sentence));
  // The opening sentence keeps its headline when what follows it is the outlet's.
  const opening = kept[0];
  const cut = opening === undefined || opening !== parts[0] ? undefined : wordStarts(opening).find((start) => isTemplate(opening.slice(start)));
  if (cut !== undefined) kept[0] = opening!.slice(0, cut).trimEnd();
  return kept.length === parts.length && cut === undefined ? line : kept.join(' ');
}

function isTemplateLine(lookup: TemplateLookup, source: string | null, line: string): boolean {
  if (!source) return false;
  const pages = lookup.pagesSeen(source);
  // The line is hashed only once its outlet has pages enough to have a template.
  return pages >= TEMPLATE_MIN_PAGES && isPrintedOnEnough(lookup, source, pages, lineHash(line));
}

/** isTemplateLine for a line whose hash is known. */
export function isTemplateLineHash(lookup: TemplateLookup, source: string, hash: string): boolean {
  const pages = lookup.pagesSeen(source);
  return pages >= TEMPLATE_MIN_PAGES && isPrintedOnEnough(lookup, source, pages, hash);
}

/** Whether a line is printed on enough of its outlet's `pages` to be the outlet's template. */
function isPrintedOnEnough(lookup: TemplateLookup, source: string, pages: number, hash: string): boolean {
  const seen = lookup.pagesWithLine(source, hash);
  return seen >= TEMPLATE_MIN_PAGES && seen / pages >= TEMPLATE_MIN_SHARE;
}
