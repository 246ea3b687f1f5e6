// The page's tree, built in one pass over the text. It is the tree htmlparser2 (lower-cased names, entities
// decoded, recognizeSelfClosing off) would give, with its implied closes, void elements, raw-text tags and
// SVG/MathML rules, node for node (parse.test.ts checks this against htmlparser2 itself), built about twice as
// fast: text, attribute values and script bodies are found with indexOf instead of a per-character state
// machine, entities are decoded once per text run, and comments and declarations are skipped, not reported.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** Plain objects shaped like domhandler's nodes (type, name, attribs, children, parent, data): nothing here
 *  needs domhandler's class instances, sibling links or source positions. `hints` caches "class id". */
export type LeanNode = { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: LeanNode[]; parent: LeanNode | null; hints?: string | null };

const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);

const FORM_TAGS: ReadonlySet<string> = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_TAG: ReadonlySet<string> = new Set(['p']);
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const TABLE_SECTION_TAGS: ReadonlySet<string> = new Set(['thead', 'tbody']);
const DD_DT_TAGS: ReadonlySet<string> = new Set(['dd', 'dt']);
const RT_RP_TAGS: ReadonlySet<string> = new Set(['rt', 'rp']);

/** Open elements an opening tag closes first (htmlparser2's openImpliesClose). */
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P_TAG],
  ['h1', HEADING_TAGS], ['h2', HEADING_TAGS], ['h3', HEADING_TAGS], ['h4', HEADING_TAGS], ['h5', HEADING_TAGS], ['h6', HEADING_TAGS],
  ['select', FORM_TAGS], ['input', FORM_TAGS], ['output', FORM_TAGS], ['button', FORM_TAGS], ['datalist', FORM_TAGS], ['textarea', FORM_TAGS],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT_TAGS], ['dt', DD_DT_TAGS],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
    'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((name) => [name, P_TAG] as const),
  ['rt', RT_RP_TAGS], ['rp', RT_RP_TAGS], ['tbody', TABLE_SECTION_TAGS], ['tfoot', TABLE_SECTION_TAGS],
]);

/** Elements inside SVG or MathML whose content is HTML again. */
const HTML_INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);

const SVG_NAME_CASE: ReadonlyMap<string, string> = new Map([
  'altGlyph', 'altGlyphDef', 'altGlyphItem', 'animateColor', 'animateMotion', 'animateTransform', 'clipPath', 'feBlend',
  'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap',
  'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge',
  'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  'foreignObject', 'glyphRef', 'linearGradient', 'radialGradient', 'textPath',
].map((name) => [name.toLowerCase(), name] as const));

/** Tags whose content is text up to their closing tag: raw (script, style…) or with entities decoded (title, textarea). */
const RAW_TEXT_TAGS: readonly string[] = ['iframe', 'noembed', 'noframes', 'plaintext', 'script', 'style', 'title', 'textarea', 'xmp'];
const RCDATA_TAGS: ReadonlySet<string> = new Set(['title', 'textarea']);

const HTML = 0;
const SVG = 1;
const MATHML = 2;

const TAB = 9;
const NEWLINE = 10;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const EXCLAMATION = 33;
const DOUBLE_QUOTE = 34;
const AMPERSAND = 38;
const SINGLE_QUOTE = 39;
const DASH = 45;
const SLASH = 47;
const LESS_THAN = 60;
const EQUALS = 61;
const GREATER_THAN = 62;
const QUESTION = 63;

function isWhitespace(c: number): boolean {
  return c === SPACE || c === NEWLINE || c === TAB || c === FORM_FEED || c === CARRIAGE_RETURN;
}

