// One value per language, built on first use: stemmers, segmenters, word caches (analyze) and sentence openers (clean)
// are each made once per language a stream meets.

/** One value per language (null: none known), built on first use and kept by the returned function. */
export function perLanguage<T>(build: (language: string | null) => T): (language: string | null) => T {
  const built = new Map<string, T>();
  return (language) => {
    const key = language ?? '';
    let value = built.get(key);
    if (value === undefined) {
      value = build(language);
      built.set(key, value);
    }
    return value;
  };
}
