// Small measurements of a line of text shared by the cleaners: words, sentence shape, writing system.

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) n++;
  // Scripts written without spaces count a word per two characters, the usual rough equivalent.
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
  return cjk ? n + Math.ceil(cjk / 2) : n;
}

/** Ends like a sentence: terminal punctuation, possibly followed by a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]]*\s*$/u.test(text) || /["”»]\s*$/u.test(text) && /[.!?,]["”»]\s*$/u.test(text);
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'other';

const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
];

/** Letter counts per writing system. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text.match(/\p{L}/gu) ?? []) {
    const script = SCRIPT_TESTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

export function dominantScript(text: string): Script | null {
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, count] of scriptCounts(text)) if (count > bestCount) [best, bestCount] = [script, count];
  return best;
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t ]+/g, ' ').trim();
}

/** Lower-case word multiset key used to recognise a paragraph repeated with small differences. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of a's words that also occur in b. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}
