// A foreign name as Chinese, Japanese or Korean write it, and the same name in Latin letters: "比利亚努埃瓦" is
// Villanueva, "基斯佩" Quispe, "拉夫罗夫" Lavrov, "ビリャヌエバ" Villanueva. These scripts spell a foreign name by its
// sounds, a syllable per character, so the Latin spelling any-ascii gives ("BiLiYaNuAiWa") shares almost no letters
// and no Double Metaphone code with the original (name-match.ts). What survives transliteration is the order of the
// name's consonants, heard coarsely: b, p, f, v and w are one sound; l and r one (Chinese writes r as l, or as the
// syllable 尔 "er"); m and n one (a syllable ends in n or ng before a consonant it cannot write); s, z, sh and soft c
// one; k, g, hard c, q, j, ch and h one (Spanish j and Chinese h are both the breathy k). Vowels, and the vowels
// transliteration adds between consonants ("Trump" is 特朗普 te-lang-pu), say nothing. A name's skeleton is the run
// of those classes, repeats merged; two names are one when their skeletons are the same, or, from three classes on,
// one class apart (a consonant dropped or heard otherwise: "Merkel" MLKL, 默克尔 mo-ke-er MKL).
import anyAscii from 'any-ascii';

/** Sound classes: P labial, T dental stop, K velar or affricate, S sibilant, L liquid, N nasal. */
type SoundClass = 'P' | 'T' | 'K' | 'S' | 'L' | 'N';

/** Pinyin initials, longest first, and the class each stands for in a transliterated name. */
const PINYIN_INITIALS: ReadonlyArray<readonly [string, SoundClass | null]> = [
  ['zh', 'K'], ['ch', 'K'], ['sh', 'S'],
  ['b', 'P'], ['p', 'P'], ['f', 'P'], ['w', 'P'], ['m', 'N'], ['n', 'N'], ['d', 'T'], ['t', 'T'], ['l', 'L'], ['r', 'L'],
  ['g', 'K'], ['k', 'K'], ['h', 'K'], ['j', 'K'], ['q', 'K'], ['x', 'S'], ['z', 'S'], ['c', 'S'], ['s', 'S'], ['y', null],
];

/** The skeleton of one pinyin syllable ("bi", "lang", "er"): its initial's class, and N for a nasal ending. */
function pinyinSyllableSkeleton(syllable: string): SoundClass[] {
  // 尔 "er" (and 儿) writes a name's r.
  if (syllable === 'er') return ['L'];
  const initial = PINYIN_INITIALS.find(([letters]) => syllable.startsWith(letters));
  const classes: SoundClass[] = initial?.[1] ? [initial[1]] : [];
  if (/n$|ng$/.test(syllable) && syllable.length > (initial?.[0].length ?? 0) + 1) classes.push('N');
  return classes;
}

/**
 * The Latin letters (and letter pairs) of a name, longest first, and the classes they sound as: "ph" is f, "th" t,
 * "x" ks; vowels, y, a w or h before a consonant, none.
 */
const LATIN_LETTERS: ReadonlyArray<readonly [RegExp, readonly SoundClass[]]> = [
  [/^sch/, ['S']], [/^(?:sh|zh|ts|tz)/, ['S']], [/^(?:ch|ck|kh|gh|qu|gu(?=[ei]))/, ['K']], [/^ph/, ['P']], [/^th/, ['T']],
  [/^c(?=[eiy])/, ['S']], [/^x/, ['K', 'S']], [/^w(?=[aeiouy])/, ['P']], [/^w/, []], [/^h(?![aeiouy])/, []],
  [/^[bpfv]/, ['P']], [/^[dt]/, ['T']], [/^[kgcqjh]/, ['K']], [/^[sz]/, ['S']], [/^[lr]/, ['L']], [/^[mn]/, ['N']], [/^[aeiouy]/, []],
];

/** The skeleton of a name written in Latin letters (lower case, without diacritics). */
export function latinSkeleton(word: string): string {
  const classes: SoundClass[] = [];
  let rest = word.replace(/[^a-z]/g, '');
  while (rest.length > 0) {
    const [pattern, sounds] = LATIN_LETTERS.find(([letters]) => letters.test(rest)) ?? [/^./, []];
    classes.push(...sounds);
    rest = rest.slice(pattern.exec(rest)![0].length);
  }
  return merged(classes);
}

/** A run of one class is one consonant as heard ("ll", "ck", "ns" is not a run: N then S). */
function merged(classes: readonly SoundClass[]): string {
  let out = '';
  for (const sound of classes) if (out[out.length - 1] !== sound) out += sound;
  return out;
}

const HAN = /\p{Script=Han}/u;

/**
 * The skeleton of a name in a script without capitals: Han by the pinyin of each character (any-ascii writes each
 * syllable capitalised: "BiLiYaNuAiWa"), kana and hangul by their romanisation, read as Latin letters.
 */
export function writtenSkeleton(name: string): string {
  if (!HAN.test(name)) return latinSkeleton(anyAscii(name).toLowerCase());
  const syllables = anyAscii(name).split(/(?=[A-Z])/u).map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter((s) => s !== '');
  return merged(syllables.flatMap(pinyinSyllableSkeleton));
}

/**
 * Skeletons this long may differ by one class and still be one name, when they open alike. Measured on 70 written
 * forms of 55 names in Chinese, Japanese and Korean (transliterated-names.test.ts), each against the other 54 names:
 * with an edit allowed from three classes on, 61 found and 88 of 3,780 wrong pairs matched; from four, 56 and 30; from
 * four with the same first class, 56 and 22. A quote's speaker is matched only when one Latin name fits.
 */
const MIN_CLASSES_FOR_AN_EDIT = 4;

/** Whether two skeletons are one name: the same, or one class apart when both are long (`MIN_CLASSES_FOR_AN_EDIT`). */
export function sameSkeleton(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= MIN_CLASSES_FOR_AN_EDIT && a[0] === b[0] && Math.abs(a.length - b.length) <= 1 && withinOneEdit(a, b);
}

function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Past the first difference the rest must agree after one substitution (same lengths) or one insertion.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** Whether a name written in a script without capitals ("比利亚努埃瓦") is a Latin-letter name ("villanueva"). */
export function sameTransliteratedName(written: string, latin: string): boolean {
  return sameSkeleton(writtenSkeleton(written), latinSkeleton(latin));
}
