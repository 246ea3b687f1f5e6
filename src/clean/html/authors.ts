// Finds the author: candidates from JSON-LD, meta tags, byline elements and "Von X" lines, then the first
// that names a person rather than the outlet.
import { cleanByline, MAX_BYLINE_LENGTH } from './byline.ts';
import { parseHumanDate } from './dates.ts';
import { apartFromHeadline, headlineElement } from './page-dates.ts';
import { attr, hasHint, pageIndex, withinMarkedAncestor, isTag, isText, shortTextOf, textOf, wordCount, type AnyNode, type Document, type Element } from './dom.ts';
import {
  AGENCY_CREDIT, AUTHOR_HINT, BYLINE_LINE_OPENER, BYLINE_TEXT_LABEL, CJK_BYLINE_LABEL, COMMENT_AREA, CREDIT_LABEL, DATED_BYLINE,
  MAX_COMMENT_AREA_DEPTH, MAX_PICTURE_CREDIT_DEPTH, NAME_PARTICLES, NOT_A_NAME, PICTURE_CREDIT_AREA, ROMANCE_BY, TRAILING_WIRE_CREDIT,
  WIRE_SERVICE,
} from './vocabulary.ts';

/** "example.com" style names are the site, not an author. */
const DOMAIN_LIKE = /^[\p{L}\p{N}.-]+\.(com|de|at|ch|fr|cl|es|it|net|org|uk|pl|info|eu|io)$/iu;
/** Longest text line read as a "Von X" byline. */
const MAX_BYLINE_LINE = 80;
/** Text nodes scanned for byline lines; bylines sit near the top or the end of short pages. */
const MAX_BYLINE_LINE_NODES = 3000;
const MAX_NAME_WORDS = 5;
const INLINE_LABEL_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'em', 'i', 'span', 'label', 'small']);
/** A Chinese name is two to four characters, without spaces. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** A person's name: one to five capitalised words, particles allowed, no digits; or a Chinese name. */
function looksLikePersonName(text: string): boolean {
  if (HAN_NAME.test(text)) return true;
  const words = text.split(/\s+/);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || /\d/.test(text)) return false;
  // "Künstlern, Bands, DJs": a comma list of single capitalised words enumerates nouns, not people.
  const parts = text.split(/\s*,\s*/);
  if (parts.length > 2 && parts.every((part) => !/\s/.test(part))) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}
/** "Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien": a signature names the writer, then after
 *  a comma the writer's role or affiliation, a phrase rather than a further name. */
function withoutTrailingRole(name: string): string {
  const comma = name.indexOf(',');
  if (comma < 0 || looksLikePersonName(name)) return name;
  const writer = name.slice(0, comma).trim();
  return /\s/.test(writer) && looksLikePersonName(writer) ? writer : name;
}
/** Separators between a line's fields; '-' first, so the character class below reads it as itself. */
const SEPARATOR_CHARS = '-–—|•·,;';
const LEADING_SEPARATOR = new RegExp(`^[${SEPARATOR_CHARS}]\\s*`);
/** The text without a separator opening it; the regular expression only for the few texts that open with one
 *  (every text node of the page is asked). */
