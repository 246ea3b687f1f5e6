// The page's tree, built from htmlparser2's Parser events (lower-cased names, entities decoded, recognizeSelfClosing
// off), so htmlparser2 does the tokenizing and its implied closes, void elements, raw-text tags and SVG/MathML rules.
// The callbacks build lean plain-object nodes instead of domhandler's class instances, list elements in document
// order as they open, and share one string per common tag name (attribute keys V8 shares itself). Comments, CDATA
// outside SVG/MathML, declarations and processing instructions are skipped (no handler for them), so the text around
// them joins into one node.
//
// Entities are decoded here rather than by the tokenizer: htmlparser2 reads text and attribute values one character
// at a time through its state machine when it decodes them, and skips ahead to the next '<' or quote when it does not
// (a quarter of the parse). entities' decoders, the ones htmlparser2 uses, then decode the few pieces holding an '&',
// with the tokenizer's rules for which text is raw (script, style…) and for RCDATA (title, textarea).
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser, Tokenizer, type Handler } from 'htmlparser2';

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

/**
 * htmlparser2's Parser, handing each attribute to the tree builder instead of setting it on the object it would pass
 * with the tag. That object is a plain {} filled key by key: every new combination of attribute names walks V8 to a new
 * hidden class, and storing through so many shapes was an eighth of the parse (then a tenth more to drop the
 * prototype). The builder puts them in a null-prototype dictionary instead (see TreeBuilder.addAttribute); reading a
 * dictionary downstream costs no more than reading hundreds of differently shaped objects.
 */
class AttributeHandingParser extends Parser {
  constructor(private readonly builder: TreeBuilder, options: typeof PARSER_OPTIONS) {
    super(builder, options);
  }

  override onattribend(_quote: unknown, endIndex: number): void {
    const self = this as unknown as ParserAttributeState;
    this.endIndex = endIndex;
    this.builder.onattribute(self.attribname, self.attribvalue);
    self.attribvalue = '';
  }
}

/** The Parser's state for the attribute being read, which its typings keep private. */
type ParserAttributeState = { attribname: string; attribvalue: string };

/** The attributes of every element that has none: one shared object, frozen, so the many reads of absent attributes
 *  (every heuristic pass asks each element for its class, id, role, style…) find it in the processor's cache rather
 *  than each in a dictionary of its own, and no prototype needs removing. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

/** The tokenizer's own state, which its typings keep private: the page (or the part of it being read) and positions. */
type TokenizerState = { buffer: string; index: number; offset: number };

/** One-character strings by character code, for indexOf. */
const CHARACTERS: readonly string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/**
 * htmlparser2's tokenizer, skipping ahead with String.prototype.indexOf where it loops over charCodeAt: when it waits
 * for one character (the end of a script or style, of an attribute value, of a text run), V8 searches a one-byte
 * string natively, many times faster than the loop over long scripts, inline JSON and data: URLs in attributes.
 * Same contract as the method it replaces: `index` ends on the character found, or on the buffer's last position.
 */
class SkippingTokenizer extends Tokenizer {}
const plainFastForwardTo = (Tokenizer.prototype as unknown as { fastForwardTo(this: Tokenizer, c: number): boolean }).fastForwardTo;
// The method is private in the typings, so it is replaced on the subclass's prototype rather than overridden.
Object.defineProperty(SkippingTokenizer.prototype, 'fastForwardTo', {
  value: function fastForwardTo(this: Tokenizer, c: number): boolean {
    if (c >= CHARACTERS.length) return plainFastForwardTo.call(this, c);
    const self = this as unknown as TokenizerState;
    const found = self.buffer.indexOf(CHARACTERS[c]!, self.index + 1 - self.offset);
    if (found >= 0) {
      self.index = found + self.offset;
      return true;
    }
    self.index = self.buffer.length + self.offset - 1;
    return false;
  },
});

const PARSER_OPTIONS = {
  lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: false, recognizeSelfClosing: false,
  Tokenizer: SkippingTokenizer,
} as const;
/** The tokenizer with entities decoded, for the rare RCDATA text that needs its exact rules (below). */
const DECODING_PARSER_OPTIONS = { ...PARSER_OPTIONS, decodeEntities: true } as const;

/**
 * The deepest an element is put in the tree; an element opened deeper joins its parent's parent, as a sibling, as
 * Chromium does past 512. The extractor walks the tree recursively, and a page of 100,000 nested divs overflowed
 * the stack and took its whole ingest batch down with it. Real pages nest a few dozen levels.
 */
