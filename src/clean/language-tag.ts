// A declared language as the code the analysis keys its stemmers and stopwords by: "en-GB", "EN", "eng" and
// "English" are all "en". Exports give languages every way: BCP 47 tags, ISO 639-2/3 codes (Event Registry's "eng"),
// names (webz.io's "english").

/** The ISO 639-1 code where there is one ("eng" → "en", "ger" → "de"), else the 639-2/3 code; null for no language. */
export function normaliseLanguageTag(tag: string | undefined | null): string | null {
  const trimmed = tag?.trim();
  if (!trimmed) return null;
  const primary = trimmed.split(/[-_,;\s]/)[0]!;
  if (!/^[a-z]{2,3}$/i.test(primary)) return languageOfName(trimmed) ?? null;
  // ICU's canonical form maps the 639-2 and 639-3 codes that have a two-letter code to it ("deu", "ger" → "de").
  const code = Intl.getCanonicalLocales(primary)[0]!.toLowerCase();
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