function withoutLeadingSeparator(text: string): string {
  return text !== '' && SEPARATOR_CHARS.includes(text[0]!) ? text.replace(LEADING_SEPARATOR, '') : text;
}
/** Bylines written as text lines: "Von Max Muster", "Autor: Max Muster" (label and name possibly in separate elements). */
export function bylinesFromTextLines(document: Document): string[] {
  const found: string[] = [];
  let examined = 0;
  const stack: AnyNode[] = [document];
  while (stack.length > 0 && examined < MAX_BYLINE_LINE_NODES && found.length < 3) {
    const node = stack.pop()!;
    if (isText(node)) {
      // Separators left over from the line's other fields ("05.02.2020 <span>- Redaktion: …</span>").
      const text = withoutLeadingSeparator(node.data.trim());
      if (text === '' || text.length > MAX_BYLINE_LINE) continue;
      examined++;
      if (!BYLINE_LINE_OPENER.test(text)) continue;
      const dated = DATED_BYLINE.exec(text);
      if (dated !== null) {
        const name = dated[1]!.replace(BYLINE_TEXT_LABEL, '').replace(/\s*\(.*\)\s*$/, '').trim();
        if (name !== '' && looksLikePersonName(name)) found.push(name);
        continue;
      }
      const cellValue = CREDIT_LABEL.test(text) ? valueOfLabelCell(node) : null;
      if (cellValue !== null) {
        if (looksLikePersonName(cellValue)) found.push(cellValue);
        continue;
      }
      const labelPattern = CJK_BYLINE_LABEL.test(text) ? CJK_BYLINE_LABEL : ROMANCE_BY.test(text) ? ROMANCE_BY : BYLINE_TEXT_LABEL;
      const label = labelPattern.exec(text);
      if (label === null) continue;
      // The name may follow in the same text or in the next element ("<b>Autor:</b> Max Muster").
      let line: string | null = text;
      if (label[0].length === text.length && node.parent !== null) {
        // "<b>Autor:</b> Name": the label sits alone in an inline element; the line is its parent's text.
        const parent = node.parent as Element;
        const inlineLabel = INLINE_LABEL_TAGS.has(parent.name) && parent.parent !== null && isTag(parent.parent);
        const holder = inlineLabel ? parent.parent as Element : parent;
        // "<span>von <a>Name</a><br>am 20.09.2020</span>": the line ends at the break, before the date under it.
        const ownLine = lineBreaksAfter(node) ? textAfterLabel(node) : null;
        line = ownLine ?? (inlineLabel ? textAfterLabel(parent) : null) ?? shortTextOf(holder, MAX_BYLINE_LINE) ?? textAfterLabel(node);
      }
      if (line === null) continue;
      const name = withoutTrailingRole(line.replace(labelPattern, '').replace(/\s*\(.*\)\s*$/, '').replace(TRAILING_WIRE_CREDIT, '').trim());
      if (name !== '' && (looksLikePersonName(name) || USER_NAME.test(name))) found.push(name);
      continue;
    }
    if (!isTag(node) && node.type !== 'root') continue;
    if (isTag(node) && (node.name === 'script' || node.name === 'style' || node.name === 'head' || node.name === 'form' || hasHint(node, COMMENT_AREA))) continue;
    if (isTag(node) && node.name === 'a' && containsHeading(node)) continue;
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}
/** A community site's user name after a byline label ("von Marianne1", "by delta201"): one word with a figure, which
 *  no person's name has, so it is not a word of the sentence the label might open. */
const USER_NAME = /^(?=.{3,30}$)\p{L}[\p{L}_.-]*\d[\p{L}\d_.-]*$/u;
/** A line break follows the node in its element. */
function lineBreaksAfter(node: AnyNode): boolean {
  const siblings = node.parent === null ? [] : (node.parent as Element).children;
  return siblings.slice(siblings.indexOf(node as never) + 1).some((sibling) => isTag(sibling) && sibling.name === 'br');
}
/** The name in the cell after a label cell, when the label is all its cell holds. */
function valueOfLabelCell(label: AnyNode): string | null {
  const cell = label.parent;
  if (cell === null || !isTag(cell) || !LABEL_CELL_TAGS.has(cell.name) || cell.children.some((child) => child !== label && isTag(child))) return null;
  const siblings = cell.parent === null ? [] : (cell.parent as Element).children;
  let at = siblings.indexOf(cell) + 1;
  while (at < siblings.length && isText(siblings[at]!) && (siblings[at] as { data: string }).data.trim() === '') at++;
  const next = siblings[at];
  if (next === undefined || !isTag(next) || !LABEL_CELL_TAGS.has(next.name)) return null;
  const value = shortTextOf(next, MAX_BYLINE_LINE);
  return value === null || value === '' ? null : value;
}
const LABEL_CELL_TAGS: ReadonlySet<string> = new Set(['dt', 'dd', 'th', 'td', 'div', 'span', 'p']);
/** The text right after a label element, up to the next line break or label ("<b>Autor:</b> Name<br><b>Quelle:</b> …");
 *  or the heading right after it, which sets the name in large type ("<span>by</span> <h3>Name</h3>"). */
function textAfterLabel(label: AnyNode): string | null {
  const siblings = label.parent === null ? [] : (label.parent as Element).children;
  const parts: string[] = [];
  let length = 0;
  for (let i = siblings.indexOf(label as never) + 1; i < siblings.length; i++) {
    const sibling = siblings[i]!;
    if (isTag(sibling) && HEADING_TAGS.has(sibling.name) && parts.join('').trim() === '') return shortTextOf(sibling, MAX_BYLINE_LINE) || null;
    if (isTag(sibling) && (sibling.name === 'br' || sibling.name === (isTag(label) ? label.name : '') || BLOCK_LIKE.has(sibling.name))) break;
    const text = isText(sibling) ? sibling.data : shortTextOf(sibling, MAX_BYLINE_LINE);
    if (text === null) return null;
    parts.push(' ', text);
    length += text.length;
    if (length > MAX_BYLINE_LINE) return null;
  }
  const line = parts.join('').replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}
const BLOCK_LIKE: ReadonlySet<string> = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'blockquote']);
function insideCommentsOrForm(element: Element): boolean {
  return withinMarkedAncestor(element, MAX_COMMENT_AREA_DEPTH, (node) => node.name === 'form' || node.name === 'label' || hasHint(node, COMMENT_AREA));
}
/** A picture's credit ("<figcaption>…<span class="author">Jana Berg</span>", "<div class="license-info">…<span
 *  class="author-name">…</span>") names the photographer, not the writer. */
