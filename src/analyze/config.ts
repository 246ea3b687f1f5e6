// The analyze stage's settings, in one place, with how each was chosen.

export type AnalyzeConfig = {
  /** Language assumed when the article names none (ISO 639-1), or null to skip stemming and stopwords. */
  readonly defaultLanguage: string | null;
  /** Tokens shorter than this (in characters) are not content terms. */
  readonly minTermLength: number;
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
  // Single mid-body mentions of a capitalised word are mostly sentence openers and German nouns.
  minEntityMentions: 2,
  leadSentences: 3,
  minNumberValue: 10,
};
