// The dedup stage's settings, in one place, with how each was chosen.

export type DedupConfig = {
  /** Words per shingle. 5 is the usual choice for news: short enough to survive light edits, long enough to be rare. */
  readonly shingleWords: number;
  /** MinHash signature length = bands × rows. */
  readonly bands: number;
  readonly rows: number;
  /** Estimated Jaccard at or above which two texts are near duplicates. */
  readonly duplicateJaccard: number;
  /**
   * Shingles whose hash is ≡ 0 mod this are kept as a text's fingerprint (consistent sampling): containment
   * is estimated on them, and they index the texts for copy candidates, in bounded memory.
   */
  readonly sampleModulus: number;
  /** A later text sharing at least this share of its (or the earlier text's) fingerprint is a copy. */
  readonly copyContainment: number;
  /** Fewer shared fingerprint shingles than this is chance, not copying. */
  readonly minSharedSamples: number;
  /** Texts with fewer shingles than this are too short to call copies (datelines, captions). */
  readonly minShingles: number;
  /** Texts remembered for matching (oldest forgotten first), bounding memory in a long stream. */
  readonly maxIndexed: number;
  /** At most this many links per article, strongest first. */
  readonly maxLinks: number;
  /** A band key or fingerprint shingle shared by more recent texts than this keeps only the latest of them (see postings.ts). */
  readonly maxTextsPerKey: number;
};

export const DEFAULT_DEDUP_CONFIG: DedupConfig = {
  shingleWords: 5,
  // 16 bands × 4 rows puts the LSH S-curve's midpoint near Jaccard 0.5: near duplicates (≥ 0.8) are found
  // with probability > 0.9998 while unrelated texts rarely collide; 64 slots halve the hashing cost of 128.
  bands: 16,
  rows: 4,
  // Wire copies with a changed headline/dateline measure 0.85–0.98 on the seeds' agencies; rewrites stay < 0.5.
  duplicateJaccard: 0.8,
  // 1 in 4 shingles: ~60 fingerprints for a 250-word article, ~125 for 500 words. At 1 in 8 a short report kept too
  // few for containment (ECB+ reports of 70-250 words: 6-30), so independent same-story reports sharing a third of
  // their text measured 0.6-0.86 (npm run eval:dedup: ECB+ link precision 0.971 -> 0.996, same-story pairs linked
  // 7.7 -> 1 over three seeds; its own wire copies found 0.936 -> 0.972), for ~22 MB more at 20,000 texts.
  sampleModulus: 4,
  // "Mostly contained": the two independent seed reports (same quotes, different agencies) share < 0.2.
  copyContainment: 0.6,
  minSharedSamples: 4,
  minShingles: 20,
  // Wire copies run within hours to a few days of each other; 20,000 texts is about a day of a large feed and
  // keeps the fingerprint index near 150 MB (100,000 measured ~700 MB in bench/cluster.ts; 1-in-4 samples added ~22 MB).
  maxIndexed: 20_000,
  maxLinks: 5,
  // Far above what a story's copies share in the labeled sets (at most a few dozen texts per key), and at a few
  // hundred visits per key an article's cost stays flat however much boilerplate the stream repeats.
  maxTextsPerKey: 256,
};
