// Public face of the compare stage: a story's articles → how each outlet told it; pairwise similarity dimensions.
export { compareArticles, type CompareOptions } from './compare.ts';
export { similarityDimensions, type SimilarityInput, type SimilarityOptions, type SimilarityResult } from './similarity.ts';
export { COMPARE_CONFIG, type CompareConfig } from './config.ts';
export { SIMILARITY_CONFIG } from './similarity-config.ts';
export { extractQuotes, type Quote, type Reported, type ArticleQuotes } from './quotes/extract.ts';
export { wordDiff } from './quotes/group.ts';
