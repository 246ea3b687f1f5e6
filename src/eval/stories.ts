// `parallax eval`: runs the whole pipeline over a labeled file into a throw-away database and scores the
// stories against the labels (clustering), or scores article pairs with the story match score (pairs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArticleId, RawId, Rejection } from '../model/index.ts';
import { readInputs } from '../ingest/index.ts';
import { ingest } from '../pipeline.ts';
import type { StoryEngineOptions } from '../pipeline-stories.ts';
import { openSqliteStore } from '../store/index.ts';
import { DEFAULT_CLUSTER_CONFIG } from '../cluster/index.ts';
import { labeledFileKind, readFileLabels, readPairs, storyLabelsByLine } from './labeled.ts';
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
  /** Told of each labeled input the pipeline rejected (a file the labels name that is missing, say): it still
   *  counts, as a story of its own, but a caller should say so rather than report the score as if it were read. */
  readonly onRejected?: (rejection: Rejection) => void;
};

/** Where an article came from, as a label names it: a file, or a line of a JSON Lines file. */
const originKey = (file: string, line?: number): string => (line === undefined ? file : `${file}:${line}`);

/** What to ingest and the story of each labeled origin, in the labels' order. */
type LabeledInputs = { readonly inputs: readonly string[]; readonly gold: ReadonlyMap<string, string> };

function labeledInputs(path: string): LabeledInputs {
  if (labeledFileKind(path) !== 'files') {
    return { inputs: [path], gold: new Map([...storyLabelsByLine(path)].map(([line, story]) => [originKey(path, line), story])) };
  }
  const inputs: string[] = [];
  const gold = new Map<string, string>();
  for (const label of readFileLabels(path)) {
    const file = join(dirname(path), label.file);
    if (!inputs.includes(file)) inputs.push(file);
    gold.set(originKey(file, label.line), label.story_id);
  }
  return { inputs, gold };
}

/**
 * Every labeled article counts once: a line of a labeled JSON Lines file, or a file (or line of one) a labels
 * file names. Articles the pipeline stored as one (identical texts) share its story; one it rejected is scored as
 * a story of its own, so rejections cost recall rather than vanish.
 */
export async function runClusteringEval(path: string, options: EvalOptions = {}): Promise<ClusteringReport> {
  const { inputs, gold } = labeledInputs(path);
  const dir = options.dbPath === undefined ? mkdtempSync(join(tmpdir(), 'parallax-eval-')) : null;
  const store = openSqliteStore(options.dbPath ?? join(dir!, 'eval.db'));
  try {
    const articleOfOrigin = new Map<string, ArticleId>();
    const articleOfRaw = new Map<RawId, ArticleId>();
    const rawOfOrigin = new Map<string, RawId>();
    await ingest(store, readInputs(inputs), {
      stories: options,
      onEvent: (event) => {
        if (event.kind === 'stored') {
          articleOfRaw.set(event.article.raw_id, event.article.id);
          articleOfOrigin.set(originKey(event.article.origin.file, event.article.origin.line), event.article.id);
        } else if (event.kind === 'unchanged') {
          rawOfOrigin.set(originKey(event.raw.origin.file, event.raw.origin.line), event.raw.id);
        } else {
          options.onRejected?.(event.rejection);
        }
      },
    });
    const storyOf = await store.articleStories();
    const predicted = new Map<string, string>();
    for (const key of gold.keys()) {
      const article = articleOfOrigin.get(key) ?? articleOfRaw.get(rawOfOrigin.get(key) ?? ('' as RawId));
      predicted.set(key, (article === undefined ? undefined : storyOf.get(article)) ?? `unclustered ${key}`);
    }
    return {
      bcubed: bcubed(predicted, gold),
      pairwise: pairwise(predicted, gold),
      ari: adjustedRandIndex(predicted, gold),
      stories: { predicted: new Set(predicted.values()).size, labeled: new Set(gold.values()).size },
      articles: gold.size,
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