function endsTagSection(c: number): boolean {
  return c === SLASH || c === GREATER_THAN || isWhitespace(c);
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The tag and attribute names pages use most. A name read from the page is replaced by the same name from this
 *  list, found where it stands in the page: no copy of the page's spelling is made, and the listed string is shared
 *  and internalized, so the extractor's many name comparisons and set lookups are cheap. */
const COMMON_NAMES: readonly string[] = [
  // elements
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'circle',
  'cite', 'code', 'dd', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'form', 'g', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'label', 'li', 'link', 'main', 'meta',
  'nav', 'noscript', 'ol', 'option', 'p', 'path', 'picture', 'pre', 'script', 'section', 'select', 'small', 'source', 'span',
  'strong', 'style', 'sub', 'sup', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title', 'tr', 'u', 'ul', 'use', 'video',
  // attributes
  'alt', 'aria-hidden', 'aria-label', 'charset', 'class', 'content', 'd', 'data-src', 'datetime', 'fill', 'height', 'hidden',
  'href', 'http-equiv', 'id', 'itemprop', 'itemscope', 'itemtype', 'lang', 'loading', 'name', 'property', 'rel', 'role', 'sizes',
  'src', 'srcset', 'tabindex', 'target', 'type', 'value', 'viewbox', 'width', 'xmlns',
];
const COMMON_NAME_SET: ReadonlyMap<string, string> = new Map(COMMON_NAMES.map((name) => [name, name] as const));

const MAX_BUCKETED_NAME = 31;
/** The common names by length and first letter. */
const NAME_BUCKETS: (string[] | undefined)[] = [];
for (const name of COMMON_NAMES) (NAME_BUCKETS[(name.length << 7) | name.charCodeAt(0)] ??= []).push(name);

function asciiLowerCase(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The common name that html[start, end) spells in any ASCII case, or null. */
function commonNameAt(html: string, start: number, end: number): string | null {
  const length = end - start;
  const first = asciiLowerCase(html.charCodeAt(start));
  if (length > MAX_BUCKETED_NAME || first >= 128) return null;
  const bucket = NAME_BUCKETS[(length << 7) | first];
  if (bucket === undefined) return null;
  for (const name of bucket) {
    let i = 1;
    while (i < length && asciiLowerCase(html.charCodeAt(start + i)) === name.charCodeAt(i)) i++;
    if (i === length) return name;
  }
  return null;
}

/** The tag or attribute name at html[start, end) in lower case, shared when it is a common one. */
function lowerCaseName(html: string, start: number, end: number): string {
  const common = commonNameAt(html, start, end);
  if (common !== null) return common;
  // Other names, and common ones spelled with characters that lower-case to ASCII (the Kelvin sign).
  const lower = html.slice(start, end).toLowerCase();
  return COMMON_NAME_SET.get(lower) ?? lower;
}

function decodeText(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

function decodeAttribute(value: string): string {
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}

/** The raw-text tag a tag name opens, compared as htmlparser2's tokenizer does (ASCII letters, any case). */
function rawTextTag(html: string, start: number, end: number): string | null {
  for (const tag of RAW_TEXT_TAGS) {
    if (tag.length !== end - start) continue;
    let i = 0;
    while (i < tag.length && (html.charCodeAt(start + i) | 0x20) === tag.charCodeAt(i)) i++;
    if (i === tag.length) return tag;
  }
  return null;
}

/** Whether the text from `start` to the end is the beginning of a raw-text tag's name (ASCII letters, any case). */
function startsRawTextTag(html: string, start: number): boolean {
  const length = html.length - start;
  return RAW_TEXT_TAGS.some((tag) => {
    if (length > tag.length) return false;
    for (let i = 0; i < length; i++) if ((html.charCodeAt(start + i) | 0x20) !== tag.charCodeAt(i)) return false;
    return true;
  });
}

/** A raw-text tag's content: where it ends (the index of its closing "</name", or -1 when the page ends first)
 *  and, inside title and textarea, the ampersands htmlparser2 leaves undecoded because they follow a '<' or a
 *  partial "</name". The matching follows htmlparser2's tokenizer exactly, including its case folding by `| 0x20`. */
type RawTextScan = { readonly end: number; readonly literalAmpersands: readonly number[] };

function scanRawText(html: string, start: number, tag: string, decodesEntities: boolean): RawTextScan {
  const closing = `</${tag}`;
  const literalAmpersands: number[] = [];
  let matched = 0;
  for (let i = start; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (matched === closing.length) {
      if (endsTagSection(c)) return { end: i - closing.length, literalAmpersands };
      matched = 0;
    }
    if ((c | 0x20) === closing.charCodeAt(matched)) matched++;
    else if (matched === 0) {
      // Inside title and textarea every character is looked at (entities are decoded there); elsewhere only '<' can start the end.
      if (decodesEntities) continue;
      const next = html.indexOf('<', i + 1);
      if (next < 0) break;
      i = next;
      matched = 1;
    } else {
      if (c === AMPERSAND && decodesEntities) literalAmpersands.push(i);
      matched = c === LESS_THAN ? 1 : 0;
    }
  }
  return { end: -1, literalAmpersands };
}

/** Title and textarea text with entities decoded, except the ampersands htmlparser2 reads as plain characters. */
function decodeRcdata(html: string, start: number, end: number, literalAmpersands: readonly number[]): string {
  let out = '';
  let from = start;
  for (const at of literalAmpersands) {
    out += decodeText(html.slice(from, at)) + '&';
    from = at + 1;
  }
  return out + decodeText(html.slice(from, end));
}

const COMMENT_END = '--!>';

/** The '>' closing a comment whose text starts at `start` ("-->", "--!>", or "<!-->" and "<!--->" closed at once), or -1. */
function commentEnd(html: string, start: number): number {
  let matched = 0;
  for (let i = start; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (matched <= 1 && i === start + matched && c === GREATER_THAN) return i;
    if (matched === 2 && c === GREATER_THAN) return i;
    if (matched === 3 && c !== GREATER_THAN) {
      matched = c === DASH ? 1 : 0;
      continue;
    }
    if (c === COMMENT_END.charCodeAt(matched)) {
      if (++matched === COMMENT_END.length) return i;
    } else if (matched === 0) {
      const next = html.indexOf('-', i + 1);
      if (next < 0) return -1;
      i = next;
      matched = 1;
    } else if (c !== COMMENT_END.charCodeAt(matched - 1)) matched = 0;
  }
  return -1;
}

/** The open elements and the SVG/MathML context, with htmlparser2's Parser rules for opening and closing tags. */
class TreeBuilder {
  readonly root: LeanNode = { type: 'root', children: [], parent: null };
  /** Every element in the order created, which is document order: each is appended after everything before it. */
  readonly elements: LeanNode[] = [];
  private readonly open: LeanNode[] = [];
  /** Innermost last; HTML at the bottom. */
  private readonly contexts: number[] = [HTML];

  private current(): LeanNode {
    return this.open.length === 0 ? this.root : this.open[this.open.length - 1]!;
  }

  inForeignContent(): boolean {
    return this.contexts[this.contexts.length - 1] !== HTML;
  }

  private isOpen(name: string): boolean {
    for (const element of this.open) if (element.name === name) return true;
    return false;
  }

  text(data: string): void {
    if (data === '') return;
    const siblings = this.current().children!;
    const last = siblings[siblings.length - 1];
    // One text run may arrive in pieces (around comments, or at the page's end): keep it one node.
    if (last !== undefined && last.type === 'text') last.data += data;
    else siblings.push({ type: 'text', data, parent: this.current() });
  }

  /** The element name for a tag as written: lower case, SVG's camel case restored, <image> read as <img> in HTML. */
  tagName(html: string, start: number, end: number): string {
    const name = lowerCaseName(html, start, end);
    const context = this.contexts[this.contexts.length - 1];
    if (context === SVG) return SVG_NAME_CASE.get(name) ?? name;
    if (this.contexts.length > 1) {
      const adjusted = SVG_NAME_CASE.get(name);
      if (adjusted !== undefined && this.isOpen(adjusted)) return adjusted;
    }
    if (context === HTML) return name === 'image' ? 'img' : name;
    return name;
  }

  /** Applies an opening tag's implied closes and context; false when the tag is ignored (a <form> inside a form). */
  beginElement(name: string): boolean {
    if (name === 'form' && this.isOpen('form')) return false;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes !== undefined) {
      while (this.open.length > 0 && closes.has(this.open[this.open.length - 1]!.name!)) this.pop();
    }
    if (!VOID_ELEMENTS.has(name)) {
      if (name === 'svg') this.contexts.push(SVG);
      else if (name === 'math') this.contexts.push(MATHML);
      else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.contexts.push(HTML);
    }
    return true;
  }

  /** Adds the element once its tag is complete; void elements are closed at once. */
  addElement(name: string, attribs: Record<string, string>): void {
    const parent = this.current();
    const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    const element: LeanNode = { type, name, attribs, children: [], parent, hints: null };
    parent.children!.push(element);
    this.elements.push(element);
    if (!VOID_ELEMENTS.has(name)) this.open.push(element);
  }

  /** A self-closing tag ("<path/>") closes its element only in SVG and MathML content. */
  closeIfSelfClosed(name: string): void {
    const top = this.open[this.open.length - 1];
    if (top !== undefined && top.name === name) this.pop();
  }

  endElement(name: string): void {
    if (VOID_ELEMENTS.has(name)) {
      // "</br>" is read as <br>; other void closing tags mean nothing.
      if (name === 'br') this.addElement('br', {});
      return;
    }
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (this.open[i]!.name !== name) continue;
      while (this.open.length > i) this.pop();
      return;
    }
    // "</p>" without an open <p> is an empty paragraph.
    if (name === 'p') {
      this.beginElement('p');
      this.addElement('p', {});
      this.closeIfSelfClosed('p');
    }
  }

  private pop(): void {
    const name = this.open.pop()!.name!;
    if (name === 'svg' || name === 'math' || HTML_INTEGRATION_ELEMENTS.has(name)) this.contexts.pop();
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
  const length = html.length;
  let textStart = 0;
  let searchFrom = 0;
  while (searchFrom < length) {
    const lt = html.indexOf('<', searchFrom);
    if (lt < 0 || lt + 1 >= length) break;
    const c = html.charCodeAt(lt + 1);
    let next: number;
    if (isAsciiAlpha(c)) {
      builder.text(decodeText(html.slice(textStart, lt)));
      next = readOpenTag(html, lt + 1, builder);
    } else if (c === SLASH) {
      if (lt + 2 >= length) break;
      builder.text(decodeText(html.slice(textStart, lt)));
      next = readCloseTag(html, lt + 2, builder);
    } else if (c === EXCLAMATION || c === QUESTION) {
      builder.text(decodeText(html.slice(textStart, lt)));
      next = skipMarkupDeclaration(html, lt + 1, builder);
    } else {
      // "<" not starting markup is text.
      searchFrom = lt + 1;
      continue;
    }
    if (next < 0) return builder;
    textStart = searchFrom = next;
  }
  builder.text(decodeText(html.slice(textStart)));
  return builder;
}

/** Reads "<name attributes>" (from the name's first letter) and the content of raw-text tags; returns where text
 *  resumes, or -1 when the page ended (anything after an unfinished tag is dropped, as htmlparser2 does). */
function readOpenTag(html: string, nameStart: number, builder: TreeBuilder): number {
  const length = html.length;
  const rawTextAllowed = !builder.inForeignContent();
  let i = nameStart + 1;
  while (i < length && !endsTagSection(html.charCodeAt(i))) i++;
  if (i >= length) {
    // htmlparser2 keeps an unfinished name as text while it could still become a raw-text tag ("…<scr" at the end).
    if (rawTextAllowed && startsRawTextTag(html, nameStart)) builder.text(html.slice(nameStart));
    return -1;
  }
  const rawText = rawTextAllowed ? rawTextTag(html, nameStart, i) : null;
  const name = builder.tagName(html, nameStart, i);
  // Attributes live in prototype-less dictionaries: the extractor reads them by names that vary from call to call, which
  // V8 serves faster from one dictionary shape than from the many shapes plain objects take (about 4% of extraction).
  const attribs: Record<string, string> | null = builder.beginElement(name) ? Object.create(null) as Record<string, string> : null;
  let selfClosing = false;
  for (;;) {
    if (i >= length) return -1;
    let c = html.charCodeAt(i);
    if (c === GREATER_THAN) break;
    if (c === SLASH) {
      i++;
      while (i < length && isWhitespace(html.charCodeAt(i))) i++;
      // htmlparser2 emits the page's last character as text when it ends right here.
      if (i >= length) return endWithLastCharacter(html, builder);
      if (html.charCodeAt(i) === GREATER_THAN) {
        selfClosing = true;
        break;
      }
      continue;
    }
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    // An attribute name runs to '=', whitespace, '/' or '>'; its first character may be anything else (even '=').
    const attributeStart = i++;
    while (i < length && (c = html.charCodeAt(i)) !== EQUALS && !endsTagSection(c)) i++;
    if (i >= length) return -1;
    const attributeName = lowerCaseName(html, attributeStart, i);
    let value = '';
    while (i < length && isWhitespace(html.charCodeAt(i))) i++;
    if (i >= length) return -1;
    if (html.charCodeAt(i) === EQUALS) {
      i++;
      while (i < length && isWhitespace(html.charCodeAt(i))) i++;
      if (i >= length) return -1;
      const quote = html.charCodeAt(i);
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const close = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", i + 1);
        if (close < 0) return -1;
        value = decodeAttribute(html.slice(i + 1, close));
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < length && (c = html.charCodeAt(i)) !== GREATER_THAN && !isWhitespace(c)) i++;
        if (i >= length) return -1;
        value = decodeAttribute(html.slice(valueStart, i));
      }
    }
    // The first of repeated attributes wins; "__proto__" is dropped, as assigning it on a plain object does nothing.
    if (attribs !== null && attributeName !== '__proto__' && !Object.hasOwn(attribs, attributeName)) attribs[attributeName] = value;
  }
  if (attribs !== null) {
    builder.addElement(name, attribs);
    if (selfClosing && builder.inForeignContent()) builder.closeIfSelfClosed(name);
  }
  const contentStart = i + 1;
  if (rawText === null) return contentStart;
  if (rawText === 'plaintext') {
    builder.text(html.slice(contentStart));
    return -1;
  }
  const decodesEntities = RCDATA_TAGS.has(rawText);
  const { end, literalAmpersands } = scanRawText(html, contentStart, rawText, decodesEntities);
  const contentEnd = end < 0 ? length : end;
  builder.text(decodesEntities ? decodeRcdata(html, contentStart, contentEnd, literalAmpersands) : html.slice(contentStart, contentEnd));
  if (end < 0) return -1;
  return readCloseTag(html, end + 2, builder);
}

