// Sparse vectors keyed by 32-bit hashes, sorted by key: a dot product is one merge over two typed arrays instead of
// a string-keyed hash lookup per entry, which is what makes n² / 2 article pairs of a large story affordable.

export type SparseVector = {
  /** Hashed keys, ascending, distinct. */
  readonly ids: Int32Array;
  /** Weights, L2-normalised unless built with `normalize: false`. */
  readonly values: Float64Array;
};

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), values: new Float64Array(0) };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: stable across runs, so vectors of different articles share key space. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let hash = seed | 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash;
}

/** `hashString` of the code units `codes[start, end)`, for callers that hold code units rather than a string. */
export function hashCodes(codes: Uint16Array, start: number, end: number): number {
  let hash = FNV_OFFSET | 0;
  for (let i = start; i < end; i++) {
    hash ^= codes[i]!;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash;
}

/** Key → weight counts (hashed keys may collide; colliding weights add, which a cosine barely notices). */
export function sparseFromCounts(counts: ReadonlyMap<number, number>, normalize = true): SparseVector {
  const ids = Int32Array.from(counts.keys()).sort();
  const values = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const value = counts.get(ids[k]!) ?? 0;
    values[k] = value;
    norm += value * value;
  }
  if (normalize && norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let k = 0; k < values.length; k++) values[k]! *= scale;
  }
  return { ids, values };
}

export function sparseDot(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) sum += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
