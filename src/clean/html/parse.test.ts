// parse.ts must build exactly the tree htmlparser2 + domhandler build (the extractor was calibrated on it), minus the
// comments and declarations it skips: checked on edge cases and on seeded random markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type ParentNode } from 'domhandler';
import { seededRandom } from '../../eval/seeded-random.ts';
import { attr, type Element } from './dom.ts';
import { MAX_TREE_DEPTH, parseHtml, parseUtf8Html, type LeanNode } from './parse.ts';

/** The reference: domhandler's tree from htmlparser2 with the same options, its comments and declarations dropped
 *  and the text around them joined, in the same node shapes. */
function parseWithDomhandler(html: string): LeanNode {
  const root: LeanNode = { type: 'root', children: [], parent: null };
  copyChildren(parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true }), root);
  return root;
}

function copyChildren(from: ParentNode, to: LeanNode): void {
  for (const child of from.children) copyNode(child, to);
}

function copyNode(node: AnyNode, parent: LeanNode): void {
  const siblings = parent.children!;
  if (isText(node)) {
    const last = siblings[siblings.length - 1];
    if (last !== undefined && last.type === 'text') last.data += node.data;
    else siblings.push({ type: 'text', data: node.data, parent });
  } else if (isTag(node)) {
    const element: LeanNode = { type: node.type, name: node.name, attribs: node.attribs, children: [], parent, hints: null };
    siblings.push(element);
    copyChildren(node, element);
  }
}

/** One line per node: type, name, attributes in order, text; parent links checked on the way. */
function describe(node: LeanNode, depth = 0, lines: string[] = []): string[] {
  const indent = ' '.repeat(depth);
  if (node.type === 'text') lines.push(`${indent}${JSON.stringify(node.data)}`);
  else lines.push(`${indent}${node.type} ${node.name ?? ''} ${JSON.stringify(Object.entries(node.attribs ?? {}))}`);
  for (const child of node.children ?? []) {
    assert.equal(child.parent, node, 'parent link');
    describe(child, depth + 1, lines);
  }
  return lines;
}

function elementsInDocumentOrder(node: LeanNode, out: LeanNode[] = []): LeanNode[] {
  if (node.type !== 'text' && node.type !== 'root') out.push(node);
  for (const child of node.children ?? []) elementsInDocumentOrder(child, out);
  return out;
}

function assertSameTree(html: string): void {
  const { root, elements } = parseHtml(html);
  assert.deepEqual(describe(root), describe(parseWithDomhandler(html)), JSON.stringify(html));
  assert.deepEqual(elements, elementsInDocumentOrder(root), `element order: ${JSON.stringify(html)}`);
  for (const element of elements) assert.equal(Object.getPrototypeOf(element.attribs), null, 'prototype-less attributes');
}

const EDGE_CASES = [
    '<p>one<p>two<div>three</div></p>', '<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><th>3</table>', '</p><p>x</br>y</img>',
    '<form><form id=inner><input></form></form>', '<h1>a<h2>b</h1>', '<select><option>a<option>b<optgroup>c</select>',
    '<a href=x>1<a href=y>2</a>', '<dl><dt>a<dd>b<dt>c</dl>', '<body><head></head><script>x</script></body>',
    '<script>if (a < b && c > d) document.write("</div>")</script><p>after', '<SCRIPT type="text/javascript">x</ScRiPt >y',
    '<style>p { color: red }</style >', '<script>never closed', '<textarea>&lt;b&gt; &amp</textarea>', '<title>A &amp; B <&amp; </tit &amp;</title>',
    '<xmp><b>raw</b></xmp>', '<plaintext><b>all text</b></plaintext>', '<iframe><p>x</iframe>', '<noembed>a</noembed><noframes>b</noframes>',
    '<svg viewBox="0 0 1 1"><clippath id=c /><path d="M0"/><foreignobject><p>html<br/></foreignobject><style>not raw &amp;</style></svg>',
    '<math><mi>x</mi><annotation-xml><b>y</b></annotation-xml></math><image src=a>', '<svg><image href=b /><![CDATA[x<y]]></svg><![CDATA[hidden]]>',
    '<!DOCTYPE html><!-- comment --><!----><!--><!---><!--x--!><!x><?php echo 1 ?></ x></>< p>&lt;p&gt;',
    '<p class="a" class="b" CLASS=c id=\'d\' data-x=e&amp;f hidden>', '<a =x b=>y</a><c/d><e f="g"h=i>', '<p __proto__=x constructor=y>z</p>',
    'AT&T &notit; &notin; &copy &#169; &#x1F600; &#0; &am &', '<a href="?a=1&copy=2&amp;b">x</a>', 'text<', 'text</', 'text<!', 'a<b', 'a<scr',
    'a<div class="x"', 'a<br/', 'a</div ', 'a</div', '<p>x</p  junk>', '<!--unclosed', '<![CDATA[unclosed', '<title>unclosed &amp;',
    '<DIV CLass=a ID=b><lin\u212a REL=x>y</DIV><SPAN><h1>z</H1></span><sv\u212a></svg>',
    // Entities are decoded after tokenizing (parse.ts): values ending in a partial entity, raw and RCDATA text in and out of SVG.
    '<a title="&noti" alt=&noti x=\'&amp\' y="&amp=" z=&#x26>&noti</a>', '<svg><title><&amp; </t&amp;</title><script>&amp;</script></svg>',
    '<math><mi><style>&amp;</style><title><&amp;</title></mi></math>', '<textarea><&amp; </textarea&amp;</textarea>', '<title></t&amp; <<&lt;</title>',
    '<svg><foreignObject><xmp>&amp;</xmp></foreignObject><desc><iframe>&amp;</iframe></desc></svg>', '<form></form><form a="&amp;"><p b="x">',
    // Non-ASCII text, values and names (parseUtf8Html reads them again from the bytes).
    '<p title="Ünïcödé &amp; 中文" data-é=x DATA-É=y>Grüße, 中文 😀 &eacute;t&eacute;</p><Éa Ü=1>z</Éa><b中 x=y>w</b中>',
    // CDATA text in SVG/MathML: the parser's indexes span the section's markers, not its text alone.
    '<svg><![CDATA[éa]]></svg>', '<svg><![CDATA[a]]>é<![CDATA[中]]></svg>', '<math><mi>x</mi><![CDATA[日本 😀]]>b</math>',
];

