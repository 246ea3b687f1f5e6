// ELD's model and text tables, loaded from the eld package's own files: its exports offer detect() only, and
// language.ts runs the same scoring faster. The extra-small model is the one ELD's 'eld/extrasmall' entry loads.
type EldNgramsData = {
  readonly type: string;
  readonly languages: Readonly<Record<number, string>>;
  /** n-gram (UTF-8 bytes as ELD's dictionary characters) → language index → score above ELD's base score. */
  readonly ngrams: Readonly<Record<string, Readonly<Record<number, number>>>>;
};

export type EldModule = {
  readonly ngramsData: EldNgramsData;
  /** Byte value → the character ELD writes for it. */
  readonly dictionary: readonly string[];
  /** ELD's word-separator pattern (runs of non-letters, apostrophes inside words kept). */
  readonly separators: RegExp;
};

const ELD_ENTRY = import.meta.resolve('eld/extrasmall');
const eldFile = (path: string): string => new URL(path, ELD_ENTRY).href;

const [ngrams, dictionary, patterns] = await Promise.all([
  import(eldFile('../ngrams/extrasmall.js')) as Promise<{ ngramsData: EldNgramsData }>,
  import(eldFile('../dictionary.js')) as Promise<{ dictionary: string[] }>,
  import(eldFile('../regexPatterns.js')) as Promise<{ separators: RegExp }>,
]);

export const eldModule: EldModule = { ngramsData: ngrams.ngramsData, dictionary: dictionary.dictionary, separators: patterns.separators };
