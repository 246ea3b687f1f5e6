// The labeled development sets the story scorer is tuned on (paths relative to the shared data folder).
import { createCleaner } from '../clean/index.ts';
import { recordToItem } from '../ingest/index.ts';
import { dataDirectory } from './extraction-data.ts';
import { articleFromRecord } from './in-memory.ts';
import { readLabeledArticles, readPairs, type PairRecord } from './labeled.ts';
import type { LabeledArticle } from './train.ts';

/** Where the shared data lives (PARALLAX_DATA, else ../shared/data next to the repository). */
export const DEFAULT_DATA_DIR = dataDirectory();

export const CLUSTERING_SETS = { ecbplus: 'ecbplus/ecbplus.jsonl', pac: 'pac-partisan-events/articles.jsonl' } as const;
export const PAIRS_SET = 'semeval2022-dev/pairs.jsonl';

/**
 * The labeled articles as the pipeline would store them: each record goes through ingest's record reader
 * and the cleaner, so training sees the same titles, paragraphs and dates that `parallax eval` scores.
 * Records the cleaner rejects fall back to their text as given.
 */
export function loadClusteringSet(path: string): LabeledArticle[] {
  const clean = createCleaner();
  return readLabeledArticles(path).map((record, i) => {
    const item = recordToItem(record, { file: path, line: i + 1 });
    const cleaned = item.ok ? clean(item.raw) : null;
    return { article: cleaned?.ok === true ? cleaned.article : articleFromRecord(record), story: record.story_id };
  });
}

export function loadPairsSet(path: string): PairRecord[] {
  return readPairs(path);
}
