// Publication dates printed in the page (not its metadata): itemprop/time elements, date-classed lines,
// date stamps after the headline.
import { parseHumanDate, parseMachineDate, parseNumericDate, type SlashOrder } from './dates.ts';
import { attr, classAndId, hasHint, elementsNamed, pageIndex, withinMarkedAncestor, isTag, isText, shortTextOf, textOf, type AnyNode, type Document, type Element } from './dom.ts';
import { linksToPage } from './self-links.ts';
import { normalizeForMatch } from './title.ts';
import { COMMENT_AREA, MAX_COMMENT_AREA_DEPTH, DATE_HINT, MONTH_WORD } from './vocabulary.ts';

/** Texts longer than this in a date-hinted element are paragraphs, not a date line. */
const MAX_DATE_LINE_LENGTH = 120;
/** Characters after the headline searched for a printed date when nothing machine-readable exists. */
const HEADLINE_NEIGHBOURHOOD_CHARS = 600;
function insideCommentArea(element: Element): boolean {
  return withinMarkedAncestor(element, MAX_COMMENT_AREA_DEPTH, (node) => hasHint(node, COMMENT_AREA));
}
/** A label of the last change followed, later on the line, by the label of the first publication ("Updated March 14,
 *  2023 · Published March 12, 2023", "Aktualisiert am 14.10.2023, erstmals veröffentlicht am 12.10.2023"). */
const UPDATE_BEFORE_PUBLISHED = /(?:updated|aktualisiert|geändert|mis à jour|actualizado|aggiornato)\b.*?(?=\b(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato)\b)/iu;
/** A date line from its publication date on, when it prints the last change first: the first date it names is
 *  the edit's. */
export function publishedPart(text: string): string {
  const update = UPDATE_BEFORE_PUBLISHED.exec(text);
  return update === null ? text : text.slice(update.index + update[0].length);
}
/** The page's furniture around the article: its header bar (which may print today's date), navigation, a sidebar, its
 *  footer. Inside an <article> or <main> the same tags are the article's own header and footer lines. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['header', 'nav', 'aside', 'footer']);
const CONTENT_TAGS: ReadonlySet<string> = new Set(['article', 'main']);
/** How many levels up an element may sit inside such furniture. */
const MAX_FURNITURE_DEPTH = 8;
/** True when the element sits in the page's furniture, outside the headline's block and any <article> or <main>: a
 *  date there is today's or another article's ("<header><div class="navtop"><time>Mittwoch, 01. November 2023</time>"). */
export function apartFromHeadline(element: Element, headline: Element | undefined): boolean {
  if (headline === undefined) return false;
  let depth = 0;
  for (let node = element.parent; node !== null && isTag(node) && depth < MAX_FURNITURE_DEPTH; node = node.parent, depth++) {
    if (CONTENT_TAGS.has(node.name)) return false;
    if (furnitureApartFrom(node, headline)) return true;
  }
  return false;
}
/** The element is a piece of the page's furniture that does not hold the headline (see apartFromHeadline). */
function furnitureApartFrom(element: Element, headline: Element | undefined): boolean {
  return headline !== undefined && FURNITURE_TAGS.has(element.name) && !holdsElement(element, headline) && !insideContent(element);
}
function insideContent(element: Element): boolean {
  for (let node = element.parent; node !== null && isTag(node); node = node.parent) if (CONTENT_TAGS.has(node.name)) return true;
  return false;
}
function holdsElement(ancestor: Element, element: Element): boolean {
  for (let node: AnyNode | null = element; node !== null; node = node.parent) if (node === ancestor) return true;
  return false;
}
/** The words that label a last change right before its date ("Last updated: <time>…", "Aktualisiert am <time>…"). */
const UPDATE_LABEL = /(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato)\s*(?:[:,]|am|on|le|el|il)?\s*$/iu;
/** An element (a <time>, a <span>) that the text before it, in its parent, labels as the last change. */
function labelledAsUpdate(element: Element): boolean {
  const siblings = element.parent === null ? [] : (element.parent as Element).children;
  const before = siblings[siblings.indexOf(element) - 1];
  return before !== undefined && isText(before) && UPDATE_LABEL.test(before.data);
}
export function dateFromElements(elements: readonly Element[], slashOrder: SlashOrder = 'month-first', title: string | null = null): string | null {
  for (const element of pageIndex(elements).withItemprop) {
    if (attr(element, 'itemprop') !== 'datePublished') continue;
    const date = parseMachineDate(attr(element, 'content') ?? attr(element, 'datetime') ?? textOf(element));
    if (date !== null) return date;
  }
  const headline = headlineElement(elements, title);
  // A comment's <time> dates the comment, not the article; one in the page's header bar or a sidebar neither.
  const times = elementsNamed(elements, 'time').filter((element) => !insideCommentArea(element) && !apartFromHeadline(element, headline));
  const preferred = times.find((t) => attr(t, 'pubdate') !== null || hasHint(t, /publish|posted|created|entry-date/i))
    ?? times.find((t) => !marksLastChange(t) && !labelledAsUpdate(t)) ?? times[0];
  if (preferred !== undefined) {
    const date = parseMachineDate(attr(preferred, 'datetime'), slashOrder) ?? parseHumanDate(textOf(preferred), slashOrder);
    if (date !== null) return date;
  }
  for (const element of elements) {
    if (element.name === 'body' || element.name === 'html' || element.name === 'meta') continue;
    if (!hasHint(element, DATE_HINT) || insideCommentArea(element) || apartFromHeadline(element, headline)) continue;
    const text = shortTextOf(element, MAX_DATE_LINE_LENGTH);
    if (text === null || text.length === 0) continue;
    const date = parseHumanDate(publishedPart(text), slashOrder);
    if (date !== null) return date;
  }
  return null;
}
/** Every machine-readable date the page's elements declare (itemprop=datePublished, <time datetime>), in
 *  document order, comments left out. */
