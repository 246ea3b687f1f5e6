// Per-element text statistics, computed once bottom-up so scoring stays linear in page size.
import { isTag, isText, type AnyNode, type Element } from './dom.ts';
import { BLOCK_TAGS } from './vocabulary.ts';

export type TextStats = {
  /** Non-whitespace-collapsed characters of text in the subtree. */
  text: number;
  /** Characters inside links. */
  link: number;
  /** Commas (Latin and CJK), a sign of running prose. */
  commas: number;
  /** Characters in text nodes and inline elements directly under this element (not inside child blocks). */
  inlineText: number;
  inlineCommas: number;
};

/** The whitespace that rendering collapses: a run of it counts as one character, except at the start of a text node. */
const WHITESPACE_RUN = /[ \n\t\r\u00a0]{2,}/g;
const COMMA = /[,，、،]/g;

function isCollapsedSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
}

/** Rendered length and commas (Latin and CJK) of a text node, counted by the regex engine: text nodes hold most of
 *  the page's characters, and a character loop in JavaScript was the costliest part of the statistics. */
function measureText(data: string, into: TextStats): void {
  let length = data.length;
  WHITESPACE_RUN.lastIndex = 0;
  for (let run = WHITESPACE_RUN.exec(data); run !== null; run = WHITESPACE_RUN.exec(data)) length -= run[0].length - 1;
  if (length > 0 && isCollapsedSpace(data.charCodeAt(0))) length--;
  let commas = 0;
  COMMA.lastIndex = 0;
  while (COMMA.test(data)) commas++;
  into.text += length;
  into.commas += commas;
  into.inlineText += length;
  into.inlineCommas += commas;
}

/** Statistics for every element under root that is not skipped; an element without stats is not content. The map's
 *  entries run in reverse document order (children and later elements first), which lead.ts relies on. */
export function computeStats(root: Element, skip: (element: Element) => boolean): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const elements: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node !== root && skip(node)) continue;
    elements.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const own: TextStats = { text: 0, link: 0, commas: 0, inlineText: 0, inlineCommas: 0 };
    for (const child of element.children) {
      if (isText(child)) measureText(child.data, own);
      else if (isTag(child)) {
        const childStats = stats.get(child);
        if (childStats === undefined) continue;
        own.text += childStats.text;
        own.link += childStats.link;
        own.commas += childStats.commas;
        if (!BLOCK_TAGS.has(child.name)) {
          own.inlineText += childStats.text;
          own.inlineCommas += childStats.commas;
        }
      }
    }
    // A named anchor (<a name> or <a id> without href) marks a place in the text; it is not a link.
    if (element.name === 'a' && element.attribs['href'] !== undefined) own.link = own.text;
    stats.set(element, own);
  }
  return stats;
}

export function linkDensity(stats: TextStats | undefined): number {
  if (stats === undefined || stats.text === 0) return 0;
  return stats.link / stats.text;
}
