// Per-language tools: a snowball stemmer and a stopword set, built once per language and reused.
import { createRequire } from 'node:module';
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
  const cache = new Map<string, LanguageTools>();
  return (language) => {
    const key = language ?? '';
    let tools = cache.get(key);
    if (tools === undefined) {
      tools = buildTools(language);
      cache.set(key, tools);
    }
    return tools;
  };
}

function buildTools(language: string | null): LanguageTools {
  if (language === null) return { language, stem: null, stopwords: EMPTY_STOPWORDS };
  const algorithm = STEMMER_BY_LANGUAGE[language];
  const stemmer = algorithm === undefined ? null : snowball.newStemmer(algorithm);
  const words = stopwordsIso[language];
  return {
    language,
    stem: stemmer === null ? null : (word) => stemmer.stem(word),
    stopwords: words === undefined ? EMPTY_STOPWORDS : new Set(words),
  };
}
