// Key → ids of the texts indexed under it. Most fingerprint keys belong to a single text, so a lone id is held as
// itself rather than in a one-element array (tens of bytes per key, over a million keys for 20,000 texts).
//
// A key shared by very many texts holds only the most recent `maxPerKey` of them. Boilerplate that cleaning kept (an
// outlet's sign-off, a stock sentence) puts one shingle in thousands of texts: every new text holding it visited all
// of them, so the cost of an article grew with the index (a corpus of such texts fell from 1,000 to 350 articles a
// second within 4,000), and forgetting the oldest text spliced each long list. The recent texts under a key are the
// ones a new copy is likeliest to come from, and a text is found through its rarer keys too.
import type { ArticleId } from '../model/index.ts';

export type Postings<K> = {
  add(key: K, id: ArticleId): void;
  remove(key: K, id: ArticleId): void;
  /** Calls `visit` with each id under the key, in the order they were added. */
  each(key: K, visit: (id: ArticleId) => void): void;
};

/**
 * 32-bit key → value, in open addressing over a typed array of keys (linear probing; a removal shifts the entries
 * after it back, so there are no tombstones). A Map of the index's over a million fingerprint keys held each
 * key above 2^30 as a heap number and spread an entry over several objects: indexing, finding and forgetting a text's
 * keys (about 120 probes per article) was a third of the dedup stage.
 */
export class KeyTable<V> {
  #keys = new Int32Array(1024);
  #values: Array<V | undefined> = new Array<V | undefined>(1024).fill(undefined);
  /** 32 − log2(capacity): the top bits of the multiplied key pick its first slot. */
  #shift = 22;
  #size = 0;

  /** The slot holding `key`, or the empty slot where it would go. Keys are taken as int32 (`| 0`: one-to-one on uint32). */
  #slotOf(key: number): number {
    const mask = this.#keys.length - 1;
    let slot = this.#home(key);
    while (this.#values[slot] !== undefined && this.#keys[slot] !== (key | 0)) slot = (slot + 1) & mask;
    return slot;
  }

  #home(key: number): number {
    return Math.imul(key | 0, 0x9e3779b1) >>> this.#shift;
  }

  get(key: number): V | undefined {
    return this.#values[this.#slotOf(key)];
  }

  /** Sets the key's value (never `undefined`, which marks an empty slot). */
  set(key: number, value: V): void {
    const slot = this.#slotOf(key);
    if (this.#values[slot] === undefined) {
      this.#keys[slot] = key | 0;
      this.#size++;
    }
    this.#values[slot] = value;
    if (this.#size * 2 > this.#keys.length) this.#grow();
  }

  delete(key: number): void {
    const mask = this.#keys.length - 1;
    let hole = this.#slotOf(key);
    if (this.#values[hole] === undefined) return;
    this.#values[hole] = undefined;
    this.#size--;
    // Entries after the hole whose probe passed through it move back into it.
    for (let next = (hole + 1) & mask; this.#values[next] !== undefined; next = (next + 1) & mask) {
      if (((next - this.#home(this.#keys[next]!)) & mask) >= ((next - hole) & mask)) {
        this.#keys[hole] = this.#keys[next]!;
        this.#values[hole] = this.#values[next];
        this.#values[next] = undefined;
        hole = next;
      }
    }
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Int32Array(keys.length * 2);
    this.#values = new Array<V | undefined>(keys.length * 2).fill(undefined);
    this.#shift--;
    for (let k = 0; k < keys.length; k++) {
      if (values[k] === undefined) continue;
      const slot = this.#slotOf(keys[k]!);
      this.#keys[slot] = keys[k]!;
      this.#values[slot] = values[k];
    }
  }
}

export function createPostings<K extends number>(maxPerKey = Number.POSITIVE_INFINITY): Postings<K> {
  const map = new KeyTable<ArticleId | ArticleId[]>();
  return {
    add(key, id) {
      const held = map.get(key);
      if (held === undefined) map.set(key, id);
      else if (typeof held === 'string') map.set(key, maxPerKey > 1 ? [held, id] : id);
      else {
        if (held.length >= maxPerKey) held.shift();
        held.push(id);
      }
    },
    remove(key, id) {
      const held = map.get(key);
      if (held === undefined) return;
      if (typeof held === 'string') {
        if (held === id) map.delete(key);
        return;
      }
      const at = held.indexOf(id);
      if (at >= 0) held.splice(at, 1);
      if (held.length === 1) map.set(key, held[0]!);
      else if (held.length === 0) map.delete(key);
    },
    each(key, visit) {
      const held = map.get(key);
      if (held === undefined) return;
      if (typeof held === 'string') visit(held);
      else for (const id of held) visit(id);
    },
  };
}
