// The page's tree, built from htmlparser2's Parser events (lower-cased names, entities decoded, recognizeSelfClosing
// off), so htmlparser2 does the tokenizing and its implied closes, void elements, raw-text tags and SVG/MathML rules.
// The callbacks build lean plain-object nodes instead of domhandler's class instances, list elements in document
// order as they open, and share one string per common tag name (attribute keys V8 shares itself). Comments, CDATA
// outside SVG/MathML, declarations and processing instructions are skipped (no handler for them), so the text around
// them joins into one node.
import { Parser, type Handler } from 'htmlparser2';

/** Plain objects shaped like domhandler's nodes (type, name, attribs, children, parent, data): nothing here
 *  needs domhandler's class instances, sibling links or source positions. `hints` caches "class id". */
export type LeanNode = { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: LeanNode[]; parent: LeanNode | null; hints?: string | null };

/** The tag names pages use most. A name from the parser (a fresh lower-cased copy) is replaced by the same name from
 *  this list: the listed string is shared and internalized, so the extractor's many name comparisons and set lookups are
 *  cheap. Attribute names need no list: V8 internalizes property keys, so an attribute object's keys are shared already. */
const COMMON_TAG_NAMES: readonly string[] = [
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'circle',
  'cite', 'code', 'dd', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'form', 'g', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'label', 'li', 'link', 'main', 'meta',
  'nav', 'noscript', 'ol', 'option', 'p', 'path', 'picture', 'pre', 'script', 'section', 'select', 'small', 'source', 'span',
  'strong', 'style', 'sub', 'sup', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title', 'tr', 'u', 'ul', 'use', 'video',
];
const SHARED_TAG_NAMES: ReadonlyMap<string, string> = new Map(COMMON_TAG_NAMES.map((name) => [name, name] as const));

function sharedTagName(name: string): string {
  return SHARED_TAG_NAMES.get(name) ?? name;
}

/** htmlparser2's attribute object for a tag, its prototype removed in place so no read can reach Object.prototype's
 *  members. Its keys are as htmlparser2 set them: the first of repeated attributes wins, and "__proto__" is dropped
 *  (assigning it a string on a plain object does nothing). Copying the attributes into an Object.create(null) dictionary
 *  instead (from onattribute events) measured about 5% slower over whole extractions: htmlparser2 fills its own object anyway. */
function prototypeLess(attribs: Record<string, string>): Record<string, string> {
  return Object.setPrototypeOf(attribs, null) as Record<string, string>;
}

const PARSER_OPTIONS = { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: false } as const;

/** htmlparser2's callbacks, building lean nodes. */
class TreeBuilder implements Partial<Handler> {
  readonly root: LeanNode = { type: 'root', children: [], parent: null };
  /** Every element in the order opened, which is document order: each is appended after everything before it. */
  readonly elements: LeanNode[] = [];
  /** The open elements, innermost last; the root at the bottom. */
  private readonly open: LeanNode[] = [this.root];
  private current: LeanNode = this.root;

  /** The tag is complete: its element joins the tree (a tag the page ends inside never does). */
  onopentag(name: string, attribs: Record<string, string>): void {
    const parent = this.current;
    const shared = sharedTagName(name);
    const type = shared === 'script' ? 'script' : shared === 'style' ? 'style' : 'tag';
    const element: LeanNode = { type, name: shared, attribs: prototypeLess(attribs), children: [], parent, hints: null };
    parent.children!.push(element);
    this.elements.push(element);
    // Void elements too: htmlparser2 reports their close right after.
    this.open.push(element);
    this.current = element;
  }

  onclosetag(): void {
    // At the page's end htmlparser2 also closes a tag left unfinished (never added); the root stays.
    if (this.open.length > 1) this.open.pop();
    this.current = this.open[this.open.length - 1]!;
  }

  ontext(data: string): void {
    if (data === '') return;
    const siblings = this.current.children!;
    const last = siblings[siblings.length - 1];
    // One text run arrives in pieces (around entities and skipped comments): keep it one node.
    if (last !== undefined && last.type === 'text') last.data += data;
    else siblings.push({ type: 'text', data, parent: this.current });
  }
}

export type ParsedPage = {
  readonly root: LeanNode;
  /** Every element in document order. */
  readonly elements: readonly LeanNode[];
};

/** Parses a page into lean nodes under a root node. */
export function parseHtml(html: string): ParsedPage {
  const builder = new TreeBuilder();
  new Parser(builder, PARSER_OPTIONS).end(html);
  return { root: builder.root, elements: builder.elements };
}
