// Decides what a blob of bytes is (gzip, binary, HTML, JSON, JSON Lines, page text) before it is parsed.
import type { InputFormat } from '../model/index.ts';
import { namesArticleBody } from './records.ts';

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** Share of control bytes above which a file is treated as binary (text files have ~0; 5% leaves room for stray bytes). */
const MAX_CONTROL_BYTE_SHARE = 0.05;
export const SNIFF_BYTES = 4096;

const EXTENSION_FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.warc': 'warc',
};

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * UTF-16 text: by its byte order mark, else by its zero bytes. It is full of zero bytes and would be taken for binary
 * data, so readers decode it before sniffing. Without the mark (some Windows exports leave it out), Latin-script text
 * has a zero as the high byte of nearly every character, all on one side of each pair, which binary data does not:
 * a zero in at least MIN_UTF16_ZERO_SHARE of one side's bytes and in almost none of the other's.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16ByZeroBytes(bytes);
}

const MIN_UTF16_ZERO_SHARE = 0.3;
const MAX_UTF16_OTHER_ZERO_SHARE = 0.01;
const MIN_UTF16_SNIFF_BYTES = 16;

function utf16ByZeroBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs * 2 < MIN_UTF16_SNIFF_BYTES) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  const even = evenZeros / pairs;
  const odd = oddZeros / pairs;
  if (odd >= MIN_UTF16_ZERO_SHARE && even <= MAX_UTF16_OTHER_ZERO_SHARE) return 'utf-16le';
  if (even >= MIN_UTF16_ZERO_SHARE && odd <= MAX_UTF16_OTHER_ZERO_SHARE) return 'utf-16be';
  return null;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    // A zero byte counts as one more control byte: binary data is full of them, but a page a scraper saved with one
    // stray NUL is still text (UTF-16 is told apart before this).
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_BYTE_SHARE;
}

/** Packings other than gzip, by their magic bytes, with the command that unpacks one to stdout. */
const OTHER_PACKINGS: ReadonlyArray<{ readonly name: string; readonly magic: readonly number[]; readonly unpack: string }> = [
  { name: 'bzip2-compressed data', magic: [0x42, 0x5a, 0x68], unpack: 'bzcat' },
  { name: 'xz-compressed data', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], unpack: 'xzcat' },
  { name: 'zstd-compressed data', magic: [0x28, 0xb5, 0x2f, 0xfd], unpack: 'zstdcat' },
  { name: 'LZ4-compressed data', magic: [0x04, 0x22, 0x4d, 0x18], unpack: 'lz4cat' },
  { name: 'a zip archive', magic: [0x50, 0x4b, 0x03, 0x04], unpack: 'unzip -p' },
  { name: 'a 7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], unpack: '7z x -so' },
];

/**
 * Why binary data is not read, `expected` saying what was looked for ("JSON Lines"). A packing Parallax does not
 * unpack is named, with the way in: "binary data" alone sent users looking for a broken export.
 */
export function binaryReason(bytes: Uint8Array, expected: string): string {
  const packing = OTHER_PACKINGS.find(({ magic }) => magic.every((byte, i) => bytes[i] === byte));
  if (packing === undefined) return `binary data, not ${expected}`;
  return `${packing.name}, which is not read (gzip is): unpack it first, e.g. \`${packing.unpack} FILE | parallax ingest -\``;
}

/** The format named by a file's extension (ignoring a trailing .gz), if any. */
export function formatFromName(name: string): InputFormat | undefined {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSION_FORMATS[lower.slice(dot)];
}

/** The format suggested by the content itself, for stdin and files without a telling extension. */
export function formatFromContent(head: string): InputFormat {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/.test(start)) return 'feed';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    const firstLine = start.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && start.slice(firstLine.length).trim().startsWith('{') ? 'jsonl' : 'json';
  }
  if (looksLikeCsvHeader(start.split('\n', 1)[0]!.trim())) return 'csv';
  if (/^<(!doctype html|html|head|body|meta|div|p|article)\b/i.test(start) || /<\/(p|div|body|html)>/i.test(start.slice(0, SNIFF_BYTES))) return 'html';
  return 'text';
}

/** The separator of a CSV, from its header line: tab for TSV, ";" where spreadsheets use the decimal comma, else ",". */
export function csvDelimiter(text: string): string {
  const headerLine = text.replace(/^\uFEFF/, '').split('\n', 1)[0]!;
  const count = (c: string) => headerLine.split(c).length - 1;
  const [best] = ['\t', ';', ','].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

/** Whether a first line is a CSV header Parallax can read: separated names, one of them the article's text. */
export function looksLikeCsvHeader(line: string): boolean {
  const cells = line.split(csvDelimiter(line)).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return cells.length >= 2 && cells.every((c) => /^[\p{L}\p{N} _.-]{1,40}$/u.test(c)) && cells.some(namesArticleBody);
}
