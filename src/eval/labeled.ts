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

/** A label for an article in a file of its own (or a line of a JSON Lines file): `file` is relative to the labels. */
export const FileLabelRecord = z.looseObject({
  file: z.string().min(1),
  line: z.number().int().positive().optional(),
  story_id: z.union([z.string(), z.number()]).transform(String),
});
export type FileLabelRecord = z.infer<typeof FileLabelRecord>;

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

/** A labeled file that cannot be read or holds a bad record: the message names the file and line. */
export class LabeledFileError extends Error {}

export type NumberedLine = { readonly line: number; readonly text: string };

/** The file's non-blank lines with their 1-based numbers (as ingest numbers JSON Lines records). */
export function readNumberedLines(path: string): NumberedLine[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LabeledFileError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .map((line, i) => ({ line: i + 1, text: line }))
    .filter((line) => line.text.trim().length > 0);
  if (lines.length === 0) throw new LabeledFileError(`${path}: no records`);
  return lines;
}

function jsonOf(path: string, { line, text }: NumberedLine): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new LabeledFileError(`${path}:${line}: invalid JSON: ${(e as Error).message}`);
  }
}

/** Every record of the file, validated in file order: the first bad line is the one named. */
function readRecords<T>(path: string, schema: z.ZodType<T>, expected: string): Array<{ readonly line: number; readonly text: string; readonly record: T }> {
  return readNumberedLines(path).map((numbered) => {
    const parsed = schema.safeParse(jsonOf(path, numbered));
    if (parsed.success) return { line: numbered.line, text: numbered.text, record: parsed.data };
    const issue = parsed.error.issues[0]!;
    throw new LabeledFileError(`${path}:${numbered.line}: field "${issue.path.join('.') || '?'}": ${issue.message} (expected ${expected})`);
  });
}

const ARTICLE_FIELDS = 'an article with id, text and story_id';
const PAIR_FIELDS = 'a pair with pair_id, id1, id2, text1, text2 and overall';

export type LabeledFileKind = 'articles' | 'files' | 'pairs';

/** What a labeled file holds: story-labeled articles, story labels of article files, or scored pairs. */
export function labeledFileKind(path: string): LabeledFileKind {
  const value = jsonOf(path, readNumberedLines(path)[0]!);
  if (typeof value !== 'object' || value === null) return 'articles';
  if ('text1' in value && 'text2' in value) return 'pairs';
  return 'file' in value && !('text' in value) && !('html' in value) ? 'files' : 'articles';
}

const FILE_LABEL_FIELDS = 'a label with file, story_id and, for a line of a JSON Lines file, line';

export function readFileLabels(path: string): FileLabelRecord[] {
  return readRecords(path, FileLabelRecord, FILE_LABEL_FIELDS).map(({ record }) => record);
}

export function readLabeledArticles(path: string): LabeledArticleRecord[] {
  return readRecords(path, LabeledArticleRecord, ARTICLE_FIELDS).map(({ record }) => record);
}

/** Story labels by 1-based line number, as ingest numbers JSON Lines records. */
export function storyLabelsByLine(path: string): Map<number, string> {
  return new Map(readRecords(path, LabeledArticleRecord, ARTICLE_FIELDS).map(({ line, record }) => [line, record.story_id]));
}

/** Each record's line as written and its story label, in file order: the file replayed in another order. */
export function labeledLines(path: string): Array<{ readonly text: string; readonly story: string }> {
  return readRecords(path, LabeledArticleRecord, ARTICLE_FIELDS).map(({ text, record }) => ({ text, story: record.story_id }));
}

export function readPairs(path: string): PairRecord[] {
  return readRecords(path, PairRecord, PAIR_FIELDS).map(({ record }) => record);
}
