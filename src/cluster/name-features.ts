// Name features: whether two sides name the same actors, matched as written or (across languages, and within languages
// that inflect names) by stem and sound; and between which languages names are compared at all.
import { isCountryWord, NameIndex } from '../analyze/index.ts';
import type { Comparable } from './features.ts';
import { derived } from './side-cache.ts';
import { norm } from './vector-dots.ts';

/** A side's name words (weighted) or the names its members lead with. */
export type NameField = 'entities' | 'lead_names';

function nameIndex(side: Comparable, field: NameField): NameIndex {
  const indexes = derived(side).nameIndexes;
  return (indexes[field] ??= new NameIndex(side[field].keys()));
}

/**
 * The key under which `side` has name word `word` in `field`: the word itself, or, matching loosely (across languages,
 * or within one that inflects names), the same name spelled or inflected otherwise (undefined when it has neither).
 */
export function nameIn(side: Comparable, field: NameField, word: string, loosely: boolean): string | undefined {
  if (side[field].has(word)) return word;
  return loosely ? nameIndex(side, field).find(word) : undefined;
}

/** Cosine of two sides' name vectors with names matched across languages (see `sameNameAcrossLanguages`). */
export function crossLingualNameCosine(a: Comparable, b: Comparable): number {
  if (countriesOnly(a, b) || countriesOnly(b, a)) return countryNameCosine(a, b);
  const denominator = norm(a, a.entities) * norm(b, b.entities);
  if (denominator === 0) return 0;
  const [small, large] = a.entities.size <= b.entities.size ? [a, b] : [b, a];
  const index = nameIndex(large, 'entities');
  let sum = 0;
  for (const [word, weight] of small.entities) {
    const name = index.find(word);
    if (name !== undefined) sum += weight * large.entities.get(name)!;
  }
  return Math.min(1, sum / denominator);
}

/**
 * The name cosine of a side written without capitals and one that is not, over the names both can hold: countries
 * (see `countriesOnly`). The other names of the cased side would only lengthen its vector.
 */
function countryNameCosine(a: Comparable, b: Comparable): number {
  const countries = (side: Comparable): Array<[string, number]> => [...side.entities].filter(([word]) => isCountryWord(word));
  const [x, y] = [countries(a), countries(b)];
  const length = (names: Array<[string, number]>): number => Math.sqrt(names.reduce((sum, [, weight]) => sum + weight * weight, 0));
  const denominator = length(x) * length(y);
  if (denominator === 0) return 0;
  const index = nameIndex(b, 'entities');
  let sum = 0;
  for (const [word, weight] of x) {
    const name = index.find(word);
    if (name !== undefined && isCountryWord(name)) sum += weight * b.entities.get(name)!;
  }
  return Math.min(1, sum / denominator);
}

/** How many of a side's strongest names the comparison looks at for `entity_miss`. */
const SALIENT_NAMES = 4;

/**
 * Share of the weight of a's strongest name words that b never mentions. Two rehab stories share "rehab"
 * and "actress" but not "Lohan": the unmatched salient name is what separates same-type events.
 */
export function entityMiss(a: Comparable, b: Comparable, loosely: boolean): number {
  const cache = derived(a);
  const strongest = countriesOnly(a, b)
    ? (cache.salientCountries ??= strongestNames([...a.entities].filter(([name]) => isCountryWord(name))))
    : (cache.salient ??= strongestNames([...a.entities]));
  let total = 0;
  let missing = 0;
  for (const [word, weight] of strongest) {
    total += weight;
    if (nameIn(b, 'entities', word, loosely) === undefined) missing += weight;
  }
  return total === 0 ? 0 : missing / total;
}

function strongestNames(names: Array<[string, number]>): ReadonlyArray<readonly [string, number]> {
  return names.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, SALIENT_NAMES);
}

/**
 * Whether only x's countries can be looked for in y: y is written without capitals and x is not. Analysis finds no
 * other names in such a script (analyze/caseless-names.ts), so a Chinese report of Xi Jinping's talks with Emmanuel
 * Macron in Beijing "missed" every person and city of the English one: a miss that says nothing of the event, which
 * pushed every English–Chinese pair of one story apart.
 */
function countriesOnly(x: Comparable, y: Comparable): boolean {
  return writtenWithoutCapitals(y.languages) && !writtenWithoutCapitals(x.languages);
}

/**
 * Share of a's lead names (title and first sentences: the actors) that b never leads with nor mentions
 * among its names; the larger of both directions. Same-type events differ first in who they are about.
 */
export function leadMiss(a: Comparable, b: Comparable, loosely: boolean): number {
  return Math.max(leadMissOneWay(a, b, loosely), leadMissOneWay(b, a, loosely));
}