test('edge cases parse as htmlparser2 and domhandler parse them', () => {
  for (const html of EDGE_CASES) assertSameTree(html);
});

/** parseUtf8Html on the page's UTF-8 bytes builds parseHtml's tree from its text. */
function assertSameTreeFromBytes(html: string): void {
  const fromBytes = parseUtf8Html(Buffer.from(html, 'utf8'));
  const fromText = parseHtml(html);
  assert.deepEqual(describe(fromBytes.root), describe(fromText.root), JSON.stringify(html));
  assert.deepEqual(fromBytes.elements.map((e) => e.name), fromText.elements.map((e) => e.name), `element order: ${JSON.stringify(html)}`);
  for (const element of fromBytes.elements) assert.equal(Object.getPrototypeOf(element.attribs), null, 'prototype-less attributes');
}

test('a page read from its UTF-8 bytes parses as its text does', () => {
  // Two differences, left out here. A name that only lower-cases to a known tag through a non-ASCII letter (the
  // Kelvin sign in "linK"): htmlparser2 lower-cases every letter of a name given as text, but read as bytes only the
  // ASCII letters, as browsers do (the HTML standard lower-cases ASCII letters only). And a page that ends inside a
  // closing tag whose last character is outside the BMP ("</a 😀"): htmlparser2 gives the tag's last code unit as
  // text, half a surrogate pair, where the bytes give the whole character.
  for (const html of EDGE_CASES.filter((html) => !html.includes('\u212a'))) assertSameTreeFromBytes(html);
});

const PIECES = [
  '<', '>', '/', '</', '<!', '<!--', '-->', '--!>', '-', '!', '?', '<?', '&', '&amp', '&amp;', '&lt', '&#', '&#x', '&#12', '&#x1F600;',
  '&notin', '&not', '&nbsp', '&#0;', ';', '=', '"', "'", ' ', '\n', '\t', '\f', '\x1c', '\x0f', 'a', 'b', 'p', 'P', 'div', 'li', 'ul',
  'tr', 'td', 'h1', 'form', 'input', 'option', 'br', 'img', 'image', 'hr', 'meta', 'body', 'head', 'script', 'SCRIPT', 'style', 'title',
  'textarea', 'xmp', 'iframe', 'noframes', 'plaintext', 'svg', 'math', 'foreignObject', 'desc', 'mi', 'clippath', 'path', '[CDATA[',
  ']]>', 'doctype', 'class', 'href', '__proto__', 'é', '中', 'Ü',
];

test('random markup parses as htmlparser2 and domhandler parse it', () => {
  const random = seededRandom(20261125);
  for (let n = 0; n < 20_000; n++) {
    let html = '';
    const pieces = 1 + Math.floor(random() * 40);
    for (let i = 0; i < pieces; i++) html += PIECES[Math.floor(random() * PIECES.length)];
    assertSameTree(html);
    assertSameTreeFromBytes(html);
  }
});

test('attribute reads see only the page\'s attributes, not Object.prototype\'s members', () => {
  const [withThem, without] = parseUtf8Html(Buffer.from('<p constructor=y toString=z>a</p><p>b</p>')).elements as unknown as Element[];
  assert.equal(attr(withThem!, 'constructor'), 'y');
  assert.equal(attr(withThem!, 'tostring'), 'z');
  assert.equal(attr(without!, 'constructor'), null);
  assert.equal(attr(without!, '__proto__'), null);
});

test('elements nested past MAX_TREE_DEPTH become siblings at that depth, so walking the tree cannot overflow the stack', () => {
  const depth = (node: LeanNode): number => {
    let levels = 0;
    for (let n = node.parent; n !== null; n = n.parent) levels++;
    return levels;
  };
  const html = `<body>${'<div>'.repeat(100_000)}<p>deep</p>${'</div>'.repeat(100_000)}</body>`;
  for (const page of [parseHtml(html), parseUtf8Html(Buffer.from(html))]) {
    assert.equal(page.elements.length, 100_002);
    assert.ok(Math.max(...page.elements.map(depth)) <= MAX_TREE_DEPTH);
    const p = page.elements[page.elements.length - 1]!;
    assert.equal(p.name, 'p');
    assert.equal(p.children![0]!.data, 'deep');
  }
  // A page within the limit is untouched (as domhandler parses it).
  const shallow = `${'<div>'.repeat(MAX_TREE_DEPTH - 1)}x`;
  assert.deepEqual(describe(parseHtml(shallow).root), describe(parseWithDomhandler(shallow)));
});