export const MAX_TREE_DEPTH = 512;

/** Elements whose text the tokenizer keeps raw (no entities decoded), unless opened inside SVG or MathML. */
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);
/** Elements whose text is RCDATA (entities decoded, no tags), unless opened inside SVG or MathML. */
const RCDATA_TAGS: ReadonlySet<string> = new Set(['title', 'textarea']);
/** htmlparser2's HTML integration points: inside them, content is HTML again (names as its parser spells them). */
const HTML_INTEGRATION_TAGS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title']);

/** Whether a tag opened under this element was read in SVG or MathML content, where no tag is raw text or RCDATA: the
 *  nearest open svg/math or integration point decides, as htmlparser2's stack of contexts does. */
function inForeignContent(parent: LeanNode): boolean {
  for (let node: LeanNode | null = parent; node !== null; node = node.parent) {
    const name = node.name;
    if (name === 'svg' || name === 'math') return true;
    if (name !== undefined && HTML_INTEGRATION_TAGS.has(name)) return false;
  }
  return false;
}

/** RCDATA text as the decoding tokenizer reads it. Its one quirk: an '&' right after a partial match of the end tag
 *  ("<&amp;", "</t&amp;") is not decoded; text without '<' has no partial match, so decodeHTML reads it the same. */
function decodeRcdata(tag: string, text: string): string {
  if (!text.includes('<')) return decodeHTML(text);
  let decoded = '';
  new Parser({ ontext: (data) => void (decoded += data) }, DECODING_PARSER_OPTIONS).end(`<${tag}>${text}`);
  return decoded;
}

/** htmlparser2's callbacks, building lean nodes. */
class TreeBuilder implements Partial<Handler> {
  /** For a page read as Latin-1 from UTF-8 bytes (parseUtf8Html): those bytes, and the parser reading them. */
  constructor(private readonly utf8: Buffer | null = null) {}
  parser: Parser | null = null;
  /** Latin-1 reading only: the page as the parser reads it. */
  latin1 = '';
  /** Latin-1 reading only: the first non-ASCII character at or after `searchedFrom` is at `nextNonAscii` (Infinity
   *  when none is). Tags and attributes are read in page order, so one search answers for many of them. */
  private searchedFrom = 0;
  private nextNonAscii = -1;

  readonly root: LeanNode = { type: 'root', children: [], parent: null };
  /** Every element in the order opened, which is document order: each is appended after everything before it. */
  readonly elements: LeanNode[] = [];
  /** The open elements, innermost last; the root at the bottom. */
  private readonly open: LeanNode[] = [this.root];
  private current: LeanNode = this.root;
  /** Some attribute of the tag being read holds an '&'. */
  private attributeHasEntity = false;
  /** The attributes of the tag being read, once it has one: first of each name wins, as in htmlparser2's own object. */
  private attributes: Record<string, string> | null = null;
  /** Latin-1 reading only: some attribute value of the tag being read holds a non-ASCII byte; the tag's name, and
   *  its attributes' names by the key htmlparser2 gave them, when they hold one (such names are read again from the
   *  bytes, as htmlparser2 lower-cased the Latin-1 characters of the bytes rather than the letters). */
  private attributeHasNonAscii = false;
  private nonAsciiTagName: string | null = null;
  private nonAsciiAttributeNames: Map<string, string> | null = null;
  /** Open elements whose text is raw, and those whose text is RCDATA (few: title, scripts, styles). */
  private readonly rawText = new Set<LeanNode>();
  private readonly rcdata = new Set<LeanNode>();

  onopentagname(name: string): void {
    // A tag htmlparser2 drops (a second <form>) reports its attributes but never opens: they are not this tag's.
    this.attributes = null;
    if (this.utf8 === null) return;
    // The parser's endIndex is where the name it has just read ends.
    const start = this.parser!.endIndex - name.length;
    this.nonAsciiTagName = !this.isAsciiRange(start, start + name.length) && NON_ASCII.test(name) ? this.utf8Name(start, name.length) : null;
  }

