// One name across languages. Names are keyed in Latin letters (see `latinFold`), but a Russian, Polish or German
// report still spells and inflects them its own way: "lavrova" / "lavrov", "putinym" / "putin", "shoygu" / "shoigu",
// "snouden" / "snowden", "vashington" / "washington". Cross-lingual comparisons count such words as one name;
// within a language names are matched exactly, where "john" and "johnson" are two people.
import { doubleMetaphone } from 'double-metaphone';
import { GenerationalCache } from './generational-cache.ts';

/** A shared start of this many letters, and endings of at most `NAME_ENDING` more, make one (inflected) name. */
const NAME_STEM = 4;
const NAME_ENDING = 3;
/** Sound codes shorter than this ("RS", "KR") match only words that also start with the same letter. */
const DISTINCT_CODE_LENGTH = 3;

/** Double Metaphone codes of name words: names recur from one report to the next, so they are kept a while. */
const soundCodes = new GenerationalCache<string, readonly [string, string]>(20_000);

function soundsOf(word: string): readonly [string, string] {
  let codes = soundCodes.get(word);
  if (codes === undefined) {
    codes = doubleMetaphone(word);
    soundCodes.set(word, codes);
  }
  return codes;
}

/** Letters two words share from their start. */
export function sharedStart(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  let k = 0;
  while (k < n && x.charCodeAt(k) === y.charCodeAt(k)) k++;
  return k;
}

/**
 * Whether two name words of different languages are one name: the same word, the same stem with short endings
 * (inflection), or the same Double Metaphone code (transliteration: the code ignores vowels and folds sh/ch,
 * v/w, k/c), short codes only for words with the same first letter.
 */
export function sameNameAcrossLanguages(x: string, y: string): boolean {
  if (x === y) return true;
  const stem = sharedStart(x, y);
  if (stem >= NAME_STEM && x.length - stem <= NAME_ENDING && y.length - stem <= NAME_ENDING) return true;
  const [xPrimary, xSecondary] = soundsOf(x);
  const [yPrimary, ySecondary] = soundsOf(y);
  const code =
    xPrimary === yPrimary || xPrimary === ySecondary ? xPrimary : xSecondary === yPrimary || xSecondary === ySecondary ? xSecondary : '';
  if (code.length === 0) return false;
  return code.length >= DISTINCT_CODE_LENGTH || stem >= 1;
}

/**
 * A set of names to look words up in across languages (a story's, compared with every candidate article): the word
 * itself, else the first name in the set's order that `sameNameAcrossLanguages` calls the same. Names are bucketed
 * by their first `NAME_STEM` letters and by their sound codes, the only ways two words can be one name, so a lookup
 * tests a few candidates instead of every name.
 */
export class NameIndex {
  readonly #order = new Map<string, number>();
  readonly #byStem = new Map<string, string[]>();
  readonly #bySound = new Map<string, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (this.#order.has(name)) continue;
      this.#order.set(name, this.#order.size);
      if (name.length >= NAME_STEM) push(this.#byStem, name.slice(0, NAME_STEM), name);
      const [primary, secondary] = soundsOf(name);
      if (primary.length > 0) push(this.#bySound, primary, name);
      if (secondary.length > 0 && secondary !== primary) push(this.#bySound, secondary, name);
    }
  }

  find(word: string): string | undefined {
    if (this.#order.has(word)) return word;
    const [primary, secondary] = soundsOf(word);
    let best: string | undefined;
    let bestOrder = Infinity;
    const consider = (candidates: readonly string[] | undefined): void => {
      for (const name of candidates ?? []) {
        const order = this.#order.get(name)!;
        if (order < bestOrder && sameNameAcrossLanguages(name, word)) {
          best = name;
          bestOrder = order;
        }
      }
    };
    if (word.length >= NAME_STEM) consider(this.#byStem.get(word.slice(0, NAME_STEM)));
    consider(this.#bySound.get(primary));
    if (secondary !== primary) consider(this.#bySound.get(secondary));
    return best;
  }
}

function push(buckets: Map<string, string[]>, key: string, name: string): void {
  const bucket = buckets.get(key);
  if (bucket === undefined) buckets.set(key, [name]);
  else bucket.push(name);
}

/**
 * Keys under which names can be found across languages: each word's first `NAME_STEM` letters and its sound codes
 * (those long enough to be selective). Two words that are one name by `sameNameAcrossLanguages` share a key
 * (short-coded pairs aside), so an index over these keys finds a story told in another language.
 */
export function crossLingualNameKeys(words: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const word of words) {
    if (word.length >= NAME_STEM) keys.add(`p:${word.slice(0, NAME_STEM)}`);
    for (const code of soundsOf(word)) if (code.length >= DISTINCT_CODE_LENGTH) keys.add(`s:${code}`);
  }
  return [...keys];
}
