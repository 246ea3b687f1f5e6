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
import { LabeledFileError, labeledFileKind, labeledLines, readFileLabels, readNumberedLines, readPairs, storyLabelsByLine, type FileLabelRecord } from './labeled.ts';
import { adjustedRandIndex, bcubed, pairwise, type PrecisionRecall } from './metrics.ts';
import { evaluatePairs, type PairsEvalReport } from './pairs.ts';
import { seededShuffle } from './seeded-random.ts';
import { storyErrors, type StoryErrors } from './story-errors.ts';

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

/** Scores in the file's order; `shuffled` when shuffled replays were asked for, `errors` when the errors were. */
export type ClusteringReport = ClusteringScores & { readonly shuffled?: ShuffledScores; readonly errors?: StoryErrors };

export type EvalOptions = StoryEngineOptions & {
  /** Keep the database here instead of a temporary file that is deleted afterwards. */
  readonly dbPath?: string;
  /** Told of each labeled input the pipeline rejected (a file the labels name that is missing, say): it still
   *  counts, as a story of its own, but a caller should say so rather than report the score as if it were read. */
  readonly onRejected?: (rejection: Rejection) => void;
  /**
   * Also replay the labeled articles in this many shuffled orders. A labeled file's order often groups each story's
   * reports together, which flatters a streaming clusterer; a real stream interleaves them. What is shuffled: the
   * labeled records, including lines of JSON Lines files a labels file names; other article files, as whole files.
   */
  readonly shuffles?: number;
  /** Also list the stories (in the file's order) that merged labeled stories or cut one in pieces. */
  readonly errors?: boolean;
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
  for (const label of resolvedFileLabels(path)) {
    if (!inputs.includes(label.file)) inputs.push(label.file);
    gold.set(originKey(label.file, label.line), label.story_id);
  }
  return { inputs, gold };
}

/** A labels file's labels, each naming its article file by its path (labels name them relative to themselves). */
function resolvedFileLabels(path: string): FileLabelRecord[] {
  return readFileLabels(path).map((label) => ({ ...label, file: join(dirname(path), label.file) }));
}

/**
 * What a shuffled replay reorders: a labeled record (a line of the labeled file, or a line of a JSON Lines file a
 * labels file names), or a whole article file a labels file names (its records, if several, keep their order).
 */
export type ReplayUnit =
  | { readonly kind: 'record'; readonly text: string; readonly story: string }
  | { readonly kind: 'file'; readonly file: string; readonly gold: Array<readonly [string, string]> };

const JSON_LINES_FILE = /\.(?:jsonl|ndjson)$/iu;

/** The labeled file as replay units, read once for all shuffled orders. Records no label names are not replayed. */
function replayUnits(path: string): ReplayUnit[] {
  if (labeledFileKind(path) !== 'files') return labeledLines(path).map(({ text, story }) => ({ kind: 'record', text, story }));
  const units: ReplayUnit[] = [];
  const wholeFiles = new Map<string, Extract<ReplayUnit, { kind: 'file' }>>();
  const jsonLines = new Map<string, ReadonlyMap<number, string> | null>();
  for (const label of resolvedFileLabels(path)) {
    const text = label.line === undefined ? undefined : jsonLinesOf(label.file, jsonLines)?.get(label.line);
    if (text !== undefined) {
      units.push({ kind: 'record', text, story: label.story_id });
      continue;
    }
    let unit = wholeFiles.get(label.file);
    if (unit === undefined) {
      unit = { kind: 'file', file: label.file, gold: [] };
      wholeFiles.set(label.file, unit);
      units.push(unit);
    }
    unit.gold.push([originKey(label.file, label.line), label.story_id]);
  }
  return units;
}

/**
 * A JSON Lines file's non-blank lines by number (null for another kind of file, or one that cannot be read or holds
 * nothing: it is replayed whole, and ingest reports it as it would in the file's order).
 */
function jsonLinesOf(file: string, read: Map<string, ReadonlyMap<number, string> | null>): ReadonlyMap<number, string> | null {
  if (!read.has(file)) {
    let lines: ReadonlyMap<number, string> | null = null;
    if (JSON_LINES_FILE.test(file)) {
      try {
        lines = new Map(readNumberedLines(file).map(({ line, text }) => [line, text]));
      } catch (error) {
        if (!(error instanceof LabeledFileError)) throw error;
      }
    }
    read.set(file, lines);
  }
  return read.get(file)!;
}

/**
 * The replay units in a random order fixed by `seed`: records are written, in that order, to JSON Lines files under
 * `dir` (a new file wherever a whole article file comes between them), and their labels follow them to their new lines.
 */
export function shuffledInputs(units: readonly ReplayUnit[], seed: number, dir: string): LabeledInputs {
  const inputs: string[] = [];
  const gold = new Map<string, string>();
  let records: Array<Extract<ReplayUnit, { kind: 'record' }>> = [];
  const writeRecords = (): void => {
    if (records.length === 0) return;
    const file = join(dir, `shuffled-${seed}-${inputs.length}.jsonl`);
    writeFileSync(file, records.map((record) => record.text).join('\n') + '\n');
    records.forEach((record, i) => gold.set(originKey(file, i + 1), record.story));
    inputs.push(file);
    records = [];
  };
  for (const unit of seededShuffle(units, seed)) {
    if (unit.kind === 'record') {
      records.push(unit);
      continue;
    }
    writeRecords();
    inputs.push(unit.file);
    for (const [key, story] of unit.gold) gold.set(key, story);
  }
  writeRecords();
  return { inputs, gold };
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
  const units = replayUnits(path);
  // A rejected input is rejected in every order: it was reported once already; errors are listed for the file's order.
  const { onRejected: _reportedOnce, errors: _fileOrderOnly, ...quiet } = options;
  const runs: Array<ShuffledScores['runs'][number]> = [];
  for (let seed = 1; seed <= shuffles; seed++) {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-order-'));
    try {
      const scores = await scoreStories(shuffledInputs(units, seed, dir), quiet, join(dir, 'eval.db'));
      runs.push({ seed, bcubed: scores.bcubed, stories: scores.stories.predicted });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const f1s = runs.map((run) => run.bcubed.f1);
  return { ...inFileOrder, shuffled: { runs, mean_bcubed_f1: f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length, min_bcubed_f1: Math.min(...f1s) } };
}

/** Runs the pipeline over the inputs into a database at `dbPath` (a temporary one, deleted after, when not given). */
async function scoreStories({ inputs, gold }: LabeledInputs, options: EvalOptions, dbPath: string | undefined): Promise<ClusteringScores & { errors?: StoryErrors }> {
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
    const scores: ClusteringScores = {
      bcubed: bcubed(predicted, gold),
      pairwise: pairwise(predicted, gold),
      ari: adjustedRandIndex(predicted, gold),
      stories: { predicted: new Set(predicted.values()).size, labeled: new Set(gold.values()).size },
      articles: gold.size,
    };
    if (options.errors !== true) return scores;
    const titles = new Map((await store.listStories({ limit: await store.countStories() })).map((story) => [story.id as string, story.title]));
    return { ...scores, errors: storyErrors(predicted, gold, (story) => titles.get(story) ?? null) };
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
