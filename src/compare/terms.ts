// Content terms of any snippet (a quote, a headline) the way the analyzer makes them for sentences: stemmed,
// stopwords dropped, diacritics folded, so snippet terms and sentence terms compare directly.
import type { LanguageTools } from '../analyze/language.ts';
import { termOfWord } from '../analyze/index.ts';
import { DEFAULT_ANALYZE_CONFIG } from '../analyze/index.ts';
import { createSegmenters } from '../analyze/segment.ts';
import { hasUnspacedScript } from '../clean/index.ts';
import { perLanguage } from '../per-language.ts';

/** A figure whole with its unit ("1.2m", "6,3"), else a word with its apostrophes ("Russia's"). */
const WORD = /\p{N}+(?:[.,]\p{N}+)*[\p{L}\p{M}]*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

export type TermedWord = { readonly text: string; readonly term: string };

/**
 * Word → term (null for stopwords), per language toolbox: stemming dominates snippet processing otherwise. Keyed
 * weakly by the toolbox, so the cache lives as long as the toolbox (compare keeps one for all comparisons).
 */
const termCaches = new WeakMap<LanguageTools, Map<string, string | null>>();
/** A long-lived toolbox's cache is emptied past this many words, so a server's memory stays bounded. */
const MAX_CACHED_WORDS = 200_000;

function termOf(word: string, tools: LanguageTools): string | null {
  let cache = termCaches.get(tools);
  if (cache === undefined || cache.size > MAX_CACHED_WORDS) {
    cache = new Map();
    termCaches.set(tools, cache);
  }
  const known = cache.get(word);
  if (known !== undefined) return known;
  const term = termOfWord(word, tools, DEFAULT_ANALYZE_CONFIG.minTermLength);
  cache.set(word, term);
  return term;
}

const segmentersFor = perLanguage((language) => createSegmenters(language));

/** Each content word of `text` with its term, in order; words of Chinese, Japanese or Thai as the analyzer segments them. */
export function termedWords(text: string, tools: LanguageTools): TermedWord[] {
  const words: TermedWord[] = [];
  const pieces = hasUnspacedScript(text) ? segmentersFor(tools.language).words(text).map((token) => token.text) : [...text.matchAll(WORD)].map((match) => match[0]);
  for (const piece of pieces) {
    const term = termOf(piece, tools);
    if (term !== null) words.push({ text: piece, term });
  }
  return words;
}

export function contentTerms(text: string, tools: LanguageTools): Set<string> {
  return new Set(termedWords(text, tools).map((word) => word.term));
}