/** Share of x's lead names that y neither leads with nor mentions (`leadMiss` one way). */
function leadMissOneWay(x: Comparable, y: Comparable, loosely: boolean): number {
  const names = countriesOnly(x, y) ? comparedLeadCountries(x) : comparedLeadNames(x);
  if (names.length === 0) return 0;
  let missing = 0;
  let total = 0;
  for (const [name, weight] of names) {
    total += weight;
    if (nameIn(y, 'lead_names', name, loosely) === undefined && nameIn(y, 'entities', name, loosely) === undefined) missing += weight;
  }
  return missing / total;
}

/**
 * A story with more lead names than this is compared by its most frequent ones, each weighed by how many members lead
 * with it. A story of hundreds of members leads with thousands of names, most of them once, so every new report of it
 * "missed" nearly all of them (lead_miss 1.0 at 1,600 members): the story stopped attracting its own reports and
 * fragmented, and each comparison looped over all its names. Below this, every name counts once, as the weights were
 * learned; no story of the labelled sets has this many.
 */
export const MAX_COMPARED_LEAD_NAMES = 64;

function comparedLeadNames(side: Comparable): ReadonlyArray<readonly [string, number]> {
  const cache = derived(side);
  if (cache.leadNames === null) {
    const names = side.lead_names;
    cache.leadNames =
      names.size <= MAX_COMPARED_LEAD_NAMES || !(names instanceof Map)
        ? [...names.keys()].map((name) => [name, 1] as const)
        : [...(names as ReadonlyMap<string, number>)].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_COMPARED_LEAD_NAMES);
  }
  return cache.leadNames;
}

function comparedLeadCountries(side: Comparable): ReadonlyArray<readonly [string, number]> {
  const cache = derived(side);
  cache.leadCountries ??= comparedLeadNames(side).filter(([name]) => isCountryWord(name));
  return cache.leadCountries;
}

/** Scripts whose letters have capitals, by which names are found (analyze/entities.ts). */
const CASED_SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek', 'Armn']);
const CASELESS_LANGUAGES = new Map<string, boolean>();

export function isCaselessLanguage(language: string): boolean {
  let caseless = CASELESS_LANGUAGES.get(language);
  if (caseless === undefined) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(language).maximize().script;
    } catch {
      script = undefined;
    }
    caseless = script !== undefined && !CASED_SCRIPTS.has(script);
    CASELESS_LANGUAGES.set(language, caseless);
  }
  return caseless;
}

/** Whether a side is in some language, and every language it is in is one of `kind`. */
function allLanguages(languages: ReadonlySet<string>, kind: (language: string) => boolean): boolean {
  if (languages.size === 0) return false;
  for (const language of languages) if (!kind(language)) return false;
  return true;
}

const writtenWithoutCapitals = (languages: ReadonlySet<string>): boolean => allLanguages(languages, isCaselessLanguage);

/**
 * Whether two sides' names are compared. In a language written without capitals the only names analysis finds are
 * countries (analyze/caseless-names.ts): across languages they are what two reports share, but between two reports
 * in that language, all naming their own country, a name set of one or two countries scored as fully shared or fully
 * missed (SemEval Arabic pairs: same-story F1 0.600 → 0.444 with them). Those pairs are compared by their words.
 */
export function namesCompared(a: Comparable, b: Comparable): boolean {
  return disjoint(a.languages, b.languages) || !(writtenWithoutCapitals(a.languages) && writtenWithoutCapitals(b.languages));
}

/**
 * Languages that inflect names: "Putin" is "Путина", "Путину" in Russian, "Merkels" in German, "Tuska" in Polish,
 * "Erdoğan'ın" in Turkish. Between two reports in such languages names are matched as across languages, by stem and
 * sound (`nameIn`), not only as written. Measured on the SemEval pairs with the weights as they were: same-story F1
 * 0.762 -> 0.768 (de-de 0.747 -> 0.770), Pearson 0.663 -> 0.667; English sets unchanged (English was tried too:
 * ECB+ lost precision, 0.908 -> 0.901).
 */
const NAME_INFLECTING_LANGUAGES: ReadonlySet<string> = new Set([
  'de', 'pl', 'ru', 'uk', 'be', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'lt', 'lv', 'fi', 'et', 'hu', 'tr', 'el', 'ro', 'is',
]);

const isNameInflecting = (language: string): boolean => NAME_INFLECTING_LANGUAGES.has(language);
const inflectsNames = (languages: ReadonlySet<string>): boolean => allLanguages(languages, isNameInflecting);

/** Whether names are matched by stem and sound rather than as written: across languages, or within one that inflects them. */
export function namesMatchLoosely(a: Comparable, b: Comparable): boolean {
  return disjoint(a.languages, b.languages) || (inflectsNames(a.languages) && inflectsNames(b.languages));
}

export function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const language of a) if (b.has(language)) return false;
  return true;
}
