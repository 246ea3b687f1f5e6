// Month names of a language, to read dates ("20 марта 2023", "15 de março de 2023") as dates rather than numbers.
// The names come from the ICU data Node ships (Intl.DateTimeFormat), in every form a date is written with: standalone
// and inside a date (Russian, Polish, Czech … decline a month after its day: "март", "20 марта"). Long forms only:
// ICU's abbreviations include common words once folded (Polish "sie" for "się", Czech "pro", Portuguese "out").
import { icuMonthNames } from '../clean/index.ts';
import { foldDiacritics } from './normalize.ts';
import { MONTHS } from './vocabulary.ts';

/** Shorter names are too often words of their own; the written table's abbreviations stay. */
const MIN_NAME_LENGTH = 3;
const LETTERS = /^\p{L}+$/u;

/** Folded month name → month number (1–12): the written table (vocabulary.ts) and ICU's names in `language`. */
export function monthNamesIn(language: string | null): ReadonlyMap<string, number> {
  const names = new Map(Object.entries(MONTHS));
  if (language === null) return names;
  for (const withDay of [false, true]) {
    icuMonthNames(language, 'long', withDay).forEach((written, month) => {
      const name = foldDiacritics(written.replace(/\.$/u, ''));
      if (name.length >= MIN_NAME_LENGTH && LETTERS.test(name) && !names.has(name)) names.set(name, month + 1);
    });
  }
  return names;
}
