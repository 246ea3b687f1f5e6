// The analyze stage's settings, in one place, with how each was chosen.

export type AnalyzeConfig = {
  /** Language assumed when the article names none (ISO 639-1), or null to skip stemming and stopwords. */
  readonly defaultLanguage: string | null;
  /** Tokens shorter than this (in characters) are not content terms. */
  readonly minTermLength: number;
  /**
   * English texts: at most this many not-yet-seen names per article are typed (person/place/organisation) by
   * compromise; the rest by cue words. Compromise costs ~1 ms per call (16 ms to tag a whole 1,900-char
   * article, measured on ECB+), so it types names, not texts, and each analyzer remembers the kinds it learnt:
   * names recur across a news stream, so the cost per article falls as the stream goes on. 0 turns it off.
   */
  readonly compromiseNamesPerArticle: number;
  /** How many typed names an analyzer remembers (bounded memory; oldest forgotten first). */
  readonly entityKindCacheSize: number;
  /** Entities are kept when mentioned at least this often, or at least once in the title or lead sentences. */
  readonly minEntityMentions: number;
  /** How many leading sentences count as the lead for `minEntityMentions`. */
  readonly leadSentences: number;
  /** Numbers below this absolute value (1..9, "one of two") say nothing about the event and are dropped. */
  readonly minNumberValue: number;
};

export const DEFAULT_ANALYZE_CONFIG: AnalyzeConfig = {
  defaultLanguage: null,
  // 2 keeps "EU", "UN", "5G" stems; 1-letter tokens are noise in every language tested.
  minTermLength: 2,
  // One name per article (the most mentioned): each call costs ~0.5 ms, half of all analysis time at 3; names
  // recur across a stream, so the cache types the others as they lead later articles. Comparisons type more.
  compromiseNamesPerArticle: 1,
  entityKindCacheSize: 50_000,
  // Single mid-body mentions of a capitalised word are mostly sentence openers and German nouns.
  minEntityMentions: 2,
  leadSentences: 3,
  minNumberValue: 10,
};
