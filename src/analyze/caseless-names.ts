// Names in scripts without capital letters (Chinese, Japanese, Korean, Arabic, Hebrew, Thai, Hindi…): capitals, which
// find names everywhere else (entities.ts), mark nothing there. The names found there are the ones a table gives in
// every language: countries (country-names.ts, from the ICU data Node ships). They are what a Chinese and an English
// report of one event most surely share, after its numbers.
import type { CountryNames } from './country-names.ts';
import type { EntityMention } from './entities.ts';
import type { WordToken } from './segment.ts';

/** Country names run to three words ("المملكة العربية السعودية", "República Democrática del Congo"). */
const MAX_NAME_WORDS = 3;

const CASED = /[\p{Lu}\p{Ll}]/u;
const LETTER = /\p{L}/u;
/** Words of one name are apart by a space, or by nothing in scripts written without spaces. */
const NAME_GAP = /^\s?$/u;

/** A word of letters none of which has a case (Han, Kana, Hangul, Arabic, Hebrew, Thai, Devanagari…). */
export function isCaselessWord(word: string): boolean {
  return LETTER.test(word) && !CASED.test(word);
}

/**
 * Arabic and Hebrew write conjunctions, prepositions and the article as letters joined to the next word: "وإيران"
 * (and Iran), "بالصين" (in China, الصين), "للسعودية" (for Saudi Arabia, السعودية), "בסין" (in China). A name is also
 * looked up without them. Arabic's "ال" stays: the names ICU gives carry it where the language does (اليمن, الصين).
 */
function withoutClitics(word: string): string[] {
  const forms: string[] = [];
  const arabic = /^[وف]?(?:لل|[بكل])?/u.exec(word)![0];
  if (arabic.length > 0) forms.push(arabic.endsWith('لل') ? `ال${word.slice(arabic.length)}` : word.slice(arabic.length));
  const hebrew = /^[ובלמשהכ]{1,2}/u.exec(word)?.[0];
  if (hebrew !== undefined) for (let n = 1; n <= hebrew.length; n++) forms.push(word.slice(n));
  return forms.filter((form) => form.length > 1);
}

/**
 * Countries named in one sentence (or the title, sentence -1) in caseless words, longest name first, each keyed by
 * its English name as capitalised mentions of countries are.
 */
export function findCountryMentions(text: string, words: readonly WordToken[], sentence: number, countries: CountryNames): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let i = 0; i < words.length; ) {
    const found = countryAt(text, words, i, countries);
    if (found === null) {
      i++;
      continue;
    }
    mentions.push({ text: found.text, key: found.key, sentence, initialSingle: false });
    i += found.words;
  }
  return mentions;
}

function countryAt(text: string, words: readonly WordToken[], i: number, countries: CountryNames): { text: string; key: string; words: number } | null {
  const first = words[i]!;
  if (!isCaselessWord(first.text)) return null;
  let end = i;
  while (end + 1 < words.length && end + 1 < i + MAX_NAME_WORDS && isCaselessWord(words[end + 1]!.text) && NAME_GAP.test(text.slice(words[end]!.end, words[end + 1]!.start))) end++;
  for (let last = end; last >= i; last--) {
    const rest = text.slice(first.end, words[last]!.end);
    for (const head of [first.text, ...withoutClitics(first.text)]) {
      const key = countries.caselessKeyOf(head + rest);
      if (key !== undefined) return { text: head + rest, key, words: last - i + 1 };
    }
  }
  return null;
}
