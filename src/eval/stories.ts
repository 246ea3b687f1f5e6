// `parallax eval`: runs the whole pipeline over a labeled file into a throw-away database and scores the
// stories against the labels (clustering), or scores article pairs with the story match score (pairs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleId, RawId } from '../model/index.ts';
import { readInputs } from '../ingest/index.ts';
import { ingest } from '../pipeline.ts';
import type { StoryEngineOptions } from '../pipeline-stories.ts';
import { openSqliteStore } from '../store/index.ts';
import { DEFAULT_CLUSTER_CONFIG } from '../cluster/index.ts';
import { labeledFileKind, readPairs, storyLabelsByLine } from './labeled.ts';
import { adjustedRandIndex, bcubed, pairwise, type PrecisionRecall } from './metrics.ts';
import { evaluatePairs, type PairsEvalReport } from './pairs.ts';

export type ClusteringReport = {
  readonly bcubed: PrecisionRecall;
  readonly pairwise: PrecisionRecall;
  readonly ari: number;
  readonly stories: { readonly predicted: number; readonly labeled: number };
  readonly articles: number;
};

export type EvalOptions = StoryEngineOptions & {
  /** Keep the database here instead of a temporary file that is deleted afterwards. */
  readonly dbPath?: string;
};

/**
 * Every labeled line counts once. Lines the pipeline stored as the same article (identical texts) share its
 * story; a line it rejected is scored as a story of its own, so rejections cost recall rather than vanish.
 */
export async function runClusteringEval(path: string, options: EvalOptions = {}): Promise<ClusteringReport> {
  const gold = storyLabelsByLine(path);
  const dir = options.dbPath === undefined ? mkdtempSync(join(tmpdir(), 'parallax-eval-')) : null;
  const store = openSqliteStore(options.dbPath ?? join(dir!, 'eval.db'));
  try {
    const articleOfLine = new Map<number, ArticleId>();
    const articleOfRaw = new Map<RawId, ArticleId>();
    const rawOfLine = new Map<number, RawId>();
    await ingest(store, readInputs([path]), {
      stories: options,
      onEvent: (event) => {
        if (event.kind === 'stored') {
          articleOfRaw.set(event.article.raw_id, event.article.id);
          if (event.article.origin.line !== undefined) articleOfLine.set(event.article.origin.line, event.article.id);
        } else if (event.kind === 'unchanged' && event.raw.origin.line !== undefined) {
          rawOfLine.set(event.raw.origin.line, event.raw.id);
        }
      },
    });
    const storyOf = await store.articleStories();
    const predicted = new Map<string, string>();
    const labeled = new Map<string, string>();
    for (const [line, story] of gold) {
      const article = articleOfLine.get(line) ?? articleOfRaw.get(rawOfLine.get(line) ?? ('' as RawId));
      const key = `line ${line}`;
      labeled.set(key, story);
      predicted.set(key, (article === undefined ? undefined : storyOf.get(article)) ?? `unclustered ${line}`);
    }
    return {
      bcubed: bcubed(predicted, labeled),
      pairwise: pairwise(predicted, labeled),
      ari: adjustedRandIndex(predicted, labeled),
      stories: { predicted: new Set(predicted.values()).size, labeled: new Set(labeled.values()).size },
      articles: labeled.size,
    };
  } finally {
    await store.close();
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Pairs are scored with the clusterer's article-to-story score (each article as a one-member story) and
 * called the same story at the clusterer's join threshold: the same settings that cluster. The comparison's
 * similarity dimensions are scored against the human ones too.
 */
export async function runPairsEval(path: string, options: StoryEngineOptions = {}): Promise<PairsEvalReport> {
  return evaluatePairs(readPairs(path), { ...DEFAULT_CLUSTER_CONFIG, ...options.cluster });
}

export async function runEval(path: string, options: EvalOptions = {}): Promise<ClusteringReport | PairsEvalReport> {
  return labeledFileKind(path) === 'pairs' ? runPairsEval(path, options) : runClusteringEval(path, options);
}
