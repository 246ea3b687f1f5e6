// Turns a page's bytes into text: BOM first, then the page's own declaration, then statistics.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { htmlText } from '../../model/index.ts';

/** How far into the page to look for a charset declaration. The HTML standard's prescan reads 1024 bytes;
 *  real pages often put long comments or scripts first, so we read further (4 KB found every declared
 *  charset in the readability and trafilatura dev pages). */
const DECLARATION_SCAN_BYTES = 4096;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)/i;
const XML_ENCODING = /<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.\-]+)/i;

type BomMatch = { readonly encoding: string; readonly length: number };

function readBom(bytes: Uint8Array): BomMatch | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset the page declares in <meta charset>, http-equiv content-type or an XML prolog. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_SCAN_BYTES)).toString('latin1');
  const label = (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1]?.toLowerCase() ?? null;
  // A page that could be read as ASCII cannot really be UTF-16; browsers treat that declaration as UTF-8.
  if (label !== null && label.startsWith('utf-16')) return 'utf-8';
  return label;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // Node's TextDecoder lacks some legacy encodings: iconv-lite knows more.
    if (!iconv.encodingExists(encoding)) return null;
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  }
}

function isUtf8Label(label: string): boolean {
  return label === 'utf-8' || label === 'utf8';
}

export function decodeHtmlBytes(bytes: Uint8Array): string {
  return htmlText({ kind: 'html', ...readHtmlBytes(bytes) });
}

/** A page as read from its bytes: the bytes themselves when they are exactly its UTF-8 encoding (valid UTF-8 read as
 *  such, no byte order mark), which are hashed, stored and parsed as they are (decoding a page is about 5% of its
 *  ingest, and none of those needs the text); else its decoded text. */
export type HtmlPage = { readonly utf8: Uint8Array } | { readonly html: string };

export function readHtmlBytes(bytes: Uint8Array): HtmlPage {
  const bom = readBom(bytes);
  if (bom !== null) return { html: tryDecode(bytes.subarray(bom.length), bom.encoding) ?? '' };

  const utf8 = isUtf8(bytes);
  const declared = declaredCharset(bytes);
  // A page declaring a legacy charset whose bytes are valid UTF-8 with non-ASCII characters was saved as UTF-8 and
  // the declaration left behind: multi-byte UTF-8 sequences are almost never an accident in a legacy charset's text.
  if (declared !== null && !isUtf8Label(declared) && !(utf8 && hasNonAscii(bytes))) {
    const html = tryDecode(bytes, declared);
    if (html !== null) return { html };
  }
  if (utf8) return { utf8: bytes };
  return { html: decodeGuessed(bytes) };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** Bytes of a format without charset declarations (page text, JSON): BOM, then UTF-8, then a detected charset. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const bom = readBom(bytes);
  if (bom !== null) return tryDecode(bytes.subarray(bom.length), bom.encoding) ?? '';
  return decodeUtf8OrGuess(bytes);
}

function decodeUtf8OrGuess(bytes: Uint8Array): string {
  // Declared UTF-8 or nothing declared: valid UTF-8 is almost never an accident, so trust it when it decodes.
  return isUtf8(bytes) ? utf8Text(bytes) : decodeGuessed(bytes);
}

/** Validated (isUtf8) and decoded by Buffer: a fatal TextDecoder gives the same text several times slower. */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

function decodeGuessed(bytes: Uint8Array): string {
  return tryDecode(bytes, detectedCharset(bytes)) ?? tryDecode(bytes, FALLBACK_CHARSET) ?? '';
}

/** The legacy charset most Western text that is not UTF-8 is in, when detection names none that can be decoded. */
const FALLBACK_CHARSET = 'windows-1252';

const detectedCharset = (bytes: Uint8Array): string => chardet.detect(bytes)?.toLowerCase() ?? FALLBACK_CHARSET;

/** The charset text that is not UTF-8 is most likely in, as the whole-input decoders read it, one iconv-lite can decode as a stream. */
export function guessedStreamCharset(sample: Uint8Array): string {
  const detected = detectedCharset(sample);
  return iconv.encodingExists(detected) ? detected : FALLBACK_CHARSET;
}
