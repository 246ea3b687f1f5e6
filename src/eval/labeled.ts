// Reads labeled evaluation files: articles with a story_id (clustering) and article pairs with scores (similarity).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const LabeledArticleRecord = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  story_id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  title: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  published_at: z.string().nullish(),
  language: z.string().nullish(),
});
export type LabeledArticleRecord = z.infer<typeof LabeledArticleRecord>;

export const PairRecord = z.looseObject({
  pair_id: z.string(),
  id1: z.union([z.string(), z.number()]).transform(String),
  id2: z.union([z.string(), z.number()]).transform(String),
  text1: z.string(),
  text2: z.string(),
  lang1: z.string().nullish(),
  lang2: z.string().nullish(),
  overall: z.number(),
  same_story: z.boolean().optional(),
});
export type PairRecord = z.infer<typeof PairRecord>;

export function readJsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as unknown);
}

/** What a labeled file holds: story-labeled articles or scored pairs, told apart by their fields. */
export function labeledFileKind(path: string): 'articles' | 'pairs' {
  const [first] = readJsonLines(path);
  return typeof first === 'object' && first !== null && 'text1' in first && 'text2' in first ? 'pairs' : 'articles';
}

export function readLabeledArticles(path: string): LabeledArticleRecord[] {
  return readJsonLines(path).map((value) => LabeledArticleRecord.parse(value));
}

/** Story labels by 1-based line number, as ingest numbers JSON Lines records. */
export function storyLabelsByLine(path: string): Map<number, string> {
  const labels = new Map<number, string>();
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim().length === 0) return;
      labels.set(i + 1, LabeledArticleRecord.parse(JSON.parse(line)).story_id);
    });
  return labels;
}

export function readPairs(path: string): PairRecord[] {
  return readJsonLines(path).map((value) => PairRecord.parse(value));
}
