// Content terms of any snippet (a quote, a headline) the way the analyzer makes them for sentences: stemmed,
// stopwords dropped, diacritics folded, so snippet terms and sentence terms compare directly.
import type { LanguageTools } from '../analyze/language.ts';
import { foldDiacritics, normalizeWord } from '../analyze/index.ts';
import { DEFAULT_ANALYZE_CONFIG } from '../analyze/index.ts';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const DIGITS_ONLY = /^[\d.,]+$/u;

export type TermedWord = { readonly text: string; readonly term: string };

/** Each content word of `text` with its term, in order. */
export function termedWords(text: string, tools: LanguageTools): TermedWord[] {
  const words: TermedWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const normalized = normalizeWord(match[0]);
    if (normalized.length < DEFAULT_ANALYZE_CONFIG.minTermLength || DIGITS_ONLY.test(normalized) || tools.stopwords.has(normalized)) continue;
    words.push({ text: match[0], term: foldDiacritics(tools.stem === null ? normalized : tools.stem(normalized)) });
  }
  return words;
}

export function contentTerms(text: string, tools: LanguageTools): Set<string> {
  return new Set(termedWords(text, tools).map((word) => word.term));
}
