// A file streamed as text: gunzipped when it starts with gzip's magic bytes, decoded when it starts with a UTF-16
// byte order mark (told by the bytes, not the name). Shared by the formats read as streams (JSON Lines, CSV).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { guessedStreamCharset } from '../clean/html/charset.ts';
import { fsErrorReason } from './fs-errors.ts';
import { GunzipStream } from './gunzip.ts';
import type { OnWarning } from './read-bytes.ts';
import { isGzip, utf16Encoding } from './sniff.ts';

export type FileEncoding = { readonly gzipped: boolean; readonly utf16: ReturnType<typeof utf16Encoding> };

/** How a file's first bytes say it is stored. */
export function fileEncoding(head: Uint8Array): FileEncoding {
  return { gzipped: isGzip(head), utf16: utf16Encoding(head) };
}

/** Hears of what the decoder passed over without failing (trailing garbage after gzip data), as a message. */
export type OnDecodeWarning = (message: string) => void;

/** A reader's warnings about one file, told to the listener as warnings naming it. */
export function warningsAbout(file: string, onWarning: OnWarning | undefined): OnDecodeWarning {
  return (message) => onWarning?.({ origin: { file }, message });
}

/** The file's decoded content (strings, for UTF-16); an error of the file itself ends the decoder with it. */
export function openDecoded(path: string, encoding: FileEncoding, onWarning?: OnDecodeWarning): Readable {
  return decoded(createReadStream(path), encoding, onWarning);
}

/**
 * A byte stream's decoded content (a file's, or stdin's); an error of the input ends the decoder with it. Trailing
 * garbage after gzip data is passed over, as gunzip passes it over, and told to `onWarning` before the stream ends.
 */
export function decoded(input: Readable, encoding: FileEncoding, onWarning?: OnDecodeWarning): Readable {
  if (encoding.utf16) return piped(input, iconv.decodeStream(encoding.utf16) as Transform);
  const text = new Utf8OrDetected();
  const bytes = encoding.gzipped ? piped(input, new GunzipStream(onWarning)) : input;
  // The opening held back for its charset is passed on before the error, as the bytes before it were (a truncated
  // gzip export keeps its whole records).
  bytes.on('error', (e) => text.passHeld(false).destroy(e));
  return bytes.pipe(text);
}

function piped(input: Readable, through: Transform): Transform {
  input.on('error', (e) => through.destroy(e));
  return input.pipe(through);
}

/** How much of a stream tells whether it is UTF-8: enough for a legacy charset's accented letters to show. */
const CHARSET_SNIFF_BYTES = 64 * 1024;

/**
 * Bytes passed on as they are when they open as UTF-8, else decoded by the charset detected in their opening, as
 * the whole-input readers decode (`decodeTextBytes`): a Windows-1252 export streamed as JSON Lines or CSV came out
 * with U+FFFD for every accented letter, while the same export as a .json file read right. Text that turns invalid
 * only past the opening keeps U+FFFD where it does.
 */
class Utf8OrDetected extends Transform {
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** null: UTF-8, passed on; undefined: not decided yet. */
  private decoder: ReturnType<typeof iconv.getDecoder> | null | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.decoder !== undefined) this.pass(chunk);
    else {
      this.held.push(chunk);
      this.heldBytes += chunk.length;
      if (this.heldBytes >= CHARSET_SNIFF_BYTES) this.decide(false);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    this.passHeld(true);
    const rest = this.decoder?.end();
    if (rest) this.push(rest);
    done();
  }

  /** Decides on what is held and passes it on: at the end of the input, or where an error cut it off. */
  passHeld(ended: boolean): this {
    if (this.decoder === undefined) this.decide(ended);
    return this;
  }

  private decide(whole: boolean): void {
    const opening = Buffer.concat(this.held);
    this.held = [];
    this.decoder = isUtf8(whole ? opening : withoutCutCharacter(opening)) ? null : iconv.getDecoder(guessedStreamCharset(opening));
    if (opening.length > 0) this.pass(opening);
  }

  private pass(chunk: Buffer): void {
    this.push(this.decoder ? this.decoder.write(chunk) : chunk);
  }
}

/** Bytes without a UTF-8 sequence the end of the sample cut short (up to three bytes after its lead byte). */
function withoutCutCharacter(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b >= 0xc0) return bytes.subarray(0, bytes.length - back);
    if (b < 0x80) break;
  }
  return bytes;
}

/** Chunks held before the stream is paused: readline's own queue of lines held 1,024 lines. */
const HELD_CHUNKS = 64;

/**
 * A stream's chunks as it gives them out, then its error if it failed: iterated as a stream, a failed stream threw at
 * once and the chunks it had passed on but not yet given out were lost (the whole records before a gzip cut).
 */
export async function* flowingChunks(input: Readable): AsyncGenerator<string | Buffer> {
  const chunks: Array<string | Buffer> = [];
  let ended = false;
  let failure: Error | null = null;
  let wake = (): void => undefined;
  input.on('data', (chunk: string | Buffer) => {
    chunks.push(chunk);
    if (chunks.length >= HELD_CHUNKS) input.pause();
    wake();
  });
  input.once('end', () => {
    ended = true;
    wake();
  });
  input.once('error', (e) => {
    failure = e;
    ended = true;
    wake();
  });
  // Destroyed by its reader (done with it, or failed itself) it ends no other way.
  input.once('close', () => {
    ended = true;
    wake();
  });
  for (;;) {
    const chunk = chunks.shift();
    if (chunk !== undefined) {
      if (chunks.length < HELD_CHUNKS / 2 && input.isPaused() && !ended) input.resume();
      yield chunk;
    } else if (ended) break;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
  if (failure) throw failure;
}

/** Why a streamed read broke off: corrupt gzip data, or the file itself. */
export function streamFailureReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code?.startsWith('Z_') ? `corrupt gzip data (${e.message})` : `cannot read: ${fsErrorReason(e)}`;
}

/** The first `length` bytes of a file (fewer when it is shorter). */
export async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
