// Normalisation shared by terms and entity keys: lower case, NFKD without combining marks, unified apostrophes.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PLAIN_ASCII = /^[\x00-\x7f]*$/u;
const APOSTROPHES = /[’‘`´]/g;

/** Lower-cased, NFC, apostrophes unified: the form stemmers expect. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
}

/** Lower-cased with diacritics removed: a key that matches across spellings ("Müller" = "Muller"). */
export function foldDiacritics(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(APOSTROPHES, "'");
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, "'").replace(/ß/g, 'ss');
}

/** Strips an English/German possessive ending ("Kerry's" → "Kerry"). */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}