function insidePictureCredit(element: Element): boolean {
  return withinMarkedAncestor(element, MAX_PICTURE_CREDIT_DEPTH, (node) => node.name === 'figcaption' || node.name === 'figure' || hasHint(node, PICTURE_CREDIT_AREA));
}
function insideSubmittedLine(element: Element): boolean {
  const parent = element.parent !== null && isTag(element.parent) ? element.parent : null;
  return parent !== null && /(?:^|\s)submitted(?:\s|$)/.test(attr(parent, 'class') ?? '');
}
/** How many levels up a teaser's link may wrap its byline. */
const MAX_TEASER_LINK_DEPTH = 6;
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A byline inside a link that also holds a headline is another article's teaser card ("<a href=…><h3>Other
 *  story</h3><div class="author-name">Von …</div></a>", "<a href=…>Other story <small>(<span class="author">…</span>,
 *  Section)</small></a>"), not the page's own byline. */
function insideTeaserLink(element: Element, byline: string): boolean {
  return withinMarkedAncestor(element, MAX_TEASER_LINK_DEPTH, (node) => node.name === 'a' && (containsHeading(node) || saysMoreThan(node, byline)));
}
/** Words a link must hold besides its byline to be read as a teaser's headline: "Von <a><span class=author>Jana
 *  Berg</span></a>" or an author link's "Jana Berg (Redaktion)" say fewer. */
const MIN_TEASER_HEADLINE_WORDS = 4;
function saysMoreThan(link: Element, byline: string): boolean {
  const text = shortTextOf(link, MAX_TEASER_LINK_CHARS);
  if (text === null) return true;
  return wordCount(text) - wordCount(byline) >= MIN_TEASER_HEADLINE_WORDS;
}
/** A link with more text than this around a byline is a whole teaser card. */
const MAX_TEASER_LINK_CHARS = 400;
function containsHeading(element: Element): boolean {
  return element.children.some((child) => isTag(child) && (HEADING_TAGS.has(child.name) || containsHeading(child)));
}
/** Bylines the page shows, in order of trust: itemprop=author, rel=author links, Drupal's username line, byline/author
 *  classes. The last three are found in one pass over the page's elements (it sees every element). */
export function bylinesFromElements(elements: readonly Element[], title: string | null = null): string[] {
  // A byline in the page's furniture (a sidebar's list of writers, a teaser in the footer) is not the article's.
  const headline = headlineElement(elements, title);
  const inFurniture = (element: Element): boolean => apartFromHeadline(element, headline);
  const itemprops: string[] = [];
  const itempropElements: Element[] = [];
  for (const element of pageIndex(elements).withItemprop) {
    if (attr(element, 'itemprop') === 'author' && !insideCommentsOrForm(element) && !inFurniture(element)) {
      const named = element.children.length > 0 ? findNamed(element) : null;
      itemprops.push(named ?? attr(element, 'content') ?? shortTextOf(element, MAX_BYLINE_LENGTH) ?? '');
      itempropElements.push(element);
    }
  }
  const coAuthors = coAuthorsListed(itempropElements, itemprops);
  if (coAuthors !== null) itemprops.push(coAuthors);
  const authorLinks: string[] = [];
  const usernames: string[] = [];
  const hinted: string[] = [];
  for (const element of elements) {
    if (element.name === 'a' && isAuthorLink(element) && !inFurniture(element)) authorLinks.push(textOf(element));
    const username = submittedUsername(element);
    if (username !== null) usernames.push(username);
    const byline = hintedByline(element);
    if (byline !== null && !inFurniture(element)) hinted.push(byline);
  }
  // The class-hinted lines fill what room the more trusted candidates leave.
  const room = Math.max(0, MAX_BYLINE_CANDIDATES - itemprops.length - authorLinks.length - usernames.length);
  return [...itemprops, ...authorLinks, ...usernames, ...hinted.slice(0, room)];
}
/** Levels up to the block two author properties share when they name co-authors of one byline ("By <span
 *  itemprop=author>A</span> and <span itemprop=author>B</span>"); properties further apart belong to teasers. */
