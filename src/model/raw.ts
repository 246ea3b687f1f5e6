// What ingest hands to clean: one article's raw input, decoded to text, with the hints its container gave.
import type { RawId } from './ids.ts';

export const INPUT_FORMATS = ['text', 'html', 'json', 'jsonl', 'csv', 'feed', 'warc'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * Where an input came from: a file (or stdin), with its line where the file holds one article per line (JSON Lines,
 * CSV), or its record number, from 1, where it holds records otherwise (a JSON file, even of one record; a feed's
 * items, a WARC's records): a record number given as a line sent users to the wrong line of a pretty-printed array.
 */
export type Origin =
  | { readonly file: string; readonly line?: undefined; readonly record?: undefined }
  | { readonly file: string; readonly line: number; readonly record?: undefined }
  | { readonly file: string; readonly record: number; readonly line?: undefined };

/** Metadata supplied alongside the content (JSON fields, --source, a sidecar file); it wins over extraction. */
export type SourceHints = {
  readonly id?: string;
  readonly source?: string;
  readonly url?: string;
  readonly title?: string;
  readonly published_at?: string;
  readonly language?: string;
  readonly byline?: string;
  /**
   * The outlet named for the whole batch (`--source`), used when the page names none. Kept with the raw input so
   * that `reclean` names the outlet as the ingest did.
   */
  readonly fallback_source?: string;
  /** Fields of a JSON record that Parallax does not interpret, kept as given. */
  readonly extra?: Readonly<Record<string, unknown>>;
};

/**
 * The body is either a whole page's visible text or an HTML document. An HTML document is its text, or exactly its
 * UTF-8 encoding (`utf8`: the page's own bytes, valid UTF-8 without a byte order mark) when the reader had that:
 * hashing, storing and parsing the bytes is hashing, storing and parsing the text, without decoding 150 KB of page
 * (nor encoding it again for the hash and the store). `htmlText` gives the text of either.
 */
export type RawBody =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'html'; readonly utf8: Uint8Array };

export type HtmlBody = Extract<RawBody, { readonly kind: 'html' }>;

/** An HTML body as it is held: its bytes when it has them (hashed, stored and parsed as they are), else its text. */
export function htmlContent(body: HtmlBody): string | Uint8Array {
  return 'utf8' in body ? body.utf8 : body.html;
}

/** An HTML body's text, decoded from its bytes when it holds those. */
export function htmlText(body: HtmlBody): string {
  return 'html' in body ? body.html : Buffer.from(body.utf8.buffer, body.utf8.byteOffset, body.utf8.length).toString('utf8');
}

export type RawInput = {
  readonly id: RawId;
  readonly origin: Origin;
  readonly body: RawBody;
  readonly hints: SourceHints;
};

/** Input that could not become a RawInput, with a one-line reason naming file (and line). */
export type Rejection = { readonly origin: Origin; readonly reason: string };

/** Something found in an input that did not stop it being read (trailing garbage after its gzip data), naming the file. */
export type InputWarning = { readonly origin: Origin; readonly message: string };

export type IngestItem = { readonly ok: true; readonly raw: RawInput } | { readonly ok: false; readonly rejection: Rejection };

/**
 * A message as one printable line: line breaks and other control characters written as escapes ("\n", "\u001b").
 * JSON.parse quotes the input it failed on, line breaks and terminal escapes included.
 */
export function printableLine(message: string): string {
  return message.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

export function describeOrigin(origin: Origin): string {
  // A file name with a line break or other control character is quoted, so each rejection stays one line.
  const file = /[\u0000-\u001f\u007f]/.test(origin.file) ? JSON.stringify(origin.file) : origin.file;
  if (origin.line !== undefined) return `${file}:${origin.line}`;
  return origin.record === undefined ? file : `${file} (record ${origin.record})`;
}
