// Folded words (lower case, no diacritics, no possessive ending), cached: a story's outlets repeat the same few
// thousand words, and folding (a Unicode normalisation plus three regular expressions) dominated token building.
import { latinFold } from '../analyze/index.ts';

const POSSESSIVE = /['’]s?$/u;
/** The cache is emptied past this many words, so a long-running server's memory stays bounded. */
const MAX_CACHED_WORDS = 100_000;
const folded = new Map<string, string>();

/** `latinFold` of a word without its possessive ending ("Kerry’s" → "kerry", "Лаврова" → "lavrova"). */
export function foldWord(word: string): string {
  let fold = folded.get(word);
  if (fold === undefined) {
    if (folded.size > MAX_CACHED_WORDS) folded.clear();
    fold = latinFold(word.replace(POSSESSIVE, ''));
    folded.set(word, fold);
  }
  return fold;
}
