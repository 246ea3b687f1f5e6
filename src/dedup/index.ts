// Public face of the dedup stage: exact/near duplicates and copies among recent articles, as links.
export { createDeduplicator, createDeduplicatorWith, compareTexts, type Deduplicator, type TextPrint } from './deduplicator.ts';
export { DEFAULT_DEDUP_CONFIG, type DedupConfig } from './config.ts';
export { normalizedWords, shingleHashes, minhash, estimatedJaccard } from './shingles.ts';
