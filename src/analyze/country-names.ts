// One country, one name key in every language: "Deutschland", "Allemagne" and "Niemcy" are all "germany".
// Reports of one event in two languages share few words but nearly always name the same countries, and sound or
// spelling cannot tell that "Russland" is "Russia". The names come from the ICU data Node ships
// (Intl.DisplayNames), so every language Node knows is covered without a word list of our own.
import { isCaselessWord } from './caseless-names.ts';
import { sharedStart } from './name-match.ts';
import { latinFold } from './normalize.ts';

/** A country's key: its English name, folded as entity keys are ("united states"). */
const ENGLISH = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The ISO 3166 two-letter codes ICU names ("AA".."ZZ" with a name of their own), each with its country's key. */
const KEY_BY_CODE: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = ENGLISH.of(code);
      if (name !== undefined) keys.set(code, latinFold(name));
    }
  }
  return keys;
})();

const COUNTRY_KEYS: ReadonlySet<string> = new Set(KEY_BY_CODE.values());

/** Whether a name key is a country's: its English name, folded ("united states"), as every language keys countries. */
export function isCountryKey(key: string): boolean {
  return COUNTRY_KEYS.has(key);
}

/** The words of the countries' keys ("united", "states", "france"): name vectors hold names word by word. */
const COUNTRY_WORDS: ReadonlySet<string> = new Set([...COUNTRY_KEYS].flatMap((key) => key.split(' ')));

/** Whether a name word is a word of some country's key (as every language keys countries: "france", "united"). */
export function isCountryWord(word: string): boolean {
  return COUNTRY_WORDS.has(word);
}

/** Two-letter short forms ("RU" for Reino Unido, "BK") are too ambiguous to read as a country. */
const MIN_NAME_LENGTH = 3;

export type CountryNames = {
  /** The English key of a folded entity key naming a country in this language, if it names one. */
  keyOf(key: string): string | undefined;
  /**
   * The English key of a country written in a caseless script (Han, Kana, Hangul, Arabic, Hebrew…) as the language
   * writes it, compared in that script (`caselessForm`), never in Latin letters: Chinese spelled in pinyin without
   * tones makes 智利 (Chile) of 治理 "governance", 斐济 (Fiji) of 飞机 "aeroplane" and 多哥 (Togo) of 多个 "several".
   */
  caselessKeyOf(name: string): string | undefined;
  /** Whether a key is a country's English key. */
  isCountry(key: string): boolean;
};

/**
 * An inflected form of a one-word name: it keeps all of the name but its last two letters and adds at most three
 * ("rossiya" / "rossii", "rosja" / "rosji", "niemcy" / "niemiec", "russland" / "russlands"). Folded keys are Latin
 * letters whatever the script, where a language's own stemmer no longer applies.
 */
const INFLECTION_KEEP = 4;
const INFLECTION_DROP = 2;
const INFLECTION_ADD = 3;

/** Each country's names as ICU writes them in a locale (long and short forms), with its key; none for an unknown locale. */
function* regionNamesIn(locale: string): Generator<readonly [local: string, country: string]> {
  for (const style of ['long', 'short'] as const) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    } catch {
      return;
    }
    for (const [code, country] of KEY_BY_CODE) {
      const local = display.of(code);
      if (local !== undefined) yield [local, country];
    }
  }
}

function namesIn(language: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [local, country] of regionNamesIn(language)) {
    if (/[.()]/u.test(local)) continue;
    // Two letters of an alphabet are an abbreviation; two Chinese characters are a name ("美国").
    if (local.length < MIN_NAME_LENGTH && !/^\p{Lo}+$/u.test(local)) continue;
    const key = latinFold(local);
    if (key.length >= MIN_NAME_LENGTH && !names.has(key)) names.set(key, country);
  }
  return names;
}

/** Chinese is written in two scripts; a report in either names 美国 / 美國 in its own. */
const SCRIPTS_OF_LANGUAGE: Readonly<Record<string, readonly string[]>> = { zh: ['zh-Hans', 'zh-Hant'] };

/**
 * A caseless name as it is compared: NFKC, and Arabic written as it often is, without vowel marks or tatweel and
 * with one alef, yeh and heh for their variants (الإمارات / الامارات, السعودية / السعوديه).
 */
export function caselessForm(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه');
}

/** Country names of a language written in a caseless script, by `caselessForm`. */
function caselessNamesIn(language: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const locale of SCRIPTS_OF_LANGUAGE[language.split('-')[0]!] ?? [language]) {
    for (const [local, country] of regionNamesIn(locale)) {
      if (!isCaselessName(local)) continue;
      const form = caselessForm(local);
      if (!names.has(form)) names.set(form, country);
    }
  }
  return names;
}

/** A name of caseless words (`isCaselessWord`) of letters alone, apart by spaces: "كوريا الجنوبية", "中国". */
function isCaselessName(name: string): boolean {
  return /^[\p{L}\p{M} ]+$/u.test(name) && isCaselessWord(name);
}

/** Built tables by language: building one reads ICU's names of every region (a millisecond or more). */
const BUILT = new Map<string | null, CountryNames>();

/**
 * Country names of a language (null: English only), plus the English ones, matched exactly or, for one-word names
 * of the language itself, in an inflected form. Built once per language.
 */
export function countryNames(language: string | null): CountryNames {
  let built = BUILT.get(language);
  if (built === undefined) {
    built = buildCountryNames(language);
    BUILT.set(language, built);
  }
  return built;
}

function buildCountryNames(language: string | null): CountryNames {
  const own = namesIn(language ?? 'en');
  const names = new Map(own);
  const caseless = language === null ? new Map<string, string>() : caselessNamesIn(language);
  if (language !== 'en') for (const [key, target] of namesIn('en')) if (!names.has(key)) names.set(key, target);
  // One-word names of the language by their first letters, for inflected forms. Not English: it does not inflect
  // names, and its near-forms are other words ("Indiana", "Francis", "Roman").
  const byStart = new Map<string, string[]>();
  for (const key of language === null || language === 'en' ? [] : own.keys()) {
    if (key.includes(' ') || key.length <= INFLECTION_KEEP) continue;
    const start = key.slice(0, INFLECTION_KEEP);
    byStart.set(start, [...(byStart.get(start) ?? []), key]);
  }
  return {
    keyOf(key) {
      const exact = names.get(key);
      if (exact !== undefined || key.includes(' ') || key.length <= INFLECTION_KEEP) return exact;
      let best: string | undefined;
      let bestShared = 0;
      for (const name of byStart.get(key.slice(0, INFLECTION_KEEP)) ?? []) {
        const shared = sharedStart(key, name);
        if (shared >= name.length - INFLECTION_DROP && key.length - shared <= INFLECTION_ADD && shared > bestShared) {
          best = name;
          bestShared = shared;
        }
      }
      return best === undefined ? undefined : own.get(best);
    },
    caselessKeyOf: (name) => caseless.get(caselessForm(name)),
    isCountry: isCountryKey,
  };
}
