// Stories: the articles that tell one event, with why each joined, and the copy links between them.
import type { ArticleId, StoryId } from './ids.ts';

/** The named parts of a match score, each in [0, 1] except `hours` (null when a date is missing). */
export type ScoreParts = {
  readonly body: number;
  readonly title: number;
  readonly entities: number;
  readonly numbers: number;
  readonly hours: number | null;
};

/** Why an article joined a story (or started it): the score, its parts, and what matched. */
export type Explanation = {
  /** Probability-like match score in [0, 1]; 1 for the article that started the story. */
  readonly score: number;
  readonly parts: ScoreParts;
  /** Names both sides mention, most telling first. */
  readonly entities: readonly string[];
  /** Content terms both sides weigh highly, most telling first. */
  readonly terms: readonly string[];
  /** One line for people: "joined because: Kerry, Lavrov, Snowden; body 0.61; 4 h apart". */
  readonly summary: string;
};

export type StoryMember = {
  readonly article_id: ArticleId;
  readonly story_id: StoryId;
  /** Arrival position in the stream; orders members and makes replays deterministic. */
  readonly sequence: number;
  /** Null for the article that started the story. */
  readonly explanation: Explanation | null;
};

export type StorySummary = {
  readonly id: StoryId;
  readonly title: string | null;
  readonly article_count: number;
  readonly sources: readonly string[];
  readonly first_published: string | null;
  readonly last_published: string | null;
  readonly top_entities: readonly string[];
  readonly top_terms: readonly string[];
};

/** A merge of two stories that converged: `absorbed` now lives on inside `into`. */
export type StoryMerge = { readonly absorbed: StoryId; readonly into: StoryId; readonly score: number };

/**
 * A story split off another: `from` had taken in a second event, whose members now make up `into`. `score` is the
 * mean match score between the two groups of members (below the split threshold).
 */
export type StorySplitOff = { readonly from: StoryId; readonly into: StoryId; readonly score: number };

export const ARTICLE_LINK_KINDS = ['duplicate', 'copy'] as const;
export type ArticleLinkKind = (typeof ARTICLE_LINK_KINDS)[number];

/**
 * `from` duplicates (same text) or copies (mostly contains) `to`, the earlier article. `score` is the
 * MinHash similarity for duplicates and the containment of `from` in `to` for copies; `shared` is the share
 * of `from`'s shingles found in `to`, for both kinds (estimated from shingle samples).
 */
export type ArticleLink = {
  readonly from: ArticleId;
  readonly to: ArticleId;
  readonly kind: ArticleLinkKind;
  readonly score: number;
  readonly shared: number;
};
