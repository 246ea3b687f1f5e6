// Raw scraped page text (a whole page's visible text, site chrome included) to the article's own parts.
import {
  CAPTION_PATTERNS, END_MARKERS, MAX_CAPTION_WORDS, MAX_CHROME_RUN, MAX_CHROME_WORDS, MIN_PROSE_WORDS, OUTLET_NAME_WORDS,
  PROMO_PATTERNS, REPEAT_CONTAINMENT, matchesAny,
} from './boilerplate.ts';
import { extractByline } from './byline.ts';
import { extractDateline } from './dateline.ts';
import { findDateLine, type FoundDate } from './dates.ts';
import { isTemplateLine, type TemplateLookup } from './templates.ts';
import { containment, countWords, dominantScript, endsLikeSentence, normaliseWhitespace, wordSet } from './text-features.ts';

export type PageTextParts = {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly byline: string | null;
  readonly date: FoundDate;
  readonly paragraphs: string[];
  /** Captions and credit lines removed from the text; they still credit agencies. */
  readonly captions: string[];
};

type LineKind = 'prose' | 'short' | 'promo' | 'caption' | 'end' | 'template' | 'foreign';
type Line = { readonly text: string; readonly words: number; readonly kind: LineKind; readonly dateline: boolean };

/** Headlines are between these many words; shorter is a label, longer a paragraph. */
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 25;
/** Only the first lines of a page can hold the outlet's name. */
const HEADER_LINES_FOR_SITE_NAME = 3;
const MAX_SITE_NAME_WORDS = 5;

export function extractPageText(text: string, source: string | null, templates: TemplateLookup): PageTextParts {
  const raw = text.split(/\r?\n/).map(normaliseWhitespace).filter((l) => l.length > 0);
  const script = dominantScript(raw.filter((l) => countWords(l) >= MIN_PROSE_WORDS).join(' '));
  const lines = raw.map((t) => classifyLine(t, script, isTemplateLine(templates, source, t)));
  const start = findBodyStart(lines);
  const header = lines.slice(0, start < 0 ? lines.length : start);
  const titleIndex = findTitle(header);
  const paragraphs = start < 0 ? [] : collectBody(lines.slice(start));
  const headerTexts = header.map((l) => l.text);
  return {
    title: titleIndex < 0 ? null : header[titleIndex]!.text,
    siteName: findSiteName(headerTexts.slice(0, HEADER_LINES_FOR_SITE_NAME)) ?? findCopyrightName(raw),
    byline: firstOf(headerTexts, extractByline) ?? firstOf(paragraphs.slice(0, 2), extractByline),
    date: findDateLine(headerTexts.filter((_, i) => i !== titleIndex)),
    paragraphs: paragraphs.filter((p) => !extractByline(p)),
    captions: lines.filter((l) => l.kind === 'caption').map((l) => l.text),
  };
}

function classifyLine(text: string, script: string | null, template: boolean): Line {
  const words = countWords(text);
  const dateline = extractDateline(text) !== null;
  const short = words <= MAX_CHROME_WORDS;
  const line = (kind: LineKind): Line => ({ text, words, kind, dateline });
  if (template) return line('template');
  if (words <= MAX_CAPTION_WORDS && matchesAny(CAPTION_PATTERNS, text)) return line('caption');
  if (short && matchesAny(END_MARKERS, text)) return line('end');
  if (short && matchesAny(PROMO_PATTERNS, text)) return line('promo');
  if (script && short && dominantScript(text) !== script) return line('foreign');
  const prose = dateline || (words >= MIN_PROSE_WORDS && endsLikeSentence(text)) || words > MAX_CHROME_WORDS;
  return line(prose ? 'prose' : 'short');
}

/**
 * The article starts at its dateline when it has one, else at the first prose line that is followed
 * directly by more prose: a lone sentence among menus is a tagline or teaser, not the article.
 */
