// Small measurements of a line of text shared by the cleaners: words, sentence shape, writing system.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Characters of scripts written without spaces between words (Thai, Lao, Burmese, Khmer, kana, Han), as BMP ranges: a
 * plain class V8 scans fast, where a Unicode script class run over every sentence cost analysis 4%.
 */
const UNSPACED_RANGES = '\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF66-\\uFF9F';
const UNSPACED_CHAR = new RegExp(`[${UNSPACED_RANGES}]`);
/** One character of such a script, or a run of anything else. */
const UNSPACED_PIECE = new RegExp(`[${UNSPACED_RANGES}]|[^${UNSPACED_RANGES}]+`, 'g');

/** Whether a text holds any letter of a script written without spaces (its "words" are then clauses). */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_CHAR.test(text);
}

/** A text cut into its unspaced-script characters, one by one, and the runs of other characters between them. */
export function unspacedPieces(text: string): string[] {
  return text.match(UNSPACED_PIECE) ?? [];
}

/**
 * Words: runs of letters and digits (with inner apostrophes, dots and hyphens). A hand loop with an ASCII
 * fast path, because this runs on every line of every page and a Unicode regex match was a hot spot.
 * Scripts written without spaces count a word per two characters, the usual rough equivalent.
 */
export function countWords(text: string): number {
  let words = 0;
  let spaceless = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let wordChar: boolean;
    if (c < 128) wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else {
      const ch = text[i]!;
      wordChar = LETTER_OR_DIGIT.test(ch);
      if (wordChar && c >= 0x0e00 && SPACELESS_SCRIPT.test(ch)) spaceless++;
    }
    if (wordChar) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && isInsideWordMark(c))) inWord = false;
  }
  return spaceless ? words + Math.ceil(spaceless / 2) : words;
}

/** Apostrophes, dots and hyphens continue a word ("don't", "U.S.", "e-mail"). */
const isInsideWordMark = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;

/** Ends like a sentence: terminal punctuation, possibly followed by a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]]*\s*$/u.test(text) || /["”»]\s*$/u.test(text) && /[.!?,]["”»]\s*$/u.test(text);
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'other';

/**
 * The writing system of a letter by code point range (a range test per letter: this runs over every page).
 * Letters outside these blocks are "other".
 */
function scriptOf(code: number): Script {
  if (code < 0x0250 || (code >= 0x1e00 && code < 0x1f00)) return 'latin';
  if (code >= 0x0370 && code < 0x0400) return 'greek';
  if ((code >= 0x0400 && code < 0x0530) || (code >= 0x1c80 && code < 0x1c90) || (code >= 0x2de0 && code < 0x2e00) || (code >= 0xa640 && code < 0xa6a0)) return 'cyrillic';
  if (code >= 0x0590 && code < 0x0600) return 'hebrew';
  if ((code >= 0x0600 && code < 0x0780) || (code >= 0x08a0 && code < 0x0900) || (code >= 0xfb50 && code < 0xfe00) || (code >= 0xfe70 && code < 0xff00)) return 'arabic';
  if ((code >= 0x1100 && code < 0x1200) || (code >= 0x2e80 && code < 0xa000) || (code >= 0xac00 && code < 0xd7b0) || (code >= 0xf900 && code < 0xfb00) || (code >= 0x20000 && code < 0x30000)) return 'cjk';
  if ((code >= 0xff00 && code < 0xffa0) || (code >= 0xfb00 && code < 0xfb50)) return 'latin';
  return 'other';
}

const LETTER = /\p{L}/u;

/** Letter counts per writing system. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  let asciiLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) asciiLetters++;
      continue;
    }
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (!LETTER.test(String.fromCodePoint(code))) continue;
    const script = scriptOf(code);
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (asciiLetters > 0) counts.set('latin', (counts.get('latin') ?? 0) + asciiLetters);
  return counts;
}

export function dominantScript(text: string): Script | null {
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, count] of scriptCounts(text)) if (count > bestCount) [best, bestCount] = [script, count];
  return best;
}

const UNUSUAL_SPACE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]| {2}/;

export function normaliseWhitespace(text: string): string {
  // Most lines have single plain spaces only: finding that out allocates nothing.
  if (!UNUSUAL_SPACE.test(text)) return text.trim();
  return text.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t ]+/g, ' ').trim();
}

/**
 * A line's distinct lower-case words (runs of letters and digits), to recognise a paragraph repeated with small
 * differences. The same words as matching /[\p{L}\p{N}]+/gu on the lower-cased text, found by a hand loop with an
 * ASCII fast path that adds them to the set directly: the regex match and its array were a hot spot.
 */
export function wordSet(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const width = c >= 0xd800 && c < 0xdc00 && isLowSurrogate(lower.charCodeAt(i + 1)) ? 2 : 1;
    const wordChar = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : LETTER_OR_DIGIT.test(lower.slice(i, i + width));
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.add(lower.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) words.add(lower.slice(start));
  return words;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c < 0xe000;

/** Share of a's words that also occur in b. */
export function containment(a: ReadonlySet<string>, b: Pick<ReadonlySet<string>, 'has'>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/**
 * Whether at least `share` of a's words occur in b. Stops at the first miss too many, so testing a paragraph
 * against every other paragraph of a page (the repeat check) costs little for the pairs that differ.
 */
export function isContainedIn(a: ReadonlySet<string>, b: ReadonlySet<string>, share: number): boolean {
  if (a.size === 0) return false;
  const allowedMisses = a.size * (1 - share);
  let misses = 0;
  for (const w of a) if (!b.has(w) && ++misses > allowedMisses) return false;
  return true;
}
