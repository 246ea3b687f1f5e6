// A page text's lines and what the page-text stages share about them: their kinds, memos across pages, word sets.
import { findDateLine } from './dates.ts';
import { unpinned } from './unpinned.ts';
import { wordSet } from './text-features.ts';

export type LineKind = 'prose' | 'short' | 'promo' | 'caption' | 'end' | 'template' | 'foreign';
export type Line = { readonly text: string; readonly words: number; readonly kind: LineKind };

/** A date or byline line is at most this many words; a longer one is a sentence, whose dates are events it reports. */
export const MAX_DATE_LINE_WORDS = 10;

/** A label saying the date after it dates the article ("Published: …", "Veröffentlicht am …", "Erschienen am"). */
const PUBLISHED_LABEL_OPENING = String.raw`^[*•]?\s*(?:published|first published|posted|veröffentlicht|erschienen|publiziert|erstellt|publié|publicado|pubblicato|gepubliceerd)\b(?:\s+(?:on|am|le|el|il|op))?\s*:?`;
/** The label with the date printed after it on the same line. */
export const PUBLISHED_LABEL = new RegExp(String.raw`${PUBLISHED_LABEL_OPENING}\s*\S`, 'iu');
/** The label alone, its date on the next line: a field's name, not a headline. */
export const BARE_PUBLISHED_LABEL = new RegExp(String.raw`${PUBLISHED_LABEL_OPENING}$`, 'iu');

/**
 * Facts about a short line's text, remembered across pages: menus, promos, mastheads and footers recur on every
 * page of an outlet, and were tested against every chrome vocabulary, byline and date pattern on each one. Each memo
 * is dropped whole when full, which bounds memory without bookkeeping.
 */
export class TextMemo<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly compute: (text: string) => V) {}

  get(text: string): V {
    let value = this.values.get(text);
    if (value === undefined) {
      value = this.compute(text);
      if (this.values.size >= TEXT_MEMO_MAX_ENTRIES) this.values.clear();
      // The key outlives the page: a copy, so it does not keep the page's whole text.
      this.values.set(unpinned(text), value);
    }
    return value;
  }
}
const TEXT_MEMO_MAX_ENTRIES = 20_000;

export type WordSets = (text: string) => Set<string>;

/** A page's word sets, each computed once: the title search and the repeat check both read the opening paragraphs. */
export function wordSetCache(): WordSets {
  const cache = new Map<string, Set<string>>();
  return (text) => {
    let words = cache.get(text);
    if (words === undefined) {
      words = wordSet(text);
      cache.set(text, words);
    }
    return words;
  };
}

/** Whether a line gives a date, full or partial ("9 August"). */
export function mentionsDate(text: string): boolean {
  const found = findDateLine([text]);
  return found.published_at !== null || found.partial_date !== null;
}
