// The cosines between every pair of a story's articles, per kind of vector. Instead of merging two sorted vectors
// per pair, one article's vector is scattered into a dense array over the story's keys and every later article's
// vector is read against it: one array read per entry, no branches, for the n² / 2 pairs of a large story.
import type { SparseVector } from './sparse.ts';
import { sparseDot } from './sparse.ts';

/** The vectors a pair's evidence compares, one per kind. */
export const VECTOR_KINDS = ['body', 'lead', 'title', 'names', 'terms', 'entities', 'places', 'numbers'] as const;
export type VectorKind = (typeof VECTOR_KINDS)[number];
export type PairDots = Readonly<Record<VectorKind, number>>;
export type ArticleVectors = Readonly<Record<VectorKind, SparseVector>>;

export function pairDots(a: ArticleVectors, b: ArticleVectors): PairDots {
  const dots = {} as Record<VectorKind, number>;
  for (const kind of VECTOR_KINDS) dots[kind] = sparseDot(a[kind], b[kind]);
  return dots;
}

/** All pairwise dots of a story's articles; `(i, j)` with i < j reads them. */
export function storyDots(articles: readonly ArticleVectors[]): (i: number, j: number) => PairDots {
  const n = articles.length;
  const results = new Map<VectorKind, Float64Array>();
  for (const kind of VECTOR_KINDS) {
    // Story-local dense ids for this kind's keys.
    const localOf = new Map<number, number>();
    const locals = articles.map((vectors) => {
      const ids = vectors[kind].ids;
      const local = new Int32Array(ids.length);
      for (let k = 0; k < ids.length; k++) {
        let id = localOf.get(ids[k]!);
        if (id === undefined) {
          id = localOf.size;
          localOf.set(ids[k]!, id);
        }
        local[k] = id;
      }
      return local;
    });
    const dense = new Float64Array(localOf.size);
    const dots = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const ids = locals[i]!;
      const values = articles[i]![kind].values;
      for (let k = 0; k < ids.length; k++) dense[ids[k]!] = values[k]!;
      for (let j = i + 1; j < n; j++) {
        const otherIds = locals[j]!;
        const otherValues = articles[j]![kind].values;
        let sum = 0;
        for (let k = 0; k < otherIds.length; k++) sum += dense[otherIds[k]!]! * otherValues[k]!;
        dots[i * n + j] = sum;
      }
      for (let k = 0; k < ids.length; k++) dense[ids[k]!] = 0;
    }
    results.set(kind, dots);
  }
  return (i, j) => {
    const dots = {} as Record<VectorKind, number>;
    for (const kind of VECTOR_KINDS) dots[kind] = results.get(kind)![i * n + j]!;
    return dots;
  };
}
