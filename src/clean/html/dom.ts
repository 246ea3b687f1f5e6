// Small helpers over the page's tree (domhandler's node shapes, built by parse.ts): parse once, then walk plain objects.
import type { AnyNode, Document, Element, Text } from 'domhandler';
import { startPage } from './page-memo.ts';
import { parseHtml as parseLean, parseUtf8Html, type LeanNode } from './parse.ts';

export type { AnyNode, Document, Element };

/** domhandler's element test (tag, script or style), kept local: the walks call it for every node. */
export function isTag(node: AnyNode): node is Element {
  const type = node.type;
  return type === 'tag' || type === 'script' || type === 'style';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

/** Parses a page (its text, or its bytes when they are valid UTF-8) once into plain objects shaped like domhandler's
 *  nodes (see parse.ts), with its elements in document order. */
export function parsePage(html: string | Uint8Array): { document: Document; elements: Element[] } {
  startPage();
  const { root, elements } = typeof html === 'string' ? parseLean(html) : parseUtf8Html(html);
  return { document: root as unknown as Document, elements: elements as unknown as Element[] };
}

export function parseHtml(html: string): Document {
  return parsePage(html).document;
}

export function attr(element: Element, name: string): string | null {
  const value = element.attribs[name];
  return value === undefined ? null : value;
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. A lone ' ' is left as it is
 *  (only longer runs and other whitespace characters are replaced), so ordinary prose is not rebuilt. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Words of a text, as its spaces separate them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** The concatenated text of a subtree, normalised. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  collectText(node, parts);
  return normalizeSpace(parts.join(''));
}

function collectText(node: AnyNode, parts: string[]): void {
  if (isText(node)) {
    parts.push(node.data);
    return;
  }
  if (!isTag(node) && node.type !== 'root') return;
  const element = node as Element;
  if (isTag(node) && (element.name === 'script' || element.name === 'style')) return;
  if (isTag(node) && element.name === 'br') parts.push(' ');
  for (const child of element.children) collectText(child, parts);
  // Keep adjacent blocks from gluing their words together.
  if (isTag(node)) parts.push(' ');
}

/** Every element in document order (iterative, so deep pages cannot overflow the stack). */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTag(node)) out.push(node);
    if ('children' in node) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out;
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (parent === null) return;
  const index = parent.children.indexOf(node as never);
  if (index >= 0) parent.children.splice(index, 1);
  node.parent = null;
}

/** Whether the element or one of its nearest `maxDepth - 1` element ancestors passes the test (a marked box around it). */
export function withinMarkedAncestor(element: Element, maxDepth: number, isMarked: (node: Element) => boolean): boolean {
  let node: Element | null = element;
  for (let depth = 0; node !== null && depth < maxDepth; depth++) {
    if (isMarked(node)) return true;
    node = node.parent !== null && isTag(node.parent) ? node.parent : null;
  }
  return false;
}

/** "class id", computed once per element: every heuristic pass asks for it. */
export function classAndId(element: Element): string {
  const lean = element as unknown as LeanNode;
  if (typeof lean.hints === 'string') return lean.hints;
  const hints = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
  if (lean.hints === null) lean.hints = hints;
  return hints;
}

/** Whether the element's class or id matches a hint pattern. About half of a page's elements have neither, and no
 *  hint pattern matches their lone space: the pattern is not run for them (the passes that ask see every element). */
export function hasHint(element: Element, pattern: RegExp): boolean {
  const hints = classAndId(element);
  return hints !== ' ' && pattern.test(hints);
}

/** One page's elements grouped once, in document order, for lookups that would otherwise read every element. */
export type PageIndex = {
  /** Elements with an itemprop attribute. */
  readonly withItemprop: readonly Element[];
  /** Elements with an itemprop attribute, and <time> elements: those that may declare a date. */
  readonly itempropOrTime: readonly Element[];
  /** Elements by tag name. */
  readonly byName: ReadonlyMap<string, readonly Element[]>;
  /** The <h1> and <h2> elements, together: the headline candidates. */
  readonly h1AndH2: readonly Element[];
};

/** The last page's index: pages are read one at a time (a WeakMap per page measured slower: its entries cost the
 *  garbage collector). */
let lastIndexed: { readonly elements: readonly Element[]; readonly index: PageIndex } | null = null;

/** The index of a page's element list, built on first use. */
export function pageIndex(elements: readonly Element[]): PageIndex {
  if (lastIndexed !== null && lastIndexed.elements === elements) return lastIndexed.index;
  const withItemprop: Element[] = [];
  const itempropOrTime: Element[] = [];
  const byName = new Map<string, Element[]>();
  const h1AndH2: Element[] = [];
  for (const element of elements) {
    const hasItemprop = element.attribs['itemprop'] !== undefined;
    if (hasItemprop) withItemprop.push(element);
    if (hasItemprop || element.name === 'time') itempropOrTime.push(element);
    const named = byName.get(element.name);
    if (named === undefined) byName.set(element.name, [element]);
    else named.push(element);
    if (element.name === 'h1' || element.name === 'h2') h1AndH2.push(element);
  }
  const index: PageIndex = { withItemprop, itempropOrTime, byName, h1AndH2 };
  lastIndexed = { elements, index };
  return index;
}

const NONE: readonly Element[] = [];

/** The page's elements with this tag name, in document order (one lookup instead of a pass over the page). */
export function elementsNamed(elements: readonly Element[], name: string): readonly Element[] {
  return pageIndex(elements).byName.get(name) ?? NONE;
}

/** The subtree's text if it is at most `maxChars` long (before normalising), else null; stops early, so
 *  probing many large containers for a short date or byline line stays linear. */
export function shortTextOf(node: AnyNode, maxChars: number): string | null {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isText(current)) {
      length += current.data.length;
      if (length > maxChars * 3) return null;
      parts.push(current.data);
    } else if (isTag(current)) {
      if (current.name === 'script' || current.name === 'style') continue;
      parts.push(' ');
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  const text = normalizeSpace(parts.join(''));
  return text.length > maxChars ? null : text;
}
