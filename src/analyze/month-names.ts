// Month names of a language, to read dates ("20 марта 2023", "15 de março de 2023") as dates rather than numbers.
// The names come from the ICU data Node ships (Intl.DateTimeFormat), in every form a date is written with: standalone
// and inside a date (Russian, Polish, Czech … decline a month after its day: "март", "20 марта"). Long forms only:
// ICU's abbreviations include common words once folded (Polish "sie" for "się", Czech "pro", Portuguese "out").
import { foldDiacritics } from './normalize.ts';
import { MONTHS } from './vocabulary.ts';

/** Shorter names are too often words of their own; the written table's abbreviations stay. */
const MIN_NAME_LENGTH = 3;
const LETTERS = /^\p{L}+$/u;

const FORMATS: readonly Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { day: 'numeric', month: 'long' }];

/** Folded month name → month number (1–12): the written table (vocabulary.ts) and ICU's names in `language`. */
export function monthNamesIn(language: string | null): ReadonlyMap<string, number> {
  const names = new Map(Object.entries(MONTHS));
  if (language === null) return names;
  for (const options of FORMATS) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    } catch {
      return names;
    }
    for (let month = 0; month < 12; month++) {
      const part = format.formatToParts(new Date(Date.UTC(2000, month, 15))).find((p) => p.type === 'month')?.value;
      const name = part === undefined ? '' : foldDiacritics(part.replace(/\.$/u, ''));
      if (name.length >= MIN_NAME_LENGTH && LETTERS.test(name) && !names.has(name)) names.set(name, month + 1);
    }
  }
  return names;
}
