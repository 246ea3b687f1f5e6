// Content-derived ids, so ingesting the same thing twice stores it once.
import { createHash, hash as oneShotHash } from 'node:crypto';
import { htmlContent, type RawBody, type RawId, type SourceHints } from '../model/index.ts';

/** Strings are hashed as UTF-8; a part given as bytes must be a string's UTF-8 encoding, and hashes as that string. */
export function contentHash(...parts: Array<string | Uint8Array>): string {
  // crypto.hash (Node 20.12+) spares the Hash object and a call per part, half the cost of an id. Joined with their
  // separators, string parts are the same bytes: UTF-8 encodes a string as its pieces in order, and the NUL after
  // each part keeps a surrogate half at a part's end from pairing with the next part's start.
  if (typeof oneShotHash === 'function' && parts.every((p) => typeof p === 'string')) {
    return oneShotHash('sha256', `${parts.join('\u0000')}\u0000`, 'hex').slice(0, 20);
  }
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
