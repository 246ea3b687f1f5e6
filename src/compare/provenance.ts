// Provenance: each article's outlet, time, dateline and credited agencies; copy links between the compared
// articles; and which one reported first.
import type { Article } from '../model/article.ts';
import type { ArticleLink } from '../model/story.ts';
import type { ComparedArticle, ComparisonLink } from '../model/comparison.ts';
import type { ArticleId } from '../model/ids.ts';
import { labelOf } from './story-view.ts';

export function describeArticles(articles: readonly Article[], copies: ReadonlyMap<ArticleId, readonly ArticleId[]> = new Map()): ComparedArticle[] {
  return articles.map((article) => ({
    id: article.id,
    source: article.source,
    label: labelOf(article),
    title: article.title,
    published_at: article.published_at,
    dateline: article.dateline,
    agencies: article.agencies,
    word_count: article.word_count,
    copies: copies.get(article.id) ?? [],
  }));
}

/** The compared articles, and for each the ids of its same-outlet copies left out (see `foldSameOutletCopies`). */
export type FoldedArticles<T> = { readonly kept: readonly T[]; readonly copies: ReadonlyMap<ArticleId, readonly ArticleId[]> };

/**
 * One outlet's articles with the same clean text are one article stored twice (a re-scrape, its AMP page, two
 * exports of one archive): compared once, the first standing for the rest, they would double every line of the
 * comparison and call the outlet its own copier. Other outlets printing the same text are kept: that is syndication.
 */
export function foldSameOutletCopies<T extends { readonly article: Article }>(items: readonly T[]): FoldedArticles<T> {
  const firstByText = new Map<string, T>();
  const kept: T[] = [];
  const copies = new Map<ArticleId, ArticleId[]>();
  for (const item of items) {
    const key = `${item.article.source?.toLowerCase() ?? ''}\u0000${item.article.text}`;
    const first = firstByText.get(key);
    if (first === undefined) {
      firstByText.set(key, item);
      kept.push(item);
    } else {
      const list = copies.get(first.article.id);
      if (list === undefined) copies.set(first.article.id, [item.article.id]);
      else list.push(item.article.id);
    }
  }
  return { kept, copies };
}

/** The links that join two compared articles (a story's links may reach articles outside the comparison). */
export function linksBetween(articles: readonly Article[], links: readonly ArticleLink[]): ComparisonLink[] {
  const ids = new Set(articles.map((article) => article.id));
  return links
    .filter((link) => ids.has(link.from) && ids.has(link.to))
    .map((link) => ({ from: link.from, to: link.to, kind: link.kind, score: link.score, shared: link.shared }));
}

/** The earliest dated article; without dates, the original that others copied, when copy links say so. */
export function firstReport(articles: readonly Article[], links: readonly ComparisonLink[]): ArticleId | null {
  const dated = articles.filter((article) => article.published_at !== null);
  if (dated.length > 0) {
    return dated.reduce((first, article) => (Date.parse(article.published_at!) < Date.parse(first.published_at!) ? article : first)).id;
  }
  const copied = new Set(links.map((link) => link.from));
  const originals = links.map((link) => link.to).filter((id) => !copied.has(id));
  return originals[0] ?? null;
}
