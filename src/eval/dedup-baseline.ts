// The labeled sets the dedup evaluation runs on, and the pinned scores it must not fall below (dedup-baseline.json).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COPY_KINDS, type CopyKind, type SourceArticle } from './dedup-copies.ts';
import type { DedupReport } from './dedup.ts';
import { readLabeledArticles } from './labeled.ts';
import { CLUSTERING_SETS, DEFAULT_DATA_DIR } from './story-sets.ts';

export const DEDUP_BASELINE_PATH = join(dirname(fileURLToPath(import.meta.url)), 'dedup-baseline.json');

/** The story sets: several outlets' independent reports of each event, the hard negatives for copy detection. */
export const DEDUP_SETS = [
  { name: 'ECB+', file: CLUSTERING_SETS.ecbplus },
  { name: 'PAC', file: CLUSTERING_SETS.pac },
] as const;

export const dedupSetPath = (file: string, dataDir = DEFAULT_DATA_DIR): string => join(dataDir, file);
export const dedupSetPresent = (file: string, dataDir = DEFAULT_DATA_DIR): boolean => existsSync(dedupSetPath(file, dataDir));

/** The set's records as given (the evaluation cleans them as ingest would, copies and originals alike). */
export function loadSourceArticles(path: string): SourceArticle[] {
  return readLabeledArticles(path).map((record) => ({
    id: record.id,
    story: record.story_id,
    text: record.text,
    title: record.title ?? null,
    published_at: record.published_at ?? null,
  }));
}

/** Per set (by file): the lowest recall and right-kind recall per kind, the highest share error, and link scores. */
export type DedupBaseline = {
  readonly seed: number;
  readonly per_kind: number;
  readonly sets: Readonly<Record<string, {
    readonly recall: Readonly<Record<CopyKind, number>>;
    readonly right_kind_recall: Readonly<Record<CopyKind, number>>;
    /** Highest mean absolute error of the reused share, for the kinds whose share is not simply 1. */
    readonly share_mae: Readonly<Partial<Record<CopyKind, number>>>;
    readonly precision: number;
    readonly natural_copy_recall: number;
    readonly same_story_rate: number;
  }>>;
};

export function readDedupBaseline(path = DEDUP_BASELINE_PATH): DedupBaseline {
  return JSON.parse(readFileSync(path, 'utf8')) as DedupBaseline;
}

/** Scores worse than the pinned ones, as readable lines (none when the run holds up). */
export function dedupRegressions(report: DedupReport, pinned: DedupBaseline['sets'][string]): string[] {
  const problems: string[] = [];
  const atLeast = (what: string, actual: number, floor: number): void => {
    if (actual < floor) problems.push(`${report.set} ${what} ${actual.toFixed(3)} < pinned ${floor}`);
  };
  const atMost = (what: string, actual: number, ceiling: number): void => {
    if (actual > ceiling) problems.push(`${report.set} ${what} ${actual.toFixed(4)} > pinned ${ceiling}`);
  };
  for (const kind of COPY_KINDS) {
    atLeast(`${kind} recall`, report.kinds[kind].recall, pinned.recall[kind]);
    atLeast(`${kind} right-kind recall`, report.kinds[kind].right_kind_recall, pinned.right_kind_recall[kind]);
    const mae = pinned.share_mae[kind];
    if (mae !== undefined) atMost(`${kind} share MAE`, report.kinds[kind].share_mae ?? 1, mae);
  }
  atLeast('link precision', report.links.precision, pinned.precision);
  atLeast('natural copy recall', report.natural_copies.recall, pinned.natural_copy_recall);
  atMost('same-story false link rate', report.same_story.rate, pinned.same_story_rate);
  return problems;
}
