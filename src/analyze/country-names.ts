// One country, one name key in every language: "Deutschland", "Allemagne" and "Niemcy" are all "germany".
// Reports of one event in two languages share few words but nearly always name the same countries, and sound or
// spelling cannot tell that "Russland" is "Russia". The names come from the ICU data Node ships
// (Intl.DisplayNames), so every language Node knows is covered without a word list of our own.
import { latinFold } from './normalize.ts';

/** ISO 3166 two-letter codes ICU names ("AA".."ZZ" with a name of their own). */
const REGION_CODES: readonly string[] = (() => {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (english.of(code) !== undefined) codes.push(code);
    }
  }
  return codes;
})();

/** Two-letter short forms ("RU" for Reino Unido, "BK") are too ambiguous to read as a country. */
const MIN_NAME_LENGTH = 3;

/** A country's key: its English name, folded as entity keys are ("united states"). */
const ENGLISH = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export type CountryNames = {
  /** The English key of a folded entity key naming a country in this language, if it names one. */
  keyOf(key: string): string | undefined;
  /** Whether a key is a country's English key. */
  isCountry(key: string): boolean;
};

const ENGLISH_KEYS: ReadonlySet<string> = new Set(REGION_CODES.map((code) => latinFold(ENGLISH.of(code)!)));

function namesIn(language: string, stem: ((word: string) => string) | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const style of ['long', 'short'] as const) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
    } catch {
      return names;
    }
    for (const code of REGION_CODES) {
      const local = display.of(code);
      const english = ENGLISH.of(code);
      if (local === undefined || english === undefined || local.length < MIN_NAME_LENGTH || /[.()]/u.test(local)) continue;
      const key = latinFold(local);
      const target = latinFold(english);
      if (!names.has(key)) names.set(key, target);
      // One-word names also by stem, for inflected forms ("Russlands", "Chinas").
      if (stem !== null && !key.includes(' ')) {
        const stemmed = `~${stem(key)}`;
        if (!names.has(stemmed)) names.set(stemmed, target);
      }
    }
  }
  return names;
}

/**
 * Country names of a language (null: English only), matched exactly or, for one-word names, by the language's stem.
 * Built once per language and kept by the analyzer.
 */
export function countryNames(language: string | null, stem: ((word: string) => string) | null): CountryNames {
  const names = namesIn(language ?? 'en', stem);
  if (language !== 'en') for (const [key, target] of namesIn('en', null)) if (!names.has(key)) names.set(key, target);
  return {
    keyOf(key) {
      const exact = names.get(key);
      if (exact !== undefined || stem === null || key.includes(' ')) return exact;
      return names.get(`~${stem(key)}`);
    },
    isCountry: (key) => ENGLISH_KEYS.has(key),
  };
}
