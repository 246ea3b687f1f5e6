// `parallax eval`: runs the whole pipeline over a labeled file into a throw-away database and scores the
// stories against the labels (clustering), or scores article pairs with the story match score (pairs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArticleId, RawId, Rejection } from '../model/index.ts';
import { readInputs } from '../ingest/index.ts';
import { ingest } from '../pipeline.ts';
import type { StoryEngineOptions } from '../pipeline-stories.ts';
import { openSqliteStore } from '../store/index.ts';
import { DEFAULT_CLUSTER_CONFIG } from '../cluster/index.ts';
import { labeledFileKind, labeledLines, readFileLabels, readPairs, storyLabelsByLine } from './labeled.ts';
import { adjustedRandIndex, bcubed, pairwise, type PrecisionRecall } from './metrics.ts';
import { evaluatePairs, type PairsEvalReport } from './pairs.ts';
import { seededShuffle } from './seeded-random.ts';

export type ClusteringScores = {
  readonly bcubed: PrecisionRecall;
  readonly pairwise: PrecisionRecall;
  readonly ari: number;
  readonly stories: { readonly predicted: number; readonly labeled: number };
  readonly articles: number;
};

/** The same labels replayed in shuffled orders (seeds 1…n): how much the stories depend on the order articles arrive in. */
export type ShuffledScores = {
  readonly runs: ReadonlyArray<{ readonly seed: number; readonly bcubed: PrecisionRecall; readonly stories: number }>;
  readonly mean_bcubed_f1: number;
  readonly min_bcubed_f1: number;
};

/** Scores in the file's order; `shuffled` when shuffled replays were asked for. */
export type ClusteringReport = ClusteringScores & { readonly shuffled?: ShuffledScores };

export type EvalOptions = StoryEngineOptions & {
  /** Keep the database here instead of a temporary file that is deleted afterwards. */
  readonly dbPath?: string;
  /** Told of each labeled input the pipeline rejected (a file the labels name that is missing, say): it still
   *  counts, as a story of its own, but a caller should say so rather than report the score as if it were read. */
  readonly onRejected?: (rejection: Rejection) => void;
  /**
   * Also replay the labeled articles in this many shuffled orders. A labeled file's order often groups each story's
   * reports together, which flatters a streaming clusterer; a real stream interleaves them. Article files named by a
   * labels file are shuffled as files.
   */
  readonly shuffles?: number;
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
 * The labeled inputs in a random order fixed by `seed`, written under `dir`: a labeled JSON Lines file's records
 * (their labels follow them to their new lines), or the article files a labels file names.
 */
function shuffledInputs(path: string, labeled: LabeledInputs, seed: number, dir: string): LabeledInputs {
  if (labeledFileKind(path) === 'files') return { inputs: seededShuffle(labeled.inputs, seed), gold: labeled.gold };
  const lines = seededShuffle(labeledLines(path), seed);
  const file = join(dir, `shuffled-${seed}.jsonl`);
  writeFileSync(file, lines.map((line) => line.text).join('\n') + '\n');
  return { inputs: [file], gold: new Map(lines.map((line, i) => [originKey(file, i + 1), line.story])) };
}

/**
 * Every labeled article counts once: a line of a labeled JSON Lines file, or a file (or line of one) a labels
 * file names. Articles the pipeline stored as one (identical texts) share its story; one it rejected is scored as
 * a story of its own, so rejections cost recall rather than vanish.
 */
export async function runClusteringEval(path: string, options: EvalOptions = {}): Promise<ClusteringReport> {
  const labeled = labeledInputs(path);
  const inFileOrder = await scoreStories(labeled, options, options.dbPath);
  const shuffles = options.shuffles ?? 0;
  if (shuffles <= 0) return inFileOrder;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-orders-'));
  // A rejected input is rejected in every order: it was reported once already.
  const { onRejected: _reportedOnce, ...quiet } = options;
  try {
    const runs: Array<ShuffledScores['runs'][number]> = [];
    for (let seed = 1; seed <= shuffles; seed++) {
      const scores = await scoreStories(shuffledInputs(path, labeled, seed, dir), quiet, join(dir, `eval-${seed}.db`));
      runs.push({ seed, bcubed: scores.bcubed, stories: scores.stories.predicted });
    }
    const f1s = runs.map((run) => run.bcubed.f1);
    return { ...inFileOrder, shuffled: { runs, mean_bcubed_f1: f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length, min_bcubed_f1: Math.min(...f1s) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the pipeline over the inputs into a database at `dbPath` (a temporary one, deleted after, when not given). */
async function scoreStories({ inputs, gold }: LabeledInputs, options: EvalOptions, dbPath: string | undefined): Promise<ClusteringScores> {
  const dir = dbPath === undefined ? mkdtempSync(join(tmpdir(), 'parallax-eval-')) : null;
  const store = openSqliteStore(dbPath ?? join(dir!, 'eval.db'));
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