function findBodyStart(lines: readonly Line[]): number {
  const dateline = lines.findIndex((l) => l.dateline && l.kind === 'prose');
  const run = lines.findIndex((l, i) => l.kind === 'prose' && lines[i + 1]?.kind === 'prose');
  if (dateline >= 0 && (run < 0 || run >= dateline || isRepeatOfLater(lines, run, dateline))) return dateline;
  if (run >= 0) return run;
  return lines.findIndex((l) => l.kind === 'prose');
}

/** A teaser printed before the dateline paragraph that repeats it. */
function isRepeatOfLater(lines: readonly Line[], from: number, dateline: number): boolean {
  for (let i = from; i < dateline; i++) {
    const l = lines[i]!;
    if (l.kind === 'prose' && containment(wordSet(l.text), wordSet(lines[dateline]!.text)) < REPEAT_CONTAINMENT) return false;
  }
  return true;
}

/** The headline is the headline-shaped line nearest above the article. */
function findTitle(header: readonly Line[]): number {
  for (let i = header.length - 1; i >= 0; i--) {
    const l = header[i]!;
    if (l.kind !== 'short' && l.kind !== 'prose') continue;
    if (l.words < MIN_TITLE_WORDS || l.words > MAX_TITLE_WORDS) continue;
    if (/[.:;,]$/.test(l.text) || extractByline(l.text) || isDateOnly(l.text) || isSiteName(l.text)) continue;
    return i;
  }
  return -1;
}

function isDateOnly(text: string): boolean {
  return findDateLine([text]).published_at !== null && countWords(text) <= 8;
}

/** Body: prose lines in order, short lines only between prose (subheadings), until a widget or a run of chrome. */
function collectBody(lines: readonly Line[]): string[] {
  const kept: Array<{ text: string; words: Set<string> }> = [];
  let chromeRun = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'end') break;
    if (l.kind !== 'prose') {
      chromeRun++;
      if (chromeRun >= MAX_CHROME_RUN) break;
      if (l.kind === 'short' && isSubheading(lines, i)) keep(kept, l.text);
      continue;
    }
    chromeRun = 0;
    keep(kept, l.text);
  }
  return kept.map((k) => k.text);
}

function isSubheading(lines: readonly Line[], i: number): boolean {
  const l = lines[i]!;
  return l.words >= MIN_TITLE_WORDS && !/[,;:]$/.test(l.text) && lines[i - 1]?.kind === 'prose' && lines[i + 1]?.kind === 'prose';
}

/** Keeps a paragraph once: a later repeat is dropped; an earlier teaser the new paragraph contains is replaced. */
function keep(kept: Array<{ text: string; words: Set<string> }>, text: string): void {
  const words = wordSet(text);
  for (let j = 0; j < kept.length; j++) {
    const k = kept[j]!;
    if (containment(words, k.words) >= REPEAT_CONTAINMENT && words.size <= k.words.size) return;
    if (containment(k.words, words) >= REPEAT_CONTAINMENT) {
      kept[j] = { text, words };
      return;
    }
  }
  kept.push({ text, words });
}

function findSiteName(lines: readonly string[]): string | null {
  for (const line of lines) if (isSiteName(line)) return line.replace(/^[-–—•|*>\s]+|[-–—•|*\s]+$/g, '');
  return null;
}

function isSiteName(text: string): boolean {
  const words = countWords(text);
  return words <= MAX_SITE_NAME_WORDS && !endsLikeSentence(text) && OUTLET_NAME_WORDS.test(text) && /^[-–—•|*>\s]*\p{Lu}/u.test(text);
}

/** "© 2013 The Straits Times", "Copyright 2024 Example News. All rights reserved." */
function findCopyrightName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{Lu}][\p{L}&.' -]{1,50}?)(?:[.,|]|\s+all rights|$)/iu.exec(line);
    if (m && countWords(m[1]!) <= MAX_SITE_NAME_WORDS) return m[1]!.trim();
  }
  return null;
}

function firstOf<T>(items: readonly string[], f: (s: string) => T | null): T | null {
  for (const item of items) {
    const v = f(item);
    if (v !== null) return v;
  }
  return null;
}