export function machineDatesInElements(elements: readonly Element[], title: string | null = null): string[] {
  const dates: string[] = [];
  const headline = headlineElement(elements, title);
  for (const element of pageIndex(elements).itempropOrTime) {
    const published = attr(element, 'itemprop') === 'datePublished';
    if (!published && element.name !== 'time') continue;
    if (insideCommentArea(element) || (!published && apartFromHeadline(element, headline))) continue;
    const date = parseMachineDate(published ? attr(element, 'content') ?? attr(element, 'datetime') : attr(element, 'datetime'));
    if (date !== null) dates.push(date);
  }
  return dates;
}
/** A text node this short that holds a date is a date stamp ("24.01.2022 11:38", "Datum: 25.01.2022"). */
const MAX_DATE_STAMP_LENGTH = 40;
/** Text nodes examined after the headline before giving up (date stamps sit right by the headline). */
const MAX_STAMPS_AFTER_HEADLINE = 200;
/** A line opening with a numeric date ("01.02.2022 „Der Arbeitsmarkt …") is stamped, however long. */
const LEADING_NUMERIC_DATE = /^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b/;
function isDateStampCandidate(text: string): boolean {
  return (text.length <= MAX_DATE_STAMP_LENGTH && /\d/.test(text)) || LEADING_NUMERIC_DATE.test(text);
}
/** The page's headline element: the <h1> that shows the chosen title (a first <h1> is often the logo), else
 *  the first <h1>; on a page without <h1>, the <h2> that shows the title. */
