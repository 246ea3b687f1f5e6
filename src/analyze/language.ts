// Per-language tools: a snowball stemmer and a stopword set, built once per language and reused.
import { createRequire } from 'node:module';
import { perLanguage } from '../per-language.ts';
import { STEMMER_BY_LANGUAGE } from './vocabulary.ts';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } };
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

export type LanguageTools = {
  readonly language: string | null;
  readonly stem: ((word: string) => string) | null;
  readonly stopwords: ReadonlySet<string>;
};

const EMPTY_STOPWORDS: ReadonlySet<string> = new Set();

/** A factory, so each analyzer owns its cache and tests never share state. */
export function createLanguageToolbox(): (language: string | null) => LanguageTools {
  return perLanguage(buildTools);
}

/**
 * Languages without a snowball stemmer (Polish, Greek, Ukrainian, Croatian, …) are stemmed by keeping a word's
 * first letters: in inflecting languages the ending carries the case ("Polsce", "Polski", "Polskę"), and prefix
 * truncation is the retrieval literature's language-independent stand-in for a stemmer (McNamee and Mayfield 2004
 * found 4–5 letters best). On the SemEval Polish pairs it lifts same-story F1 0.615 -> 0.650 and Pearson overall.
 */
const TRUNCATED_STEM_LENGTH = 5;

function truncate(word: string): string {
  if (word.length <= TRUNCATED_STEM_LENGTH) return word;
  // Never split a surrogate pair (a letter outside the Basic Multilingual Plane).
  const last = word.charCodeAt(TRUNCATED_STEM_LENGTH - 1);
  return word.slice(0, last >= 0xd800 && last <= 0xdbff ? TRUNCATED_STEM_LENGTH + 1 : TRUNCATED_STEM_LENGTH);
}

function buildTools(language: string | null): LanguageTools {
  if (language === null) return { language, stem: null, stopwords: EMPTY_STOPWORDS };
  const algorithm = STEMMER_BY_LANGUAGE[language];
  const stemmer = algorithm === undefined ? null : snowball.newStemmer(algorithm);
  const words = stopwordsIso[language];
  return {
    language,
    stem: stemmer === null ? truncate : (word) => stemmer.stem(word),
    stopwords: words === undefined ? EMPTY_STOPWORDS : new Set(words),
  };
}
