// A file streamed as text: gunzipped when it starts with gzip's magic bytes, decoded when it starts with a UTF-16
// byte order mark (told by the bytes, not the name). Shared by the formats read as streams (JSON Lines, CSV).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { fsErrorReason } from './fs-errors.ts';
import { isGzip, utf16Encoding } from './sniff.ts';

export type FileEncoding = { readonly gzipped: boolean; readonly utf16: ReturnType<typeof utf16Encoding> };

/** How a file's first bytes say it is stored. */
export function fileEncoding(head: Uint8Array): FileEncoding {
  return { gzipped: isGzip(head), utf16: utf16Encoding(head) };
}

/** The file's decoded content (strings, for UTF-16); an error of the file itself ends the decoder with it. */
export function openDecoded(path: string, encoding: FileEncoding): Readable {
  return decoded(createReadStream(path), encoding);
}

/** A byte stream's decoded content (a file's, or stdin's); an error of the input ends the decoder with it. */
export function decoded(input: Readable, encoding: FileEncoding): Readable {
  const decoder: Transform | null = encoding.gzipped ? createGunzip() : encoding.utf16 ? (iconv.decodeStream(encoding.utf16) as Transform) : null;
  if (decoder === null) return input;
  input.on('error', (e) => decoder.destroy(e));
  return input.pipe(decoder);
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
