// Public face of the analyze stage: Article → Analysis, plus the term-weighting tools later stages share.
export { createAnalyzer, analyzeArticle, countsByWord, type Analyzer } from './analyze.ts';
export { DEFAULT_ANALYZE_CONFIG, type AnalyzeConfig } from './config.ts';
export {
  createDocumentFrequencies,
  addDocument,
  inverseDocumentFrequency,
  inverseFrequencyOf,
  weightTerms,
  normalizeVector,
  dot,
  cosine,
  type DocumentFrequencies,
  type TermVector,
} from './tfidf.ts';
export { foldDiacritics, latinFold, normalizeWord, termOfWord } from './normalize.ts';
export { GenerationalCache } from './generational-cache.ts';
export { parseNumber } from './numbers.ts';
export { crossLingualNameKeys, NameIndex, sameNameAcrossLanguages } from './name-match.ts';
export { caselessForm, isCountryKey, isCountryWord } from './country-names.ts';
export { isCaselessWord } from './caseless-names.ts';
export { sameTransliteratedName } from './transliterated-names.ts';