const CO_AUTHOR_LEVELS = 2;
/** The names of the first author property and the others set beside it, as one list ("A, B"), when there are
 *  several; chooseByline's fullerAuthorList then prefers it to the first name alone. */
function coAuthorsListed(properties: readonly Element[], names: readonly string[]): string | null {
  const first = properties[0];
  if (first === undefined || properties.length < 2) return null;
  let block: AnyNode | null = first;
  for (let level = 0; level < CO_AUTHOR_LEVELS && block !== null; level++) block = block.parent;
  if (block === null) return null;
  const listed: string[] = [];
  properties.forEach((property, index) => {
    const name = names[index]!.trim();
    if (name !== '' && withinBlock(property, block, CO_AUTHOR_LEVELS) && !listed.includes(name)) listed.push(name);
  });
  return listed.length >= 2 && listed.length <= MAX_CO_AUTHORS ? listed.join(', ') : null;
}
function withinBlock(element: Element, block: AnyNode, levels: number): boolean {
  let node: AnyNode | null = element;
  for (let level = 0; level < levels && node !== null; level++) node = node.parent;
  return node === block;
}
function isAuthorLink(link: Element): boolean {
  const rel = attr(link, 'rel');
  return rel !== null && /\bauthor\b/i.test(rel) && !insideCommentsOrForm(link);
}
/** Drupal's "Submitted by <span class="username">…</span> on …" line: the name, or null. */
function submittedUsername(element: Element): string | null {
  // A plain substring test first: this sees every element of the page.
  const names = element.attribs['class'];
  if (names === undefined || !names.includes('username') || !/(?:^|\s)username(?:\s|$)/.test(names)) return null;
  if (!insideSubmittedLine(element) || insideCommentsOrForm(element)) return null;
  const name = shortTextOf(element, MAX_BYLINE_LENGTH);
  return name === null || name === '' ? null : name;
}
/** The short text of a byline element (a <byline>, or byline/author classes), or null. */
function hintedByline(element: Element): string | null {
  if (element.name === 'meta' || element.name === 'body' || element.name === 'html' || element.name === 'link') return null;
  if ((element.name !== 'byline' && !hasHint(element, AUTHOR_HINT)) || insideCommentsOrForm(element) || insidePictureCredit(element)) return null;
  // Skip "about the author" boxes and author lists: a byline is a short line.
  const text = shortTextOf(element, MAX_BYLINE_LENGTH);
  return text !== null && text.length > 0 && !insideTeaserLink(element, text) ? text : null;
}
function findNamed(element: Element): string | null {
  const stack: Element[] = [element];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current !== element && attr(current, 'itemprop') === 'name') return attr(current, 'content') ?? textOf(current);
    for (const child of current.children) if (child.type === 'tag') stack.push(child as Element);
  }
  return null;
}
/** The writer's name in a signature: one to three capitalised words ("Benni", "Jana Berg"). */
const SIGNATURE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** A date line under a signature is short ("10. September 2017"). */
const MAX_SIGNATURE_DATE_CHARS = 40;
const BOLD_TAGS: ReadonlySet<string> = new Set(['strong', 'b']);
/** A signature closing the text, the last paragraph of its container: the writer's name over the date
 *  ("<p>Benni<br>10. September 2017</p>"), or a full name set in bold on its own ("<p><strong>Jana
 *  Berg</strong></p>"). */
