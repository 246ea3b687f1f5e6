// Lookup tables keyed by words read from input: without a prototype, so a word such as "constructor" or "toString"
// finds nothing rather than Object's members ("2 constructor titles" was read as NaN titles).
export function dictionary<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
