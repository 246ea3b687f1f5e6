// Term weighting: document frequencies that grow as articles arrive, TF-IDF vectors, cosine similarity.

/** Sparse vector: term → weight. */
export type TermVector = ReadonlyMap<string, number>;

/** How many documents contain each term; grows with the corpus (never shrinks, so weights stay stable). */
export type DocumentFrequencies = {
  documents: number;
  readonly counts: Map<string, number>;
};

export function createDocumentFrequencies(): DocumentFrequencies {
  return { documents: 0, counts: new Map() };
}

/** Counts one document's distinct terms. */
export function addDocument(frequencies: DocumentFrequencies, terms: Iterable<string>): void {
  frequencies.documents++;
  const seen = new Set(terms);
  for (const term of seen) frequencies.counts.set(term, (frequencies.counts.get(term) ?? 0) + 1);
}

/**
 * Smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: finite for unseen terms and ≥ 1, so an
 * early corpus (N small) degrades to plain term frequency instead of zeroing everything.
 */
export function inverseDocumentFrequency(frequencies: DocumentFrequencies, term: string): number {
  return inverseFrequencyOf(frequencies.documents, frequencies.counts.get(term) ?? 0);
}

/** The same, for a term's document count `df` out of `documents` when the caller already holds it. */
export function inverseFrequencyOf(documents: number, df: number): number {
  return Math.log((documents + 1) / (df + 1)) + 1;
}

/** Sublinear TF (1 + ln tf) × IDF, L2-normalised. */
export function weightTerms(counts: Readonly<Record<string, number>>, frequencies: DocumentFrequencies): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const term in counts) {
    const tf = counts[term] ?? 0;
    if (tf <= 0) continue;
    const weight = (1 + Math.log(tf)) * inverseDocumentFrequency(frequencies, term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  return normalize(vector, Math.sqrt(norm));
}

function normalize(vector: Map<string, number>, norm: number): Map<string, number> {
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** L2-normalises a vector in place and returns it. */
export function normalizeVector(vector: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  return normalize(vector, Math.sqrt(norm));
}

/** Dot product of sparse vectors (of terms or any other keys); equals cosine for normalised vectors. Iterates the smaller one. */
export function dot<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

/** Cosine of two vectors of any length. */
export function cosine(a: TermVector, b: TermVector): number {
  let na = 0;
  let nb = 0;
  for (const weight of a.values()) na += weight * weight;
  for (const weight of b.values()) nb += weight * weight;
  if (na === 0 || nb === 0) return 0;
  return dot(a, b) / Math.sqrt(na * nb);
}