  onattribute(name: string, value: string): void {
    this.addAttribute(name, value);
    if (value.includes('&')) this.attributeHasEntity = true;
    if (this.utf8 === null) return;
    // The attribute, name to value, lies from where its name starts (the parser's startIndex) to its endIndex (a
    // valueless attribute's endIndex may stop short of its name's end): when that stretch is ASCII, so are both.
    const start = this.parser!.startIndex;
    if (this.isAsciiRange(start, Math.max(this.parser!.endIndex, start + name.length))) return;
    if (NON_ASCII.test(value)) this.attributeHasNonAscii = true;
    // The parser's startIndex is where the attribute's name starts.
    if (NON_ASCII.test(name)) (this.nonAsciiAttributeNames ??= new Map()).set(name, this.utf8Name(this.parser!.startIndex, name.length));
  }

  /** An attribute joins the tag's dictionary unless the tag has one of that name already. A null-prototype dictionary
   *  takes any name as its own, so "__proto__" is skipped by hand (htmlparser2's plain object ignored it: assigning a
   *  string to "__proto__" does nothing there). */
  private addAttribute(name: string, value: string): void {
    const attributes = (this.attributes ??= Object.create(null) as Record<string, string>);
    if (attributes[name] === undefined && name !== '__proto__') attributes[name] = value;
  }

