// The flat view of an export for spreadsheets: one row per article (RFC 4180 quoting). JSONL is the complete form.
import type { ExportRecord } from './records.ts';

export const CSV_COLUMNS = [
  'id', 'story_id', 'source', 'title', 'url', 'published_at', 'language', 'word_count', 'dateline_place',
  'agencies', 'byline', 'raw_id', 'text',
] as const;

export function csvLine(values: ReadonlyArray<string | number | null>): string {
  return values.map((v) => (v === null ? '' : quote(String(v)))).join(',') + '\r\n';
}

function quote(v: string): string {
  // A leading = + - @ would make a spreadsheet evaluate the cell; an apostrophe prefix defuses it (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(record: ExportRecord): string | null {
  if (record.type !== 'article') return null;
  return csvLine([
    record.id, record.story_id, record.source, record.title, record.url, record.published_at, record.language,
    record.word_count, record.dateline?.place ?? null, record.agencies.join('; '), record.byline, record.raw_id, record.text,
  ]);
}