/** Reads "</name …>" from after "</"; returns where text resumes, or -1 when the page ended. */
function readCloseTag(html: string, start: number, builder: TreeBuilder): number {
  const length = html.length;
  const c = html.charCodeAt(start);
  if (c === GREATER_THAN) return start + 1;
  if (!isAsciiAlpha(c)) return skipTo(html, start, '>');
  let i = start + 1;
  while (i < length && !endsTagSection(html.charCodeAt(i))) i++;
  if (i >= length) return -1;
  builder.endElement(builder.tagName(html, start, i));
  const close = html.indexOf('>', i);
  if (close < 0) return endWithLastCharacter(html, builder);
  return close + 1;
}

/** Skips "<!…>" and "<?…>" from after "<": comments, doctype, bogus comments; CDATA is text inside SVG and MathML. */
function skipMarkupDeclaration(html: string, start: number, builder: TreeBuilder): number {
  if (html.charCodeAt(start) === EXCLAMATION) {
    if (html.startsWith('--', start + 1)) {
      const close = commentEnd(html, start + 3);
      return close < 0 ? -1 : close + 1;
    }
    if (html.startsWith('[CDATA[', start + 1)) {
      const contentStart = start + 8;
      const close = html.indexOf(']]>', contentStart);
      if (close < 0) return -1;
      if (builder.inForeignContent()) builder.text(html.slice(contentStart, close));
      return close + 3;
    }
  }
  return skipTo(html, start + 1, '>');
}

function skipTo(html: string, start: number, char: string): number {
  const found = html.indexOf(char, start);
  return found < 0 ? -1 : found + 1;
}

function endWithLastCharacter(html: string, builder: TreeBuilder): number {
  builder.text(html.slice(-1));
  return -1;
}