export function signatureName(elements: readonly Element[]): string | null {
  for (const element of elements) {
    if (element.name !== 'p') continue;
    // The cheap test of the paragraph's shape first: every paragraph of the page is asked.
    const content = element.children.filter((child) => isTag(child) || (isText(child) && child.data.trim() !== ''));
    const boldOnly = content.length === 1 && isTag(content[0]!) && BOLD_TAGS.has(content[0].name);
    if (!boldOnly && !content.some((child) => isTag(child) && child.name === 'br')) continue;
    const lines = brokenLines(element);
    const name = lines[0] ?? '';
    if (lines.length > 2 || !SIGNATURE_NAME.test(name) || !closesItsContainer(element)) continue;
    if (lines.length === 2 && !NOT_A_NAME.test(name) && lines[1]!.length <= MAX_SIGNATURE_DATE_CHARS && parseHumanDate(lines[1]!) !== null) return name;
    if (lines.length === 1 && boldOnly && looksLikeFullName(name)) return name;
  }
  return null;
}
/** Nothing with text follows the element in its parent. */
function closesItsContainer(element: Element): boolean {
  const siblings = (element.parent as Element | null)?.children ?? [];
  return !siblings.slice(siblings.indexOf(element) + 1).some((sibling) => isTag(sibling) && textOf(sibling).trim() !== '');
}
/** An element's text split at its <br> line breaks, blank lines left out. */
function brokenLines(element: Element): string[] {
  const lines: string[] = [''];
  const visit = (node: AnyNode): void => {
    if (isText(node)) lines[lines.length - 1] += node.data;
    else if (isTag(node)) {
      if (node.name === 'br') lines.push('');
      else for (const child of node.children) visit(child);
    }
  };
  for (const child of element.children) visit(child);
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
}
/** A copyright line naming a person ("Copyright © 2020 by Jane Doe - All rights reserved", "(c) 2006-2008 by
 *  Jane Doe"): on a personal site the owner, who writes its pages. */
