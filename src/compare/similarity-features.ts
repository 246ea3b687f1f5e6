// The per-article numbers pairwise similarity reads: names, places, numbers, dates, length, quoting, emphasis.
import type { Article } from '../model/article.ts';
import type { Analysis } from '../model/analysis.ts';
import { latinFold } from '../analyze/index.ts';
import { findQuoteSpans } from './quotes/marks.ts';
import { splitConjoined } from './story-view.ts';

export type ArticleFeatures = {
  /** Entity key → mentions (places included). */
  readonly entities: ReadonlyMap<string, number>;
  readonly places: ReadonlyMap<string, number>;
  /** Entity key → display name. */
  readonly names: ReadonlyMap<string, string>;
  /** Number value → mentions. */
  readonly numbers: ReadonlyMap<string, number>;
  /** Normalised dates, and the years and months they imply. */
  readonly dates: ReadonlySet<string>;
  readonly published: number | null;
  readonly words: number;
  readonly sentenceWords: number;
  /** Share of the text inside quotation marks. */
  readonly quoteShare: number;
  /** Exclamation and question marks per sentence. */
  readonly emphasis: number;
};

const EMPHASIS = /[!?¡¿]/gu;

export function articleFeatures(article: Article, analysis: Analysis, keyOf: (key: string) => string = (key) => key): ArticleFeatures {
  const entities = new Map<string, number>();
  const places = new Map<string, number>();
  const names = new Map<string, string>();
  for (const entity of analysis.entities.flatMap(splitConjoined)) {
    const key = keyOf(entity.key);
    entities.set(key, (entities.get(key) ?? 0) + entity.count);
    if (!names.has(key)) names.set(key, entity.text);
    if (entity.kind === 'place') places.set(key, (places.get(key) ?? 0) + entity.count);
  }
  if (article.dateline?.place) {
    const key = keyOf(latinFold(article.dateline.place));
    places.set(key, (places.get(key) ?? 0) + 1);
    names.set(key, names.get(key) ?? article.dateline.place);
  }
  const numbers = new Map<string, number>();
  for (const number of analysis.numbers) {
    const key = String(Math.round(number.value * 100) / 100);
    numbers.set(key, (numbers.get(key) ?? 0) + 1);
  }
  const dates = new Set<string>();
  for (const date of analysis.dates) {
    dates.add(date.normalized);
    const year = /^\d{4}/u.exec(date.normalized)?.[0];
    if (year !== undefined) dates.add(year);
  }
  const published = article.published_at === null ? null : Date.parse(article.published_at);
  let quoted = 0;
  for (const paragraph of article.paragraphs) for (const span of findQuoteSpans(paragraph)) quoted += span.end - span.start;
  const sentences = Math.max(1, analysis.sentences.length);
  return {
    entities,
    places,
    names,
    numbers,
    dates,
    published: published === null || Number.isNaN(published) ? null : published,
    words: analysis.word_count,
    sentenceWords: analysis.word_count / sentences,
    quoteShare: article.text.length === 0 ? 0 : Math.min(1, quoted / article.text.length),
    emphasis: (article.text.match(EMPHASIS)?.length ?? 0) / sentences,
  };
}
