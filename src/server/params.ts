// Schemas for what callers send: query strings, path ids and JSON bodies. Also feed the OpenAPI document.
import { z } from 'zod';
import { createError } from '../errors.ts';
import { isRealDate } from '../model/index.ts';

/** The most items one list request returns; bigger pages are what cursors are for. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

const isoDate = z.string().refine(isRealDate, 'expected an ISO 8601 date such as 2013-08-09');

const pageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE);
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const StoryListParams = z.object({
  q: z.string().trim().max(200).optional().describe('full-text search over the titles and texts of the stories\' articles'),
  source: z.string().trim().min(1).max(200).optional().describe('only stories with an article from this outlet'),
  from: isoDate.optional().describe('only stories with activity on or after this date'),
  to: isoDate.optional().describe('only stories with activity on or before this date'),
  limit: pageSize.describe(`stories per page (1–${MAX_PAGE_SIZE})`),
  cursor: z.string().max(500).optional().describe('the next_cursor of the previous page'),
});
export type StoryListParams = z.infer<typeof StoryListParams>;

export const ArticleListParams = z.object({
  source: z.string().trim().min(1).max(200).optional(),
  q: z.string().trim().max(200).optional().describe('full-text search'),
  limit: pageSize,
  offset: z.coerce.number().int().min(0).default(0),
});
export type ArticleListParams = z.infer<typeof ArticleListParams>;

export const ArticleParams = z.object({
  raw: flag.default(false).describe('include the raw input and what cleaning removed from it'),
});

export const AddTextParams = z.object({
  source: z.string().trim().min(1).max(200).optional().describe('outlet name, when the page does not name one'),
  title: z.string().trim().min(1).max(1000).optional(),
  url: z.string().trim().url().max(2000).optional(),
  published_at: isoDate.optional(),
  language: z.string().trim().min(2).max(20).optional(),
});
export type AddTextParams = z.infer<typeof AddTextParams>;

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export const ExportParams = z.object({
  format: z.enum(EXPORT_FORMATS).default('jsonl'),
});

/** An id in a path: bounded printable text, so nothing odd reaches the store or a log line. */
export const PathId = z.string().min(1).max(200).regex(/^[\w.:-]+$/, 'not a valid id');

/** Parses query parameters (or any record) with a schema; the first problem becomes `invalid_parameter`. */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw createError('invalid_parameter', { name: issue.path.join('.') || 'query', reason: issue.message });
}

export function parseId(raw: string, kind: string): string {
  const result = PathId.safeParse(raw);
  if (!result.success) throw createError('not_found', { kind, id: raw.slice(0, 80) });
  return result.data;
}
