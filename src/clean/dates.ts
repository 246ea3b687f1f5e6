// Publication dates from text: a full date becomes ISO 8601; a date printed without a year is kept as given.
import * as chrono from 'chrono-node';
import type { PartialDate } from '../model/index.ts';

export type FoundDate = { readonly published_at: string | null; readonly partial_date: PartialDate | null };

const NO_DATE: FoundDate = { published_at: null, partial_date: null };
/** Lines longer than this are prose, where a date is an event in the story rather than the publication date. */
const MAX_DATE_LINE_CHARS = 120;
/** Dates are read relative to a fixed instant so that results never depend on today's date. */
const FIXED_REFERENCE = new Date('2000-01-01T00:00:00Z');

/** The first line that is essentially a date ("Published: 9 August 2013, 10:31 AM"), as ISO 8601. */
export function findDateLine(lines: readonly string[]): FoundDate {
  for (const line of lines) {
    if (line.length > MAX_DATE_LINE_CHARS) continue;
    const found = parseDate(line);
    if (found.published_at) return found;
  }
  return NO_DATE;
}

/** Parses one date expression; without a certain year it is returned as a partial date, never completed. */
export function parseDate(text: string): FoundDate {
  const iso = normaliseIsoDate(text.trim());
  if (iso) return { published_at: iso, partial_date: null };
  const [result] = chrono.parse(text, FIXED_REFERENCE, { forwardDate: false });
  if (!result) return NO_DATE;
  const start = result.start;
  if (!start.isCertain('day') || !start.isCertain('month')) return NO_DATE;
  if (!start.isCertain('year')) return { published_at: null, partial_date: { text: result.text, missing: 'year' } };
  const hasTime = start.isCertain('hour');
  const date = start.date();
  if (!hasTime) {
    const y = start.get('year')!, m = start.get('month')!, d = start.get('day')!;
    return { published_at: `${y}-${pad(m)}-${pad(d)}`, partial_date: null };
  }
  return { published_at: date.toISOString(), partial_date: null };
}

/** Accepts ISO 8601 and RFC 2822 timestamps as given by JSON exports and meta tags. */
export function normaliseIsoDate(text: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) || /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}/.test(text)) {
    const t = Date.parse(text.replace(' ', 'T'));
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