export function headlineElement(elements: readonly Element[], title: string | null): Element | undefined {
  // Asked by each date-stamp search of a page with the same title; pages are read one at a time.
  if (lastHeadline !== null && lastHeadline.elements === elements && lastHeadline.title === title) return lastHeadline.h1;
  const h1 = findHeadlineElement(elements, title);
  lastHeadline = { elements, title, h1 };
  return h1;
}
let lastHeadline: { readonly elements: readonly Element[]; readonly title: string | null; readonly h1: Element | undefined } | null = null;
function findHeadlineElement(elements: readonly Element[], title: string | null): Element | undefined {
  const h1s = elementsNamed(elements, 'h1');
  if (h1s.length === 0) return headlineInH2(elements, title);
  if (title !== null && h1s.length > 1) {
    const key = normalizeForMatch(title);
    const shown = h1s.find((h1) => {
      const text = shortTextOf(h1, MAX_HEADLINE_CHARS);
      return text !== null && key !== '' && normalizeForMatch(text).includes(key);
    });
    if (shown !== undefined) return shown;
  }
  return h1s[0];
}
const MAX_HEADLINE_CHARS = 400;
/** On a page without <h1>, the <h2> that shows the chosen title is the headline ("<h2 itemprop="name">"). */
function headlineInH2(elements: readonly Element[], title: string | null): Element | undefined {
  const key = title === null ? '' : normalizeForMatch(title);
  if (key === '') return undefined;
  return pageIndex(elements).h1AndH2.find((h2) => {
    const text = shortTextOf(h2, MAX_HEADLINE_CHARS);
    return text !== null && normalizeForMatch(text) === key;
  });
}
function stampDate(text: string, slashOrder: SlashOrder): string | null {
  if (!isDateStampCandidate(text)) return null;
  const published = publishedPart(text);
  const stamp = published.length <= MAX_DATE_STAMP_LENGTH ? published : published.slice(0, MAX_DATE_STAMP_LENGTH);
  return parseNumericDate(stamp, slashOrder) ?? (MONTH_WORD.test(stamp) ? parseHumanDate(stamp, slashOrder) : null);
}
/** A link to a writer's or user's profile page: the byline box it wraps ("<a href="/user/Marianne1.html">Marianne1
 *  <br> am 20.09.2020</a>") prints the article's date, where other links are teasers dated by their own articles. */
const PROFILE_LINK = /\/(?:user|users|author|authors|autor|autoren|profile|profil)\//i;
/** A text that opens with the label of a last change ("Aktualisiert: 30.12.2016"). */
const UPDATE_LEAD = /^(?:last |zuletzt )?(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato)\b/iu;
/** A stamp of the last change: its text says so, or the text before its element does ("Last updated: <time>…"). */
function isUpdateStamp(text: string, node: AnyNode): boolean {
  return (UPDATE_LEAD.test(text) && publishedPart(text) === text) || (node.parent !== null && isTag(node.parent) && labelledAsUpdate(node.parent));
}
function skippedForStamps(element: Element): boolean {
  return (element.name === 'a' && !PROFILE_LINK.test(attr(element, 'href') ?? '')) || element.name === 'script' || element.name === 'style' || element.name === 'head' || element.name === 'nav' || element.name === 'footer'
    || hasHint(element, COMMENT_AREA) || marksLastChange(element);
}
/** An element holding the date of the last edit ("<time class="updated" itemprop="dateModified">"), unless it
 *  is marked as the publication date too (WordPress themes print "entry-date published updated", "entry-date updated"). */
function marksLastChange(element: Element): boolean {
  if (attr(element, 'itemprop') === 'dateModified') return true;
  const names = classAndId(element);
  return /updated|modified|aktualisiert/i.test(names) && !/publish|entry-date/i.test(names);
}
/** The first short date-stamp text after the headline (or from the top without one), skipping links; a stamp of
 *  the last change only when no other follows ("Last updated: 14.3.2023" over "Published 12.3.2023"). */
