// How several outlets told one story: alignment, unique facts, quotes, framing, summary, pairwise similarity.
// Field names match the public JSON of `parallax compare --json`.
import type { ArticleId } from './ids.ts';
import type { Dateline } from './article.ts';
import type { ArticleLinkKind } from './story.ts';

/** One compared article with the provenance a reader needs. `label` names it in text output (outlet, else agency, else id). */
export type ComparedArticle = {
  readonly id: ArticleId;
  readonly source: string | null;
  readonly label: string;
  readonly title: string | null;
  readonly published_at: string | null;
  readonly dateline: Dateline | null;
  readonly agencies: readonly string[];
  readonly word_count: number;
  /** The same outlet's articles with this one's text, compared as this one (the page stored twice). */
  readonly copies: readonly ArticleId[];
};

/** Copy or containment between two compared articles: `from` reuses `shared` of its text from `to`. */
export type ComparisonLink = {
  readonly from: ArticleId;
  readonly to: ArticleId;
  readonly kind: ArticleLinkKind;
  readonly score: number;
  readonly shared: number;
  /**
   * Whether the publication dates confirm that `to` came first (`from` copied it); false when the direction is only the
   * order the articles arrived in (dates missing, or a date without a time on the other's day).
   */
  readonly dated: boolean;
};

export type Counterpart = { readonly article_id: ArticleId; readonly index: number; readonly score: number };

export const SENTENCE_STATUSES = ['shared', 'unique'] as const;
export type SentenceStatus = (typeof SENTENCE_STATUSES)[number];

export type AlignedSentence = {
  readonly article_id: ArticleId;
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
  readonly status: SentenceStatus;
  /** The best-matching sentence of each other article that says the same thing, best first. */
  readonly counterparts: readonly Counterpart[];
};

/**
 * A sentence carrying information no other outlet gives: a unique sentence, or a shared one that adds names,
 * numbers or terms its counterparts lack (`status` tells which).
 */
export type UniqueFact = {
  readonly article_id: ArticleId;
  readonly index: number;
  readonly text: string;
  readonly status: SentenceStatus;
  /** How much new information it carries (new entities, numbers and places weigh most). */
  readonly score: number;
  readonly entities: readonly string[];
  readonly places: readonly string[];
  readonly numbers: readonly string[];
  /** Content words no other outlet uses, as written. */
  readonly terms: readonly string[];
};

export type OutletUniqueFacts = {
  readonly article_id: ArticleId;
  readonly source: string;
  /**
   * The article's language when no other article of the story is in it: its sentences meet the others' only through
   * shared names and numbers (words never match across languages), so "only in this outlet" is a weaker claim.
   */
  readonly only_language: string | null;
  readonly facts: readonly UniqueFact[];
};

export type QuoteVariant = {
  readonly article_id: ArticleId;
  readonly source: string;
  /** The article's language, where known: a group may hold a remark and its translation. */
  readonly language: string | null;
  readonly text: string;
  /** The speaker this article attributes it to, resolved to a full name where possible; null when unattributed. */
  readonly speaker: string | null;
  /** Where the speaker works or what they are, as this article writes it beside the name ("Orin University"); null when it does not. */
  readonly speaker_affiliation: string | null;
  readonly paragraph: number;
  readonly sentence: number;
  /** A few quoted words inside a sentence rather than a whole quoted statement. */
  readonly partial: boolean;
};

export type DiffOp = 'equal' | 'insert' | 'delete';
export type DiffPart = { readonly op: DiffOp; readonly text: string };

/** Word-level differences from variant `base` to variant `other` (indices into `variants`). */
export type QuoteDiff = { readonly base: number; readonly other: number; readonly parts: readonly DiffPart[] };

export type QuoteGroup = {
  readonly speaker: string | null;
  readonly variants: readonly QuoteVariant[];
  /** Outlets (labels) that carry the quote. */
  readonly sources: readonly string[];
  /** True when only one outlet carries it. */
  readonly single_source: boolean;
  /** Word differences from the fullest variant to the first variant another outlet printed (empty for one outlet). */
  readonly diff: readonly DiffPart[];
  /** Word differences from the fullest variant to every variant of another article. */
  readonly diffs: readonly QuoteDiff[];
};

export type ReportedSpeech = {
  readonly article_id: ArticleId;
  readonly source: string;
  readonly speaker: string;
  readonly index: number;
  readonly text: string;
};

export type Headline = {
  readonly article_id: ArticleId;
  readonly source: string;
  readonly title: string | null;
  /** Names the headline puts forward. */
  readonly entities: readonly string[];
  /** Its key words (content words as written), most telling first. */
  readonly terms: readonly string[];
};

/** What one outlet mentions that no other does. */
export type Emphasis = { readonly article_id: ArticleId; readonly source: string; readonly entities: readonly string[] };

export type SummarySentence = {
  readonly article_id: ArticleId;
  readonly index: number;
  readonly text: string;
  /** How many outlets say it (this one included). */
  readonly support: number;
};

export const SIMILARITY_DIMENSIONS = ['entities', 'places', 'time', 'narrative', 'style', 'tone'] as const;
export type SimilarityDimension = (typeof SIMILARITY_DIMENSIONS)[number];

/** The evidence behind a pair's scores, one short record per dimension. */
export type SimilarityEvidence = {
  readonly overall: string;
  readonly entities: { readonly shared: readonly string[]; readonly only_a: readonly string[]; readonly only_b: readonly string[] };
  readonly places: { readonly shared: readonly string[]; readonly only_a: readonly string[]; readonly only_b: readonly string[] };
  readonly time: { readonly shared_dates: readonly string[]; readonly hours_apart: number | null };
  readonly narrative: {
    /** TF-IDF cosine of stems (0 across languages). */
    readonly term_cosine: number;
    /** Cosine of character 4-grams (comparable across languages through names and cognates). */
    readonly text_cosine: number;
    /** Share of both articles' sentences aligned with a sentence of the other. */
    readonly aligned_share: number;
    readonly shared_terms: readonly string[];
    readonly numbers: readonly string[];
  };
  readonly style: { readonly words: readonly [number, number]; readonly sentence_words: readonly [number, number]; readonly quote_share: readonly [number, number] };
  readonly tone: { readonly emphasis: readonly [number, number]; readonly quote_share: readonly [number, number] };
};

/** Scores in [0, 1], 1 = the same. */
export type SimilarityScores = { readonly overall: number } & { readonly [D in SimilarityDimension]: number };

export type PairSimilarity = SimilarityScores & {
  readonly a: ArticleId;
  readonly b: ArticleId;
  readonly evidence: SimilarityEvidence;
};

export type Comparison = {
  readonly articles: readonly ComparedArticle[];
  /** The article that reported first, when dates (or copy links) tell. */
  readonly first_report: ArticleId | null;
  readonly links: readonly ComparisonLink[];
  readonly sentences: readonly AlignedSentence[];
  readonly unique: readonly OutletUniqueFacts[];
  readonly quotes: readonly QuoteGroup[];
  readonly reported_speech: readonly ReportedSpeech[];
  readonly headlines: readonly Headline[];
  readonly emphasis: readonly Emphasis[];
  readonly summary: readonly SummarySentence[];
  readonly similarity: readonly PairSimilarity[];
};
