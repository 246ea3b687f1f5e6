// When an article was published, as a span: an instant for a timestamp, the whole day for a date without a time.
// "2025-03-10" is not before "2025-03-10T14:05Z": either may have come first.

export type PublicationSpan = { readonly start: number; readonly end: number };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** The span of a date without a time. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The span of an ISO 8601 `published_at` in epoch milliseconds, or null when there is none. */
export function publicationSpan(publishedAt: string | null | undefined): PublicationSpan | null {
  if (publishedAt === null || publishedAt === undefined) return null;
  const start = Date.parse(publishedAt);
  if (Number.isNaN(start)) return null;
  return { start, end: DATE_ONLY.test(publishedAt) ? start + DAY_MS : start };
}

/** Whether `a` was certainly published before `b`: both known, and `a`'s span over before `b`'s begins. */
export function publishedBefore(a: PublicationSpan | null, b: PublicationSpan | null): boolean {
  return a !== null && b !== null && a.end <= b.start && a.start < b.start;
}
