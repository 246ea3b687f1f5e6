// The cleaned article: the record every later stage reads. Field names match the public JSON.
import type { ArticleId, RawId } from './ids.ts';
import type { Origin } from './raw.ts';

/** An opening like `WASHINGTON, August 9 (RIA Novosti) –`. */
export type Dateline = {
  readonly place: string;
  /** The date as printed (often without a year); never completed by guessing. */
  readonly date: string | null;
  readonly agency: string | null;
};

/** A date the page gives only partly (no year): kept as printed, never invented. */
export type PartialDate = { readonly text: string; readonly missing: 'year' };

export type Article = {
  readonly id: ArticleId;
  readonly raw_id: RawId;
  readonly origin: Origin;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  /** ISO 8601 when the full date is known. */
  readonly published_at: string | null;
  readonly partial_date: PartialDate | null;
  readonly dateline: Dateline | null;
  /** Wire services the text credits, normalised ("AFP", "AP", "Reuters", "RIA Novosti"). */
  readonly agencies: readonly string[];
  readonly byline: string | null;
  /** ISO 639-1 code, or null when the text is too short to tell. */
  readonly language: string | null;
  readonly word_count: number;
  readonly paragraphs: readonly string[];
  /** Paragraphs joined by blank lines. */
  readonly text: string;
  readonly extra: Readonly<Record<string, unknown>>;
};

/**
 * `templateSource`: the outlet whose learned template the cleaner consulted (page text only), so the page's lines are
 * recorded under the same outlet; null when nothing named one. `lineHashes`: the page's line hashes to record there
 * (the cleaner hashed its lines to consult the template), null without a template source.
 */
export type CleanResult =
  | {
      readonly ok: true; readonly article: Article; readonly templateSource: string | null; readonly lineHashes: readonly string[] | null;
      /** Given fields the article was stored without, each naming the field and value (see `unreadHints` in the cleaner). */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };
