// Decides which text blocks of the content area are the article's own text.
import { parseHumanDate, parseNumericDate } from './dates.ts';
import type { RawBlock } from './blocks.ts';
import { phrasePattern } from '../phrase-pattern.ts';
import { normalizeForMatch } from './title.ts';
import { BOILERPLATE_BLOCK, BYLINE_LINE, CAPTION_BLOCK, CAPTION_TAIL, MONTH_WORD } from './vocabulary.ts';
import { isConsentNotice } from '../boilerplate.ts';
import { countWords } from '../text-features.ts';

/** A block with more of its text in links than this is navigation ("Read more: …", link lists).
 *  Calibrated on the dev sets: 0.35 and 0.65 each trade about 0.002 F1 between the two sets. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
/** Boilerplate phrases only count when the block is short; longer blocks merely mention them. */
const MAX_BOILERPLATE_LENGTH = 120;
const MAX_CAPTION_LENGTH = 250;
const MAX_BYLINE_LINE_LENGTH = 80;
/** A block this short that parses as a date is a date stamp ("18. September 2019", "Posted on 3/9/2019"). */
const MAX_DATE_LINE_LENGTH = 50;
/** Punctuation and spacing differences allowed between the headline and a block repeating it. */
const MAX_TITLE_LENGTH_DIFFERENCE = 12;

/** Short lines that end the extracted text without ending a sentence are the labels of boxes that follow the
 *  article ("Weitere Informationen", "Über den Autor", "Teilnehmende Blogs:"), whose contents were dropped. */
const MAX_TAIL_LABEL_LENGTH = 60;
const SENTENCE_END = /[.!?…"“”»«)\]。！？」』]$/;

/** List items, table cells and code legitimately end without punctuation. */
const UNPUNCTUATED_CONTENT_TAGS: ReadonlySet<string> = new Set(['li', 'td', 'th', 'pre', 'code', 'dd', 'dt', 'tr', 'table']);

const HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading ends nothing: as the last block it titled a box whose contents were dropped, even when it asks a question. */
function isTailLabel(block: RawBlock): boolean {
  if (block.text.length >= MAX_TAIL_LABEL_LENGTH || UNPUNCTUATED_CONTENT_TAGS.has(block.element.name)) return false;
  return !SENTENCE_END.test(block.text) || HEADING_TAGS.has(block.element.name);
}

/** Closing lines that promote the outlet rather than report: subscription, app and social-media calls, reprint
 *  and copyright notices, written as sentences. Only looked for among the last blocks, in blocks of a few sentences.
 *  Each phrase is matched as whole words anywhere in the block. */
const TAIL_PROMOTION = phrasePattern([
  // subscriptions (en, de)
  'subscribe', 'subscribers?', 'subscription', 'newsletter', 'unlimited (?:digital )?access', 'join now',
  'abonnieren', 'abonnent(?:en)?', 'abonniere',
  // apps and social media (en, de)
  'download (?:the|our) .{0,40}apps?', 'follow (?:us|the [\\p{L} ]{1,40}) on', 'straight to your (?:phone|inbox|device)',
  'folgen sie uns', 'folge uns',
  // copyright, reprint and liability notices
  'copyrighted', 'all rights reserved', 'written permission', 'not responsible for the (?:opinions?|views?|content)',
  // appeals for support and letters
  'support (?:our|independent|quality) journalism', 'send us a message', 'e-?mail us at', '(?:submit|send) (?:your|a) letter',
], { before: String.raw`\b`, after: String.raw`\b`, flags: 'iu' });
const MAX_TAIL_PROMOTION_LENGTH = 300;
const TAIL_PROMOTION_BLOCKS = 3;

function isTailPromotion(block: RawBlock): boolean {
  return block.text.length <= MAX_TAIL_PROMOTION_LENGTH && SENTENCE_END.test(block.text) && TAIL_PROMOTION.test(block.text);
}

function trimTail(kept: RawBlock[]): RawBlock[] {
  let end = kept.length;
  const floor = Math.max(1, kept.length - TAIL_PROMOTION_BLOCKS);
  while (end > 1 && (isTailLabel(kept[end - 1]!) || (end - 1 >= floor && isTailPromotion(kept[end - 1]!)))) end--;
  return end === kept.length ? kept : kept.slice(0, end);
}

/** Words a publication stamp is made of besides the date itself ("Posted on", "Aktualisiert am", weekdays). Removed
 *  with replace(), where the first listed word that fits wins, so the order is kept as it was tuned. */
const STAMP_WORDS = phrasePattern([
  'posted', 'published', 'updated', 'last', 'modified', 'on', 'at', // en
  'am', 'um', 'uhr', 'veröffentlicht', 'aktualisiert', 'erstellt', 'zuletzt', 'geändert', 'stand', 'datum', // de
  'date', // en
  'publié', 'le', // fr
  'publicado', 'el', 'de', 'del', // es
  'pubblicato', 'il', // it
  // weekdays (en, en abbreviated, de, fr, es)
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  // time zones
  'mez', 'mesz', 'cet', 'cest', 'utc', 'gmt', 'est', 'edt', 'pst', 'pdt', 'bst',
], { before: String.raw`\b`, after: String.raw`\b`, flags: 'giu' });

/** A line that is only a date stamp; "Termin: 29.02.2020, 19 Uhr" or "Einsendeschluss: 03.11.2019" say more. */
function isDateLine(text: string): boolean {
  // Every date read below has a digit; a short block without one (a heading, a label) needs no further look.
  if (!/\d/.test(text)) return false;
  // The cheap word test first: most short blocks have other words, and then no date parse is needed.
  const rest = text.toLowerCase().replace(MONTH_WORD_GLOBAL, ' ').replace(STAMP_WORDS, ' ');
  if (/\p{L}{3,}/u.test(rest)) return false;
  return parseNumericDate(text) !== null || (/\d/.test(text) && MONTH_WORD.test(text) && parseHumanDate(text) !== null);
}
const MONTH_WORD_GLOBAL = new RegExp(`${MONTH_WORD.source}\\p{L}*\\.?`, 'giu');

/** A paragraph of running prose repeated in another container of the article is the author's own repetition
 *  (a refrain, a recap), not a template copy; labels and one-liners repeated are furniture. */
const MIN_REPEATED_PARAGRAPH_LENGTH = 80;

function isRepeatedParagraph(block: RawBlock, twin: RawBlock): boolean {
  return block.element.name === 'p' && twin.element.name === 'p' && block.text.length >= MIN_REPEATED_PARAGRAPH_LENGTH;
}

export function filterBlocks(blocks: readonly RawBlock[], title: string | null): string[] {
  // Where each text was first seen: a repeat is template duplication (teaser, mobile copy) unless it sits
  // beside its twin in the same parent, where the author wrote it twice.
  const seen = new Map<string, RawBlock>();
  const titleKey = title === null ? null : normalizeForMatch(title);
  const keep = blocks.map(() => false);
  for (const [index, block] of blocks.entries()) {
    const text = block.text;
    if (text.length === 0) continue;
    if (block.linkChars / text.length > MAX_BLOCK_LINK_DENSITY) continue;
    if (text.length <= MAX_BOILERPLATE_LENGTH && BOILERPLATE_BLOCK.test(text)) continue;
    if (isConsentNotice(text, () => countWords(text))) continue;
    if (text.length <= MAX_CAPTION_LENGTH && (CAPTION_BLOCK.test(text) || CAPTION_TAIL.test(text))) continue;
    if (text.length <= MAX_BYLINE_LINE_LENGTH && BYLINE_LINE.test(text)) continue;
    if (text.length <= MAX_DATE_LINE_LENGTH && !/[.!?]$/.test(text) && isDateLine(text)) continue;
    // Only blocks about as long as the title can be the title; normalising every block would be wasted work.
    if (titleKey !== null && Math.abs(text.length - titleKey.length) <= MAX_TITLE_LENGTH_DIFFERENCE && normalizeForMatch(text) === titleKey) continue;
    const key = text.toLowerCase();
    const twin = seen.get(key);
    if (twin !== undefined && twin.element.parent !== block.element.parent && !isRepeatedParagraph(block, twin)) continue;
    if (twin === undefined) seen.set(key, block);
    keep[index] = true;
  }
  return trimTail(blocks.filter((_, index) => keep[index])).map((block) => block.text);
}