  /** The tag is complete: its element joins the tree (a tag the page ends inside never does). Its attributes are
   *  the ones collected from onattribute (AttributeHandingParser leaves htmlparser2's own object empty). */
  onopentag(latin1Name: string): void {
    // `open` holds the root too: an element opened now is at depth open.length (the root's children at depth 1).
    const parent = this.open.length > MAX_TREE_DEPTH ? this.current.parent! : this.current;
    const shared = sharedTagName(this.nonAsciiTagName ?? latin1Name);
    const type = shared === 'script' ? 'script' : shared === 'style' ? 'style' : 'tag';
    let attribs = this.attributes ?? NO_ATTRIBUTES;
    this.attributes = null;
    if (this.nonAsciiAttributeNames !== null) {
      if (attribs !== NO_ATTRIBUTES) attribs = withNames(attribs, this.nonAsciiAttributeNames);
      this.nonAsciiAttributeNames = null;
    }
    if (this.attributeHasNonAscii) {
      for (const key of Object.keys(attribs)) attribs[key] = utf8OfLatin1(attribs[key]!);
      this.attributeHasNonAscii = false;
    }
    if (this.attributeHasEntity) {
      for (const key of Object.keys(attribs)) attribs[key] = decodeHTMLAttribute(attribs[key]!);
      this.attributeHasEntity = false;
    }
    const element: LeanNode = { type, name: shared, attribs, children: [], parent, hints: null };
    if (RAW_TEXT_TAGS.has(shared) && !inForeignContent(parent)) this.rawText.add(element);
    else if (RCDATA_TAGS.has(shared) && !inForeignContent(parent)) this.rcdata.add(element);
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

  ontext(piece: string): void {
    if (piece === '') return;
    const raw = this.utf8 === null ? piece : this.textAsUtf8(piece);
    const data = !raw.includes('&') || this.rawText.has(this.current) ? raw
      : this.rcdata.has(this.current) ? decodeRcdata(this.current.name!, raw) : decodeHTML(raw);
    const siblings = this.current.children!;
    const last = siblings[siblings.length - 1];
    // One text run arrives in pieces (around entities and skipped comments): keep it one node.
    if (last !== undefined && last.type === 'text') last.data += data;
    else siblings.push({ type: 'text', data, parent: this.current });
  }

  /** Latin-1 reading only: the text piece the parser has just read, as UTF-8 text. A piece of text ends at the
   *  parser's endIndex (inclusive) and starts at its startIndex, so its bytes are found by position. Two pieces do not
   *  start there: a page's last character given as text when the page ends inside a closing tag (see utf8Text), and a
   *  CDATA section's text (read in SVG or MathML), whose indexes span its markers too ("<![CDATA[", "]]>") so that the
   *  piece does not end at endIndex either; it is decoded from the piece itself, which holds whole characters. */
  private textAsUtf8(piece: string): string {
    const end = this.parser!.endIndex + 1;
    const start = end - piece.length;
    if (this.parser!.startIndex === start) return this.isAsciiRange(start, end) ? piece : this.utf8Text(piece.length);
    if (!NON_ASCII.test(piece)) return piece;
    return this.latin1.endsWith(piece, end) ? this.utf8Text(piece.length) : utf8OfLatin1(piece);
  }

  /** Latin-1 reading only: whether the page's characters from `start` up to `end` are all ASCII. */
  private isAsciiRange(start: number, end: number): boolean {
    if (start < this.searchedFrom || start > this.nextNonAscii) {
      // The sticky pattern always matches (the ASCII run may be empty) and leaves lastIndex where the run ends; test
      // builds no match array, which exec would for each of the page's many searches.
      ASCII_RUN.lastIndex = start;
      ASCII_RUN.test(this.latin1);
      this.searchedFrom = start;
      this.nextNonAscii = ASCII_RUN.lastIndex < this.latin1.length ? ASCII_RUN.lastIndex : Infinity;
    }
    return end <= this.nextNonAscii;
  }

  /** A name with non-ASCII bytes, read from the page's bytes and lower-cased as htmlparser2 lower-cases a name. */
  private utf8Name(start: number, length: number): string {
    return this.utf8!.toString('utf8', start, start + length).toLowerCase();
  }

  /** The UTF-8 text of the piece of this length the parser has just read: its bytes end where the piece ends
   *  (the parser's endIndex, inclusive), as one Latin-1 character is one byte. A piece starts inside a character
   *  only where a page ends inside a closing tag: htmlparser2 then gives the tag's last character as text, and read
   *  as bytes, that was its last byte; the piece starts at the character's first byte instead. */
  private utf8Text(length: number): string {
    const utf8 = this.utf8!;
    const end = this.parser!.endIndex + 1;
    let start = end - length;
    while (start > 0 && (utf8[start]! & 0xc0) === 0x80) start--;
    return utf8.toString('utf8', start, end);
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
  new AttributeHandingParser(builder, PARSER_OPTIONS).end(html);
  return { root: builder.root, elements: builder.elements };
}

const NON_ASCII = /[^\x00-\x7f]/;
/** A run of ASCII characters from lastIndex (see isAsciiRange). */
const ASCII_RUN = /[\x00-\x7f]*/y;

/** Attributes under their real names where a Latin-1 key was read again (`names`): the first attribute of each name
 *  wins, as htmlparser2 keeps the first of repeated attributes. */
function withNames(attribs: Record<string, string>, names: ReadonlyMap<string, string>): Record<string, string> {
  const renamed = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(attribs)) {
    const name = names.get(key) ?? key;
    if (name !== '__proto__' && !Object.hasOwn(renamed, name)) renamed[name] = attribs[key]!;
  }
  return renamed;
}

/** A piece of a Latin-1 reading of UTF-8 bytes, as the UTF-8 text it is (pieces are cut at ASCII characters,
 *  never inside a character's bytes). ASCII pieces are returned as they are. */
function utf8OfLatin1(piece: string): string {
  return NON_ASCII.test(piece) ? Buffer.from(piece, 'latin1').toString('utf8') : piece;
}

/**
 * Parses a page given as valid UTF-8 bytes: the same tree as parseHtml on its decoded text, without decoding it.
 * The bytes are read as Latin-1 (one character per byte, a copy) and each text and attribute value is decoded
 * from UTF-8 as it is added. HTML's syntax is all ASCII and UTF-8 never uses ASCII bytes inside a character, so
 * the tokenizer cuts the page at the same places. What it gains: no decoding of the page's markup, scripts and
 * styles (38% of the dev pages' bytes), and one-byte strings for the tokenizer and for every ASCII text
 * downstream, where one non-ASCII character makes a decoded page and every piece cut from it two bytes per
 * character. What it saves is memory more than time: HTML ingest keeps each page once, as its bytes (peak RSS of
 * the 2,000-page ingest bench about 600 -> 500 MB), and runs as fast as before within the machine's noise
 * (separate processes, 4 alternating rounds: 155 and 158 pages per CPU-second median).
 * Names with non-ASCII letters are read again from the bytes and lower-cased as parseHtml does; but htmlparser2
 * itself matches them (implied closes, end tags) lower-cased byte by byte, so a name that lower-cases to a known tag
 * only through a non-ASCII letter (the Kelvin sign in "linK") is not that tag here, as in browsers (the HTML standard
 * lower-cases ASCII letters only). parse.test.ts checks the rest against parseHtml.
 */
export function parseUtf8Html(bytes: Uint8Array): ParsedPage {
  const utf8 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const builder = new TreeBuilder(utf8);
  const parser = new AttributeHandingParser(builder, PARSER_OPTIONS);
  builder.parser = parser;
  builder.latin1 = utf8.toString('latin1');
  parser.end(builder.latin1);
  return { root: builder.root, elements: builder.elements };
}
