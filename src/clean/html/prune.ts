// Removes what can never be article text before scoring: scripts, navigation, hidden and furniture elements.
import { attr, classAndId, hasHint, type AnyNode, type Element } from './dom.ts';
import { phrasePattern } from '../phrase-pattern.ts';
import { ARTICLE_BODY_HINT, HIDDEN_CLASSES, DROPPED_ROLES, DROPPED_TAGS, MAYBE_CANDIDATE, UNLIKELY_CANDIDATE } from './vocabulary.ts';

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Any hidden class name anywhere in a class attribute: most attributes hold none, and then the exact check of each
 *  class is skipped. Unicode case folding makes it match every class that lower-cases to a hidden one (and a few more). */
const MAY_NAME_HIDDEN_CLASS = phrasePattern([...HIDDEN_CLASSES], { before: '', after: '', flags: 'iu' });
/** Elements whose furniture-like class never removes them: they are the page or the article itself. */
const NEVER_UNLIKELY: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main', 'a', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'tr', 'tbody', 'table', 'pre', 'code', 'blockquote']);

function isHidden(element: Element): boolean {
  if (element.attribs['hidden'] !== undefined) return true;
  if (attr(element, 'aria-hidden') === 'true' && !/fallback-image/.test(element.attribs['class'] ?? '')) return true;
  const style = element.attribs['style'];
  if (style !== undefined && HIDDEN_STYLE.test(style)) return true;
  const classes = element.attribs['class'];
  return classes !== undefined && MAY_NAME_HIDDEN_CLASS.test(classes) && classes.split(/\s+/).some((name) => HIDDEN_CLASSES.has(name.toLowerCase()));
}

/** An id of four or more hyphenated words is a heading's slug ("sharing-with-a-single-developer"), not a role. */
const HEADING_SLUG_ID = /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}$/u;

function isUnlikely(element: Element): boolean {
  if (NEVER_UNLIKELY.has(element.name)) return false;
  const id = element.attribs['id'];
  const hints = id !== undefined && HEADING_SLUG_ID.test(id) ? element.attribs['class'] ?? '' : classAndId(element);
  if (hints.length < 3) return false;
  return UNLIKELY_CANDIDATE.test(hints) && !MAYBE_CANDIDATE.test(hints) && !insideTableOrCode(element);
}

function insideTableOrCode(element: Element): boolean {
  for (let node = element.parent; node !== null; node = node.parent) {
    if (node.type === 'tag' && ((node as Element).name === 'table' || (node as Element).name === 'code')) return true;
  }
  return false;
}

/** Some accordion widgets put role="tablist" on the whole group, panels included: the tab labels are
 *  furniture, the panels' text is content. */
function holdsTabPanel(element: Element): boolean {
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if ((node as Element).attribs['role'] === 'tabpanel') return true;
    stack.push(...(node as Element).children);
  }
  return false;
}

function isMarkedBody(element: Element): boolean {
  if (element.attribs['itemprop'] === 'articleBody') return true;
  return hasHint(element, ARTICLE_BODY_HINT);
}

/** Never article text, whatever the page looks like. */
export function isFurniture(element: Element): boolean {
  if (DROPPED_TAGS.has(element.name)) return true;
  const role = element.attribs['role']?.toLowerCase();
  if (role !== undefined && DROPPED_ROLES.has(role)) return role !== 'tablist' || !holdsTabPanel(element);
  return isHidden(element);
}

export type Drops = {
  /** Elements that are never content (scripts, navigation, hidden). */
  readonly furniture: ReadonlySet<Element>;
  /** Elements whose class/id says furniture; a page that names its layout oddly can lose its article this
   *  way, so extraction retries without these when too little text is left. */
  readonly unlikely: ReadonlySet<Element>;
};

/** Classifies elements to skip; the tree itself is left untouched so extraction can retry. */
export function findDrops(root: AnyNode): Drops {
  const furniture = new Set<Element>();
  const unlikely = new Set<Element>();
  const markedBodies: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const element = node as Element;
      if (element !== root) {
        if (isFurniture(element)) {
          furniture.add(element);
          continue;
        }
        if (isUnlikely(element)) unlikely.add(element);
        else if (unlikely.size > 0 && isMarkedBody(element)) markedBodies.push(element);
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  // A wrapper with a furniture-sounding class ("pane-taxomenu") that holds the marked article body is layout.
  for (const marked of markedBodies) {
    for (let node = marked.parent; node !== null && node !== root; node = node.parent) unlikely.delete(node as Element);
  }
  return { furniture, unlikely };
}
