// Display helpers: dates, spans and scores as people read them.

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
/** A day without a time is a calendar day, not the instant it starts in UTC: west of Greenwich that instant is the day before. */
const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * Whether a date names a day but no time: "2025-03-10" as articles store it, or a story's span, where such a day
 * starts at midnight UTC ("2025-03-10T00:00:00.000Z"); a report timed at exactly that midnight reads as its day.
 */
export const isDayOnly = (iso: string): boolean => /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z|[+-]00:?00))?$/.test(iso);

export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return 'undated';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (isDayOnly(iso)) return DAY.format(d);
  return (withTime ? DATE_TIME : DATE).format(d);
}

/**
 * A story's coverage from its first to its last report: the day (or days), and how long it ran when both ends
 * carry a time. A day without a time has no hour to count from: "2025-08-20" to "11:30" that day is not 12 hours.
 */
export function formatSpan(from: string | null, to: string | null): string {
  if (!from && !to) return 'undated';
  if (!from || !to || from === to) return formatDate(from ?? to);
  const days = [formatDate(from), formatDate(to)];
  const when = days[0] === days[1] ? days[0]! : `${days[0]} – ${days[1]}`;
  if (isDayOnly(from) || isDayOnly(to)) return when;
  const hours = (Date.parse(to) - Date.parse(from)) / 3_600_000;
  const length = hours < 1 ? 'under an hour' : hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} days`;
  return `${when} (${length})`;
}

/** "1 article", "3 articles". */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const score = (x: number) => x.toFixed(2);

/** A stable colour per outlet, so the same outlet looks the same on every page. */
export function outletHue(source: string | null | undefined): number {
  let h = 0;
  for (const ch of source ?? '?') h = (h * 31 + ch.codePointAt(0)!) % 360;
  return h;
}
