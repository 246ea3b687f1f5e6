// Content-derived ids, so ingesting the same thing twice stores it once.
import { createHash } from 'node:crypto';
import { htmlContent, type RawBody, type RawId, type SourceHints } from '../model/index.ts';

/** Strings are hashed as UTF-8; a part given as bytes must be a string's UTF-8 encoding, and hashes as that string. */
export function contentHash(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 20);
}

/** A raw input is named by its body and the hints that came with it (the same page sent as two outlets is two inputs).
 *  An HTML body's bytes, when it has them, hash as its text (see RawBody). */
export function rawId(body: RawBody, hints: SourceHints): RawId {
  const content = body.kind === 'text' ? body.text : htmlContent(body);
  return `r_${contentHash(body.kind, content, JSON.stringify(hints))}` as RawId;
}
