// The result of reading one HTML page: its metadata and the article's own text blocks.

export type HtmlExtraction = {
  /** The headline, not the site name. */
  title: string | null;
  /** The outlet's name. */
  siteName: string | null;
  /** Canonical URL when the page names one, else the URL the caller fetched. */
  url: string | null;
  /** ISO 8601, keeping the page's own offset so the calendar day is the publisher's. */
  publishedAt: string | null;
  /** Author name(s), without "By", dates or e-mail addresses. */
  byline: string | null;
  /** ISO 639-1 code ("en") from the page's declarations. */
  language: string | null;
  description: string | null;
  /** The article's main text blocks, in order, each once, whitespace-normalised. */
  paragraphs: string[];
};

export type HtmlExtractionOptions = { url?: string };
