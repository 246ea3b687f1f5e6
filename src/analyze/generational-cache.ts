// A memo that forgets what a stream has stopped using: two generations of at most `limit` entries each. Entries are
// added to the young generation; a hit in the old one is copied back into the young; when the young generation is
// full it becomes the old one and the previous old one is dropped. A language's common words stay (they are hit in
// every generation); one-off words (names of last month's events) leave after two generations. Memory stays below
// two generations, where a cache that is emptied when full also throws away every common word at once.
export class GenerationalCache<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();

  constructor(readonly limit: number) {}

  /** The cached value (never `undefined`: the cache does not hold undefined values). */
  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.#young.size >= this.limit) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }

  /** Entries held in both generations (a key may be counted twice). */
  get size(): number {
    return this.#young.size + this.#old.size;
  }

  clear(): void {
    this.#young = new Map();
    this.#old = new Map();
  }
}
