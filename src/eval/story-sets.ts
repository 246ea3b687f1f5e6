// The labeled development sets the story scorer is tuned on (paths relative to the shared data folder).
import { join } from 'node:path';
import { articleFromRecord } from './in-memory.ts';
import { readLabeledArticles, readPairs, type PairRecord } from './labeled.ts';
import type { LabeledArticle } from './train.ts';

/** Where the shared data lives; override with PARALLAX_DATA. */
export const DEFAULT_DATA_DIR = process.env['PARALLAX_DATA'] ?? join(import.meta.dirname, '../../../shared/data');

export const CLUSTERING_SETS = { ecbplus: 'ecbplus/ecbplus.jsonl', pac: 'pac-partisan-events/articles.jsonl' } as const;
export const PAIRS_SET = 'semeval2022-dev/pairs.jsonl';

export function loadClusteringSet(path: string): LabeledArticle[] {
  return readLabeledArticles(path).map((record) => ({ article: articleFromRecord(record), story: record.story_id }));
}

export function loadPairsSet(path: string): PairRecord[] {
  return readPairs(path);
}
