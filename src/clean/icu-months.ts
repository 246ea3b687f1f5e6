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

/**
 * Languages whose dates `monthByName` reads, besides those chrono parses (dates.ts): the news languages of Europe,
 * the Middle East, Africa and South-East Asia whose calendar is the Gregorian one (Persian and Thai pages date by
 * their own calendars). Arabic twice: Egypt and the Maghreb name March مارس, the Levant and Iraq آذار.
 */
const DATE_LANGUAGES = [
  'pl', 'cs', 'sk', 'hr', 'sr-Latn', 'sl', 'bs', 'bg', 'mk', 'uk', 'be', 'ru', 'el', 'hu', 'fi', 'et', 'lv', 'lt', 'ro', 'sq',
  'tr', 'az', 'ar', 'ar-SY', 'he', 'pt', 'es', 'ca', 'gl', 'eu', 'it', 'fr', 'de', 'nl', 'da', 'nb', 'sv', 'is', 'id', 'ms',
  'fil', 'sw', 'af', 'cy', 'ga', 'en',
];

let monthsByName: ReadonlyMap<string, number> | null = null;

/**
 * Month name (long, lower case, standalone or as written after a day: "marzec", "marca", "ožujka", "تشرين الأول") → its
 * number, in the languages of DATE_LANGUAGES. A name two languages give to different months is left out (Croatian
 * "listopad" is October, Polish and Czech November). Built on first use.
 */
export function monthByName(): ReadonlyMap<string, number> {
  if (monthsByName !== null) return monthsByName;
  const months = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const language of DATE_LANGUAGES) {
    for (const withDay of [false, true]) {
      icuMonthNames(language, 'long', withDay).forEach((written, month) => {
        const name = written.toLocaleLowerCase(language).replace(/\.$/u, '');
        if (name.length < 3) return;
        const known = months.get(name);
        if (known !== undefined && known !== month + 1) ambiguous.add(name);
        months.set(name, month + 1);
      });
    }
  }
  for (const name of ambiguous) months.delete(name);
  monthsByName = months;
  return months;
}
