// What the attributions of scripts without capitals share (han-, japanese-, korean-, arabic-attribution.ts): their
// answer, and the stretch of text they read before a quotation.
import { latinFold } from '../../analyze/index.ts';
import type { Resolved } from './people.ts';

/** What a paragraph says about who speaks a quotation: a name, "the last speaker", or nothing. */
export type ScriptAttribution = { readonly kind: 'name'; readonly speaker: Resolved } | { readonly kind: 'pronoun' } | null;

/** The part of `paragraph` before offset `open` that is in the quotation's sentence (`ends`: a global pattern of the
 *  script's sentence ends). */
export function sentenceBefore(paragraph: string, open: number, ends: RegExp): string {
  const before = paragraph.slice(0, open);
  let start = 0;
  for (const end of before.matchAll(ends)) start = end.index + end[0].length;
  return before.slice(start);
}

/** A name as an attribution gives it, keyed by its Latin spelling unless a key is given. */
export function namedAttribution(name: string, key: string = latinFold(name)): ScriptAttribution {
  return { kind: 'name', speaker: { key, name } };
}
