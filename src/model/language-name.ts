// A language's English name for display ("es" → "Spanish"), from ICU. Shared by the CLI's rendering and the web UI
// (it has no Node dependency, so the browser bundle imports it too).

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language tag; the tag itself when ICU does not know it or it is malformed. */
export function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
