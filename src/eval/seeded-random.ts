// Seeded randomness: the same seed gives the same numbers on every machine, so shuffled evaluation orders, generated
// benchmark corpora and randomised tests are reproducible.

/**
 * mulberry32: numbers in [0, 1) fixed by `seed`; a 32-bit generator, plenty for ordering a few thousand records or
 * making seeded choices (a library would add nothing here).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The items in a random order fixed by `seed` (Fisher–Yates); the input is left as it is. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}
