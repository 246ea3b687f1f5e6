// Filtering, ordering and paging of story summaries: newest activity first, with an opaque cursor.
import type { StoryId, StorySummary } from '../model/index.ts';
import type { StoryListParams } from './params.ts';
import type { StoryPage } from './stories.ts';
import { createError } from '../errors.ts';

/** Sort key of a story: its latest publication (undated stories last), then id for a total, stable order. */
export function activityKey(s: StorySummary): string {
  return `${s.last_published ?? s.first_published ?? ''}\u0000${s.id}`;
}

/** Newest activity first. */
export function byActivity(a: StorySummary, b: StorySummary): number {
  const ka = activityKey(a);
  const kb = activityKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

export function encodeCursor(s: StorySummary): string {
  return Buffer.from(activityKey(s), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key.includes('\u0000')) throw createError('invalid_parameter', { name: 'cursor', reason: 'not a cursor this server issued' });
  return key;
}

/** Does a story's span [first, last] overlap the asked date range? Dates compare as ISO strings (day precision for bare dates). */
export function inRange(s: StorySummary, from: string | undefined, to: string | undefined): boolean {
  const first = s.first_published ?? s.last_published;
  const last = s.last_published ?? s.first_published;
  if (!first || !last) return !from && !to;
  if (from && last.slice(0, from.length) < from) return false;
  if (to && first.slice(0, to.length) > to) return false;
  return true;
}

/** One page of `sorted` (already newest first) after applying the filters; `matches` is the search result, if any. */
export function pageStories(sorted: readonly StorySummary[], params: StoryListParams, matches: ReadonlySet<StoryId> | null): StoryPage {
  const after = params.cursor ? decodeCursor(params.cursor) : null;
  const stories: StorySummary[] = [];
  for (const s of sorted) {
    if (after !== null && activityKey(s) >= after) continue;
    if (matches && !matches.has(s.id)) continue;
    if (params.source && !s.sources.includes(params.source)) continue;
    if (!inRange(s, params.from, params.to)) continue;
    if (stories.length === params.limit) return { stories, next_cursor: encodeCursor(stories[stories.length - 1]!) };
    stories.push(s);
  }
  return { stories, next_cursor: null };
}