export function dateStampAfterHeadline(document: Document, elements: readonly Element[], title: string | null = null, maxTexts = MAX_STAMPS_AFTER_HEADLINE, slashOrder: SlashOrder = 'month-first'): string | null {
  const h1 = headlineElement(elements, title);
  let started = h1 === undefined;
  let examined = 0;
  let lastChange: string | null = null;
  const stack: AnyNode[] = [document];
  while (stack.length > 0 && examined < maxTexts) {
    const node = stack.pop()!;
    if (node === h1) started = true;
    if (isText(node)) {
      if (!started) continue;
      const text = node.data.trim().replace(/\s+/g, ' ');
      if (text === '') continue;
      examined++;
      const date = stampDate(text, slashOrder);
      if (date !== null && !isUpdateStamp(text, node)) return date;
      lastChange ??= date;
      continue;
    }
    if (!isTag(node) && node.type !== 'root') continue;
    if (isTag(node) && skippedForStamps(node)) continue;
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return lastChange;
}
/** Text lines right above the headline examined for a date stamp ("24. April 2020 | Pressemitteilungen"). */
const MAX_STAMPS_BEFORE_HEADLINE = 3;
/** How many levels above the headline the header block holding such a line may sit. */
const HEADLINE_HEADER_LEVELS = 2;
/** A block before the headline that lists other articles, dated by them: a sidebar (<aside>), or a list item that
 *  links somewhere ("<li><a href=…>Other story</a> <time>30.9.2023</time></li>"); a list item holding only the date
 *  is the article's header line. */
function listsOtherArticle(element: Element): boolean {
  return element.name === 'aside' || (element.name === 'li' && holdsLink(element));
}
function holdsLink(element: Element): boolean {
  return element.children.some((child) => isTag(child) && ((child.name === 'a' && attr(child, 'href') !== null) || holdsLink(child)));
}
/** A date stamp printed just above the headline, inside the same header block. */
export function dateStampBeforeHeadline(elements: readonly Element[], title: string | null = null, slashOrder: SlashOrder = 'month-first'): string | null {
  const h1 = headlineElement(elements, title);
  let scope: AnyNode | null = h1?.parent ?? null;
  for (let level = 0; level < HEADLINE_HEADER_LEVELS && scope !== null && isTag(scope); level++) {
    const before: string[] = [];
    const stack: AnyNode[] = [scope];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === h1) break;
      if (isText(node)) {
        const text = node.data.trim().replace(/\s+/g, ' ');
        if (text !== '') before.push(text);
        continue;
      }
      if (!isTag(node) || skippedForStamps(node) || listsOtherArticle(node) || furnitureApartFrom(node, h1)) continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    for (const text of before.slice(-MAX_STAMPS_BEFORE_HEADLINE).reverse()) {
      const date = stampDate(text, slashOrder);
      if (date !== null) return date;
    }
    scope = scope.parent;
  }
  return null;
}
export function dateNearHeadline(elements: readonly Element[], title: string | null = null): string | null {
  const h1 = headlineElement(elements, title);
  if (h1 === undefined || h1.parent === null) return null;
  let scope: Element | null = h1.parent as Element;
  for (let level = 0; level < 3 && scope !== null; level++) {
    const text = textOf(scope);
    const start = text.indexOf(textOf(h1));
    const window = text.slice(Math.max(0, start), Math.max(0, start) + HEADLINE_NEIGHBOURHOOD_CHARS);
    const date = parseHumanDate(publishedPart(window));
    if (date !== null) return date;
    scope = scope.parent?.type === 'tag' ? (scope.parent as Element) : null;
  }
  return null;
}
/** Levels above a link to the page itself searched for the date its teaser prints. */
const SELF_TEASER_LEVELS = 2;
/** A teaser is at most this long; a longer block holds other teasers (and their dates) too. */
const MAX_SELF_TEASER_CHARS = 400;
/** The first date stamp among the short texts of a subtree, in document order; a <time> element's own
 *  timestamp first, as it keeps the time of day. */
function firstStampIn(scope: Element, slashOrder: SlashOrder): string | null {
  const stack: AnyNode[] = [scope];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const machineDate = isTag(node) && node.name === 'time' ? parseMachineDate(attr(node, 'datetime'), slashOrder) : null;
    if (machineDate !== null) return machineDate;
    if (isText(node)) {
      const date = stampDate(node.data.trim().replace(/\s+/g, ' '), slashOrder);
      if (date !== null) return date;
    } else if (isTag(node) && node.name !== 'script' && node.name !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return null;
}
function linksElsewhere(scope: Element, selfLinks: ReadonlySet<Element>): boolean {
  const stack: AnyNode[] = [scope];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'a' && attr(node, 'href') !== null && !selfLinks.has(node)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
/**
 * The date a "latest news" list prints beside its link to the page itself: many CMSs list the current article
 * among the others in a sidebar or below it, dated, while the article's own header shows no date. The teaser is
 * the link and at most two enclosing blocks, as long as they stay teaser-sized.
 */
export function dateFromSelfTeaser(elements: readonly Element[], pageUrl: string | null, slashOrder: SlashOrder = 'month-first'): string | null {
  const links = linksToPage(elements, pageUrl);
  const selfLinks = new Set(links);
  for (const link of links) {
    let scope: AnyNode | null = link;
    for (let level = 0; level <= SELF_TEASER_LEVELS && scope !== null && isTag(scope); level++) {
      // A block that also links elsewhere holds other teasers (an archive list), dated by their own posts.
      if (shortTextOf(scope, MAX_SELF_TEASER_CHARS) === null || linksElsewhere(scope, selfLinks)) break;
      const date = firstStampIn(scope, slashOrder);
      if (date !== null) return date;
      scope = scope.parent;
    }
  }
  return null;
}
