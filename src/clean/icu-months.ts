// The twelve month names ICU (the locale data Node ships) writes for a language: in a date after its day ("9 августа",
// declined where the language declines it) or standing alone ("август"), long or short. Datelines (dateline.ts) and
// analysis (analyze/month-names.ts) read dates with them instead of word lists of their own.

/** Any day of each month does; the 15th is in the same month in every time zone. */
const MID_MONTH = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2000, month, 15)));

/** January's name first; empty when ICU knows no such language. */
export function icuMonthNames(language: string, month: 'long' | 'short', withDay: boolean): string[] {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(language, { month, ...(withDay ? { day: 'numeric' } : {}), timeZone: 'UTC' });
  } catch {
    return [];
  }
  return MID_MONTH.map((date) => format.formatToParts(date).find((part) => part.type === 'month')?.value ?? '');
}
