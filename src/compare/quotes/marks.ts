// Quoted spans in one paragraph: paired marks of any style (“ ”, " ", „ “, « », ‘ ’), or an opener left open to the
// paragraph's end, the convention for a quotation that continues in the next paragraph.
import { APOSTROPHE_LIKE, QUOTE_CLOSERS } from '../vocabulary.ts';

export type QuoteSpan = {
  /** Offset of the opening mark in the paragraph. */
  readonly open: number;
  /** Offsets of the quoted words (end exclusive), marks excluded. */
  readonly start: number;
  readonly end: number;
  /** Offset of the closing mark; null when the quote runs on past the paragraph. */
  readonly close: number | null;
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Any opening mark: lets the scan jump from mark to mark instead of testing every character. */
const ANY_OPENER = new RegExp(`[${Object.keys(QUOTE_CLOSERS).join('')}]`, 'gu');
const HAS_LETTER = /\p{L}/u;
const SPACED_OPENERS: ReadonlySet<string> = new Set(['«']);
/** Characters after which a straight double quote opens rather than closes. */
const OPENING_CONTEXT = /[\s([{\-–—:/]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char);
}

function opensHere(paragraph: string, i: number): boolean {
  const mark = paragraph[i]!;
  if (QUOTE_CLOSERS[mark] === undefined) return false;
  const before = paragraph[i - 1];
  const after = paragraph[i + 1];
  if (after === undefined) return false;
  // French guillemets take a space inside (« Nous… »); every other opener touches its first word, but in text split
  // into tokens (research corpora: “ Title 42 is a directive , ” Bedingfield said .) a curly opener stands apart too,
  // and opens when its own closer follows (a German closing “ has none).
  if (/\s/u.test(after) && !SPACED_OPENERS.has(mark) && !(mark === '“' && paragraph.includes('”', i + 1))) return false;
  if (mark === '"' || APOSTROPHE_LIKE.has(mark)) return before === undefined || OPENING_CONTEXT.test(before) || (!isWordChar(before) && mark !== '"');
  return true;
}

function closerAt(paragraph: string, from: number, mark: string): number | null {
  const closers = QUOTE_CLOSERS[mark] ?? [];
  for (let i = from; i < paragraph.length; i++) {
    const char = paragraph[i]!;
    if (!closers.includes(char)) continue;
    // An apostrophe inside a word ("we’re", "Russia’s") does not close a single-quoted span.
    if (APOSTROPHE_LIKE.has(char) && (isWordChar(paragraph[i + 1]) || /\s/u.test(paragraph[i - 1] ?? ' '))) continue;
    return i;
  }
  return null;
}

/** Every top-level quoted span, in order; nested quotes stay inside their outer span. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    ANY_OPENER.lastIndex = i;
    const next = ANY_OPENER.exec(paragraph);
    if (next === null) break;
    i = next.index;
    if (!opensHere(paragraph, i)) {
      i++;
      continue;
    }
    const mark = paragraph[i]!;
    const close = closerAt(paragraph, i + 1, mark);
    const end = close ?? paragraph.length;
    // A lone apostrophe-like mark with no partner is an elision ("’90s"), not a quote.
    if (close === null && APOSTROPHE_LIKE.has(mark)) {
      i++;
      continue;
    }
    const inner = paragraph.slice(i + 1, end);
    if (HAS_LETTER.test(inner)) spans.push({ open: i, start: i + 1, end, close });
    i = end + 1;
  }
  return spans;
}

/** A paragraph whose first visible character opens a quote: the usual way a quotation carries on. */
export function startsWithQuote(paragraph: string): boolean {
  const first = paragraph.search(/\S/u);
  return first >= 0 && opensHere(paragraph, first);
}