const COPYRIGHT_BY = /^(?:[\s(),©]|[Cc]opyright|\([Cc]\))*\d{4}(?:\s*[-–]\s*\d{4})?\s+(?:by|von)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*(?:[-–|,.].*)?$/u;
/** Elements read from the end of the page for the copyright line (it sits in the footer). */
const MAX_FOOTER_ELEMENTS = 300;
/** The person a page's copyright line names, the author of last resort when nothing else names one. */
export function copyrightHolder(elements: readonly Element[]): string | null {
  for (let i = elements.length - 1; i >= Math.max(0, elements.length - MAX_FOOTER_ELEMENTS); i--) {
    for (const child of elements[i]!.children) {
      if (!isText(child) || child.data.length > MAX_BYLINE_LINE) continue;
      const name = COPYRIGHT_BY.exec(child.data.trim())?.[1];
      if (name !== undefined && looksLikeFullName(name)) return name;
    }
  }
  return null;
}
/** How many page elements to consider as bylines. */
const MAX_BYLINE_CANDIDATES = 8;
function organisationKey(text: string): string {
  return text.toLowerCase().replace(/^www\./, '').replace(/\.(com|de|at|ch|fr|cl|es|it|net|org|co\.uk|uk|pl)$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}
/** A CMS account rather than a person's name: an outlet's initials ("LN"), a company ("… GmbH"), or a login
 *  slug ("arianschlichenmayer", "gabor_munier") when another candidate spells out the same name. Used only
 *  when another candidate names a person. */
function looksLikeAccount(name: string, all: readonly string[]): boolean {
  if (/^\p{Lu}{1,3}$/u.test(name)) return true;
  if (/\b(?:gmbh|ag|e\.\s?v|ltd|inc|llc|verlag)\.?$/i.test(name)) return true;
  // A handle with digits ("CC7567") while the page repeats a person's full name in its bylines.
  if (/^(?=\S*\p{L})(?=\S*\d)\S+$/u.test(name)) {
    const counts = new Map<string, number>();
    for (const other of all) if (/\s/.test(other) && looksLikePersonName(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    if ([...counts.values()].some((count) => count >= MIN_REPEATED_NAME)) return true;
  }
  if (!/^[\p{Ll}\d._-]+$/u.test(name)) return false;
  // "sarah-indra", "gabor_munier": words joined by a separator in lower case are how a login is written, never a name in print.
  if (LOGIN_SLUG.test(name) && all.some(looksLikeFullName)) return true;
  const key = slugKey(name);
  return all.some((other) => other !== name && /\s/.test(other) && slugKey(other) === key);
}
const MIN_REPEATED_NAME = 2;
const LOGIN_SLUG = /^[\p{Ll}\d]+[._-][\p{Ll}\d._-]*[\p{Ll}\d]$/u;
function slugKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
/** A first and last name (initials such as "TK" are a desk's sign-off, not a co-author). */
function looksLikeFullName(text: string): boolean {
  return HAN_NAME.test(text) || (/\s/.test(text) && looksLikePersonName(text));
}
/** Most co-authors a byline is taken to list. */
const MAX_CO_AUTHORS = 4;
function personNames(byline: string): string[] {
  return byline.split(/\s*(?:[,;&]|\band\b|\bund\b|\bet\b|\by\b)\s*/u).filter((name) => name !== '');
}
/** One source may credit only the first of several writers ("author": "A" in JSON-LD, "A, B" in the meta
 *  tag): another candidate listing the chosen people and more, all of them names, is the complete byline. */
function fullerAuthorList(chosen: string, candidates: readonly string[]): string {
  const chosenKeys = new Set(personNames(chosen).map(slugKey));
  for (const candidate of candidates) {
    const names = personNames(candidate);
    if (names.length <= chosenKeys.size || names.length > MAX_CO_AUTHORS || !names.every(looksLikeFullName)) continue;
    const keys = new Set(names.map(slugKey));
    if ([...chosenKeys].every((key) => keys.has(key))) return candidate;
  }
  return chosen;
}
/** The first candidate that names a person rather than the outlet; if none does, the first usable one. */
export function chooseByline(raw: readonly (string | null)[], outlets: readonly (string | null)[]): string | null {
  const outletKeys = outlets.filter((o): o is string => o !== null).map(organisationKey).filter((key) => key.length >= 2);
  const cleaned = raw.map((value) => cleanByline(value)).filter((value): value is string => value !== null && !NOT_A_NAME.test(value));
  const isOutlet = (name: string): boolean => {
    const key = organisationKey(name);
    return DOMAIN_LIKE.test(name) || outletKeys.some((outlet) => key === outlet || (key.length >= 4 && (outlet.includes(key) || key.includes(outlet))));
  };
  // "Rob Picheta, CNN": the outlet after the name is a credit line, not a second author.
  const withoutOutlet = cleaned.map((name) => {
    const parts = name.split(/\s*,\s*/);
    return parts.length > 1 && isOutlet(parts[parts.length - 1]!) ? parts.slice(0, -1).join(', ') : name;
  });
  const person = withoutOutlet.find((name) => !isOutlet(name) && !AGENCY_CREDIT.test(name) && !looksLikeAccount(name, withoutOutlet));
  if (person !== undefined) return fullerAuthorList(person, withoutOutlet);
  return withoutOutlet.find((name) => !isOutlet(name) && !AGENCY_CREDIT.test(name))
    ?? withoutOutlet.find((name) => !isOutlet(name))
    ?? withoutOutlet.find((name) => !DOMAIN_LIKE.test(name)) ?? null;
}
/** A credit in parentheses closing a paragraph: "… hieß es. (FR mit dpa)", "(dpa/gem)", "(AFP, Reuters)". */
const CLOSING_PARENTHESES = /\(([^()]{2,30})\)$/u;
/** Its words joined by slashes, commas or "mit"/"with"/"und"/"and" ("(Foto: dpa)" and "(siehe AP-Bericht)" are no credit). */
const CREDIT_WORDS = /^\p{L}{2,12}(?:(?:\s*[/,]\s*|\s+(?:mit|with|und|and|et|y)\s+)\p{L}{2,12}){0,3}$/u;
/** The article's paragraphs read from its end for the credit: an editor's note or a picture credit may follow it. */
const MAX_CLOSING_CREDIT_PARAGRAPHS = 3;
/** The wire credit closing the article's text, which names the service (and desk) that wrote it; or null. */
export function closingWireCredit(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(-MAX_CLOSING_CREDIT_PARAGRAPHS).reverse()) {
    const credit = CLOSING_PARENTHESES.exec(paragraph.trimEnd())?.[1]?.trim();
    if (credit !== undefined && CREDIT_WORDS.test(credit) && credit.split(/[\s/,]+/).some((word) => WIRE_SERVICE.test(word))) return credit;
  }
  return null;
}
/** The byline, or the article's closing wire credit when the page credits no person: nobody, its desk, a wire service or
 *  the outlet itself ("Redaktion" in the metadata, "… (FR mit dpa)" under the text). */
export function withClosingCredit(byline: string | null, outlet: string | null, paragraphs: readonly string[]): string | null {
  const namesNoPerson = byline === null || AGENCY_CREDIT.test(byline) || (outlet !== null && organisationKey(byline) === organisationKey(outlet));
  return namesNoPerson ? closingWireCredit(paragraphs) ?? byline : byline;
}
