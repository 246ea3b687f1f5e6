// The compare stage's settings, in one place, with how each was chosen. Tune them as a set against the seeds,
// the hand-written stories in test/fixtures/compare and the SemEval-2022 dev pairs (`npm run eval:similarity`).

export type CompareConfig = {
  /** Tokens after a closing quote mark searched for "X said" / "said X". */
  readonly attributionWindowTokens: number;
  /** The same when a name set off by a comma follows the quote (an apposition before the verb). */
  readonly appositiveWindowTokens: number;
  /** Sentences looked back through to find who "he" or "she" is. */
  readonly pronounLookbackSentences: number;
  /** Quotes shorter than this (in words) with no speaker are scare quotes or titles, not quotations. */
  readonly minUnattributedQuoteWords: number;
  /** Two quotes are one utterance when this share of the shorter one's content words is in the longer one… */
  readonly quoteContainment: number;
  /** …and they share at least this many content words (so "candid" alone groups with nothing). */
  readonly quoteMinSharedTerms: number;
  /** Sentence alignment: a pair may be "the same statement" at or above this score, when each is the other's best match… */
  readonly alignThreshold: number;
  /** "Each other's best" allows this much less than the best (near-ties: a lede and the quote it paraphrases). */
  readonly alignBestMargin: number;
  /** …and is one at or above this score whatever else matches. */
  readonly alignSureThreshold: number;
  /** Weight of shared words, names and numbers in a sentence-pair score (sum to 1). */
  readonly alignWeights: { readonly terms: number; readonly entities: number; readonly numbers: number };
  /** Terms in more than this share of a story's sentences say nothing about which sentences match; skipped in the index. */
  readonly maxTermSentenceShare: number;
  /** Below this many sentences in a story every term is indexed (the share above is meaningless for tiny stories). */
  readonly minSentencesForPruning: number;
  /** A shared sentence still counts as a unique fact when its new information scores at least this. */
  readonly addedInformationMin: number;
  /** Sentences of fewer words are sign-offs, labels and datelines ("EFE", "Yikes!", "Kaub/Duisburg."), not facts. */
  readonly minFactWords: number;
  /** Unique facts listed per outlet. */
  readonly uniqueFactsPerOutlet: number;
  /** Sentences in the consensus summary. */
  readonly summarySentences: number;
  /** Key terms shown per headline. */
  readonly headlineTerms: number;
};

export const COMPARE_CONFIG: CompareConfig = {
  // "," he told reporters at the Pentagon": the verb is within the first 3 tokens in every seed and test story; 8 leaves room
  // for "Lavrov, the Russian minister, said".
  attributionWindowTokens: 8,
  // After a name set off by a comma the verb may come later: "Charles Lipson, political science professor emeritus at
  // the University of Chicago, told". Searching that far after any quote gave quotes to names in the next clause.
  appositiveWindowTokens: 14,
  // News writers restate the name within a paragraph or two; 6 sentences covers the seeds' "he said" two paragraphs on.
  pronounLookbackSentences: 6,
  minUnattributedQuoteWords: 4,
  // Seed Kerry quotes as printed by RIA and AFP share 0.8–1.0 of the shorter version's stems; different quotes by the
  // same speaker share under 0.3.
  quoteContainment: 0.5,
  quoteMinSharedTerms: 3,
  // Calibrated on the seeds: the paraphrased ledes ("strained bilateral ties" / "a sharp chill in ties") score 0.29, the
  // hockey paraphrase 0.27; topical pairs (same names, different statements) reach 0.28 but are never mutual best matches.
  // Pairs above 0.35 (quotes reworded, summit cancelled) are the same statement even when a better match exists.
  alignThreshold: 0.22,
  alignSureThreshold: 0.35,
  // The seed ledes score 0.32 against a best of 0.33 on one side; topical pairs sit 0.05 or more below their best.
  alignBestMargin: 0.04,
  alignWeights: { terms: 0.6, entities: 0.3, numbers: 0.1 },
  maxTermSentenceShare: 0.3,
  minSentencesForPruning: 40,
  addedInformationMin: 2,
  minFactWords: 3,
  uniqueFactsPerOutlet: 8,
  summarySentences: 3,
  headlineTerms: 5,
};
