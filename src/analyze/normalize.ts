// Normalisation shared by terms and entity keys: lower case, NFKD without combining marks, unified apostrophes,
// and other scripts spelled in Latin letters so keys meet across scripts.
import anyAscii from 'any-ascii';
import type { LanguageTools } from './language.ts';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PLAIN_ASCII = /^[\x00-\x7f]*$/u;
const APOSTROPHES = /[’‘`´]/g;
const DIGITS_ONLY = /^[\d.,]+$/u;

/** Lower-cased, NFC, apostrophes unified: the form stemmers expect. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
}

/** Lower-cased with diacritics removed: a key that matches across spellings ("Müller" = "Muller"). */
export function foldDiacritics(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(APOSTROPHES, "'");
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, "'").replace(/ß/g, 'ss');
}

/**
 * `foldDiacritics`, and words of any other script spelled in Latin letters ("Лавров" → "lavrov", "北京" → "beijing",
 * "Łódź" → "lodz"): the key of terms, names and character grams, so that a Russian or Chinese report shares its
 * names (and, through pinyin, many words) with an English one. Transliteration is any-ascii's table, one spelling
 * per character; "Керри" → "kerri" still meets "kerry" through character grams. Not for matching stopword or
 * month lists, which are written in their own script.
 */
export function latinFold(text: string): string {
  const folded = foldDiacritics(text);
  return PLAIN_ASCII.test(folded) ? folded : anyAscii(text.normalize('NFC')).toLowerCase();
}

/** Strips an English/German possessive ending ("Kerry's" → "Kerry"). */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

/** A word's content term, as sentences, titles and snippets all key it: normalised, stemmed, Latin-folded; null for stopwords, numbers and short words. */
export function termOfWord(word: string, tools: LanguageTools, minTermLength: number): string | null {
  return termOfNormalizedWord(normalizeWord(word), tools, minTermLength);
}

/** `termOfWord` of a word already normalised (`normalizeWord`): the term depends on that form alone. */
export function termOfNormalizedWord(normalized: string, tools: LanguageTools, minTermLength: number): string | null {
  if (normalized.length < minTermLength || DIGITS_ONLY.test(normalized) || tools.stopwords.has(normalized)) return null;
  return latinFold(tools.stem === null ? normalized : tools.stem(normalized));
}
