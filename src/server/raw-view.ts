// The raw input as a reader saw it, split into what cleaning kept and what it removed (struck through in the UI).
import { diffWords } from 'diff';
import { Parser } from 'htmlparser2';
import { htmlText, type Article } from '../model/index.ts';
import type { StoredRaw } from '../store/index.ts';

export type RawSegment = { readonly text: string; readonly removed: boolean };
export type RawView = {
  readonly kind: 'text' | 'html';
  /** The input exactly as stored (HTML source for HTML pages). */
  readonly body: string;
  /** The input's visible text, in order, each run marked kept or removed. */
  readonly segments: readonly RawSegment[];
};

/** Word diffs give up beyond this many edits and fall back to lines: a long page must not stall a request. */
const MAX_WORD_EDITS = 4000;
const SKIPPED_HTML_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const BLOCK_HTML_ELEMENTS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'blockquote', 'figure', 'figcaption', 'ul', 'ol', 'title', 'main', 'pre', 'hr', 'table']);

export function rawView(raw: StoredRaw, article: Article): RawView {
  const body = raw.body.kind === 'text' ? raw.body.text : htmlText(raw.body);
  const visible = raw.body.kind === 'text' ? raw.body.text : visibleText(body);
  return { kind: raw.body.kind, body, segments: markRemoved(visible, article.text) };
}

export function markRemoved(visible: string, kept: string): RawSegment[] {
  const changes = diffWords(visible, kept, { maxEditLength: MAX_WORD_EDITS }) ?? lineChanges(visible, kept);
  const segments: RawSegment[] = [];
  for (const change of changes) {
    if (change.added) continue; // cleaning's own normalisation (joined lines, spacing) is not part of the input
    const removed = Boolean(change.removed);
    const last = segments[segments.length - 1];
    if (last && last.removed === removed) segments[segments.length - 1] = { text: last.text + change.value, removed };
    else segments.push({ text: change.value, removed });
  }
  return segments;
}

/** Fallback when the word diff is too costly: a line is kept when its text appears in the clean article. */
function lineChanges(visible: string, kept: string): Array<{ value: string; removed?: boolean; added?: boolean }> {
  return visible.split(/(?<=\n)/).map((line) => ({ value: line, removed: line.trim() !== '' && !kept.includes(line.trim()) }));
}

/** The text a browser would show, with block boundaries as line breaks. */
export function visibleText(html: string): string {
  let skipping = 0;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_HTML_ELEMENTS.has(name)) skipping++;
        else if (BLOCK_HTML_ELEMENTS.has(name)) text += '\n';
      },
      onclosetag(name) {
        if (SKIPPED_HTML_ELEMENTS.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK_HTML_ELEMENTS.has(name)) text += '\n';
      },
      ontext(data) {
        if (skipping === 0) text += data.replace(/\s+/g, ' ');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
