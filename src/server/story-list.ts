// Story list paging: cursors are opaque to callers and carry where the previous page ended.
import { createError } from '../errors.ts';
import type { StorySummary } from '../model/index.ts';
import type { StoryCursor } from '../store/index.ts';

/** A story's activity as the store orders it: latest publication, '' when undated. */
export const activityOf = (s: StorySummary): string => s.last_published ?? s.first_published ?? '';

export function encodeCursor(s: StorySummary): string {
  return Buffer.from(JSON.stringify([activityOf(s), s.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): StoryCursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { activity: value[0], id: value[1] };
    }
  } catch {
    // fall through: not JSON
  }
  throw createError('invalid_parameter', { name: 'cursor', reason: 'not a cursor this server issued' });
}
