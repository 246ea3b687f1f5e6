// What the analyze stage derives from one cleaned article; stored so later stages and the UI never recompute it.
import type { ArticleId } from './ids.ts';

/** One sentence of the body. Offsets are UTF-16 indices into `Article.text` (end exclusive). */
export type Sentence = {
  /** Index into `Article.paragraphs`. */
  readonly paragraph: number;
  /** Position among all sentences of the article (0-based, document order). */
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Content terms of the sentence (stemmed, stopwords removed), in order; for alignment and overlap. */
  readonly terms: readonly string[];
};

export const ENTITY_KINDS = ['person', 'organization', 'place', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A named thing, merged over its mentions. */
export type Entity = {
  /** The most frequent surface form ("John Kerry"). */
  readonly text: string;
  /** Language-independent match key: lower case, no diacritics, no possessive ("john kerry"). */
  readonly key: string;
  readonly kind: EntityKind;
  readonly count: number;
  /** Index of the first sentence naming it; -1 when only the title does. */
  readonly first_sentence: number;
};

/** A number as written and its value ("1,200" → 1200; "3.5 million" → 3500000). */
export type NumberMention = { readonly text: string; readonly value: number; readonly sentence: number };

/** A date as written and its normalised, possibly partial ISO form ("August 9" → "--08-09"; "2013" → "2013"). */
export type DateMention = { readonly text: string; readonly normalized: string; readonly sentence: number };

export type Analysis = {
  readonly article_id: ArticleId;
  /** The language the analysis used (the article's, else the analyzer's default). */
  readonly language: string | null;
  /** Whether a stemmer existed for the language (otherwise terms are normalised words). */
  readonly stemmed: boolean;
  readonly sentences: readonly Sentence[];
  /** Word-like tokens in the body, stopwords included. */
  readonly word_count: number;
  /** Content-term counts of the body (stems, stopwords removed). */
  readonly terms: Readonly<Record<string, number>>;
  /** Content-term counts of the title. */
  readonly title_terms: Readonly<Record<string, number>>;
  readonly entities: readonly Entity[];
  readonly numbers: readonly NumberMention[];
  readonly dates: readonly DateMention[];
};
