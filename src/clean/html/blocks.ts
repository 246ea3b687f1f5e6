// Turns the chosen containers into paragraphs: block elements split text, furniture inside the article
// is skipped, and each block is checked against boilerplate, caption and repeat filters.
import { classAndId, isTag, isText, normalizeSpace, type AnyNode, type Element } from './dom.ts';
import { linkDensity, type TextStats } from './stats.ts';
import { BLOCK_TAGS, CONTAINER_TAGS, NEGATIVE_HINT, POSITIVE_HINT, ARTICLE_BODY_HINT } from './vocabulary.ts';

/** Containers inside the article that are mostly links are link lists (related, tags, pagination).
 *  Calibrated on the dev sets: 0.35 gains 0.002 F1 on trafilatura-dev but loses 0.007 on the readability pages; 0.65 the reverse. */
const MAX_CONTAINER_LINK_DENSITY = 0.5;
/** A furniture-looking container holding more than this share of the chosen content's text is part of the
 *  article whatever its class says (Drupal-style "field--label-hidden" wrappers). */
const MAX_SKIPPED_SHARE_OF_CONTENT = 0.5;
/** Figure captions this long are slide texts, not photo captions. */
const MIN_PROSE_CAPTION_TEXT = 100;
/** Photo credits and affiliate disclosures marked by class are a line or two about the page, not its story;
 *  longer text under such a class is something else. */
const MAX_CREDIT_TEXT = 250;
const CREDIT_HINT = /(^|[\s_-])(credits?|photo-?credits?|bildnachweis|bildquelle|fotonachweis|disclaimer|disclosure(-text)?)($|[\s_-])|caption[-_]+source/i;
/** Figures with less text than this are pictures with captions, not embedded article text. */
const MAX_FIGURE_TEXT = 100;

export type RawBlock = {
  readonly text: string;
  readonly linkChars: number;
  /** The element the block's text was written in (p, h2, li, div…). */
  readonly element: Element;
};

type Walker = {
  buffer: string[];
  linkChars: number;
  /** Block elements currently open; the innermost holds the text being collected. */
  open: Element[];
  blocks: RawBlock[];
  lastWasBreak: boolean;
};

function flush(walker: Walker): void {
  const text = normalizeSpace(walker.buffer.join(''));
  const element = walker.open[walker.open.length - 1];
  if (text !== '' && element !== undefined) walker.blocks.push({ text, linkChars: walker.linkChars, element });
  walker.buffer = [];
  walker.linkChars = 0;
  walker.lastWasBreak = false;
}

const NEGATIVE_WORDS = new RegExp(NEGATIVE_HINT.source, 'gi');
const POSITIVE_WORDS = new RegExp(POSITIVE_HINT.source, 'gi');

/** "no_caption", "without-sidebar": the class says the thing is absent. */
const NEGATED_CLASS = /^(?:no|non|not|without)[-_]/i;

/** Where the last match of a global pattern ends in a class name, or -1. */
function lastMatchEnd(pattern: RegExp, token: string): number {
  let end = -1;
  for (const match of token.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/** A compound class name is what its last word says: "entry__meta" and "post-footer" are furniture of the post,
 *  "meta-content" is content. Furniture when some class token is headed by a negative word and none by a positive one. */
function classSaysFurniture(hints: string): boolean {
  if (!NEGATIVE_HINT.test(hints)) return false;
  let negative = false;
  for (const token of hints.split(/\s+/)) {
    if (token === '' || NEGATED_CLASS.test(token)) continue;
    const negativeEnd = lastMatchEnd(NEGATIVE_WORDS, token);
    const positiveEnd = lastMatchEnd(POSITIVE_WORDS, token);
    if (positiveEnd > negativeEnd) return false;
    if (negativeEnd >= 0) negative = true;
  }
  return negative;
}

function skipInside(element: Element, stats: Map<Element, TextStats>, contentText: number): boolean {
  if (element.name === 'h1') return true;
  const elementStats = stats.get(element);
  // A photo caption is a line; a gallery slide's caption of several sentences is the article's text.
  if (element.name === 'figcaption') return (elementStats?.text ?? 0) < MIN_PROSE_CAPTION_TEXT;
  if (element.name === 'figure') return (elementStats?.text ?? 0) < MAX_FIGURE_TEXT;
  // Photo credits and disclosures, whatever tag they use (span.credit, p.caption--source, p.disclaimer).
  const classes = classAndId(element);
  const named = classes.length > 1;
  if (named && (elementStats?.text ?? 0) < MAX_CREDIT_TEXT && CREDIT_HINT.test(classes)) return true;
  // A custom element's name says what the component is, like a class ("pp-inline-teaser").
  const custom = element.name.includes('-');
  if (!CONTAINER_TAGS.has(element.name) && !custom) return false;
  if ((elementStats?.text ?? 0) > contentText * MAX_SKIPPED_SHARE_OF_CONTENT) return false;
  const itemprop = element.attribs['itemprop'];
  const hints = `${custom ? `${element.name} ` : ''}${classes}${itemprop === undefined ? '' : ` ${itemprop}`}`;
  if (!ARTICLE_BODY_HINT.test(hints) && classSaysFurniture(hints)) return true;
  return linkDensity(elementStats) > MAX_CONTAINER_LINK_DENSITY;
}

function walk(node: AnyNode, walker: Walker, stats: Map<Element, TextStats>, inLink: boolean, isRoot: boolean, contentText: number): void {
  if (isText(node)) {
    walker.buffer.push(node.data);
    if (inLink) walker.linkChars += normalizeSpace(node.data).length;
    if (node.data.trim() !== '') walker.lastWasBreak = false;
    return;
  }
  if (!isTag(node)) return;
  if (!stats.has(node) && node.name !== 'br') return;
  if (!isRoot && skipInside(node, stats, contentText)) return;
  if (node.name === 'br') {
    // One <br> is a line break inside a paragraph; two in a row separate paragraphs.
    if (walker.lastWasBreak) flush(walker);
    else {
      walker.buffer.push(' ');
      walker.lastWasBreak = true;
    }
    return;
  }
  const block = BLOCK_TAGS.has(node.name) || node.name === 'br';
  if (block) {
    flush(walker);
    walker.open.push(node);
  }
  const link = inLink || (node.name === 'a' && node.attribs['href'] !== undefined);
  for (const child of node.children) walk(child, walker, stats, link, false, contentText);
  if (block) {
    flush(walker);
    walker.open.pop();
  }
}

export function collectBlocks(containers: readonly Element[], stats: Map<Element, TextStats>): RawBlock[] {
  const walker: Walker = { buffer: [], linkChars: 0, open: [], blocks: [], lastWasBreak: false };
  // Shares are of all the chosen content: a joined sibling that is one captioned photo is not "mostly caption".
  const contentText = containers.reduce((sum, container) => sum + (stats.get(container)?.text ?? 0), 0);
  for (const container of containers) {
    walker.open = [container];
    walk(container, walker, stats, false, true, contentText);
    flush(walker);
  }
  return walker.blocks;
}
