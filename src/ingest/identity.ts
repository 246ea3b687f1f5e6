// Content-derived ids, so ingesting the same thing twice stores it once.
import { createHash } from 'node:crypto';
import type { RawBody, RawId, SourceHints } from '../model/index.ts';

/** Strings are hashed as UTF-8; a part given as bytes must be a string's UTF-8 encoding, and hashes as that string. */
export function contentHash(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 20);
}

/** A raw input is named by its body and the hints that came with it (the same page sent as two outlets is two inputs).
 *  `bodyUtf8`, when the caller has it, is exactly the body's UTF-8 encoding (the bytes it was decoded from): hashing it
 *  gives the same id without encoding a page of text again. */
export function rawId(body: RawBody, hints: SourceHints, bodyUtf8?: Uint8Array): RawId {
  const content = bodyUtf8 ?? (body.kind === 'text' ? body.text : body.html);
  return `r_${contentHash(body.kind, content, JSON.stringify(hints))}` as RawId;
}
