// A declared language as the code the analysis keys its stemmers and stopwords by: "en-GB", "EN", "eng" and
// "English" are all "en". Exports give languages every way: BCP 47 tags, ISO 639-2/3 codes (Event Registry's "eng"),
// names (webz.io's "english").

/** The ISO 639-1 code where there is one ("eng" → "en", "ger" → "de"), else the 639-2/3 code; null for no language. */
export function normaliseLanguageTag(tag: string | undefined | null): string | null {
  const trimmed = tag?.trim();
  if (!trimmed) return null;
  const primary = trimmed.split(/[-_,;\s]/)[0]!;
  if (!/^[a-z]{2,3}$/i.test(primary)) return languageOfName(trimmed) ?? null;
  // A two-letter code is kept as given: ICU would also rewrite some (Tagalog's "tl" as "fil"), which the stemmer and
  // stopword tables do not know. A three-letter one is ICU's canonical language ("deu", "ger" → "de"; "hbs" → "sr").
  if (primary.length === 2) return primary.toLowerCase();
  const code = Intl.getCanonicalLocales(primary)[0]!.split('-')[0]!.toLowerCase();
  return code === 'und' || code === 'zxx' || code === 'mul' ? null : code;
}

let codeByName: Map<string, string> | undefined;

/** A language name in English or in the language itself ("german", "Deutsch", "español") → its code. */
function languageOfName(name: string): string | undefined {
  codeByName ??= languageNames();
  return codeByName.get(name.toLowerCase());
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function languageNames(): Map<string, string> {
  const names = new Map<string, string>();
  const english = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      const name = english.of(code);
      if (name === undefined) continue;
      names.set(name.toLowerCase(), code);
      const own = new Intl.DisplayNames(code, { type: 'language', fallback: 'none' }).of(code);
      if (own !== undefined && !names.has(own.toLowerCase())) names.set(own.toLowerCase(), code);
    }
  }
  return names;
}
