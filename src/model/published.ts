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

/** A day, optionally a time to the hour, minute or second, optionally a zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether the value is an ISO date naming a real day and time: filters compare dates as text, so "2023-99-99"
 *  would pass as a date after every other and silently match nothing (or everything). */
export function isRealDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (!parts) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(1).filter((p) => p !== undefined).map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}
