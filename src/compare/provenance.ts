// Provenance: each article's outlet, time, dateline and credited agencies; copy links between the compared
// articles; and which one reported first.
import type { Article } from '../model/article.ts';
import type { ArticleLink } from '../model/story.ts';
import type { ComparedArticle, ComparisonLink } from '../model/comparison.ts';
import type { ArticleId } from '../model/ids.ts';
import { publicationSpan, publishedBefore } from '../model/published.ts';
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
  const spans = new Map(articles.map((article) => [article.id, publicationSpan(article.published_at)]));
  return links
    .filter((link) => spans.has(link.from) && spans.has(link.to))
    .map((link) => ({
      from: link.from, to: link.to, kind: link.kind, score: link.score, shared: link.shared,
      dated: publishedBefore(spans.get(link.to) ?? null, spans.get(link.from) ?? null),
    }));
}

/**
 * The article that reported first: the earliest dated one, when its date sets it before every other dated article (a
 * date without a time is the whole day: "2025-03-10" is not before "2025-03-10T14:05Z"), else none. Only when no
 * article is dated, the one original the others copied, when copy links say so: a link's direction is the order the
 * articles arrived in, which dates that cannot tell do not make telling.
 */
export function firstReport(articles: readonly Article[], links: readonly ComparisonLink[]): ArticleId | null {
  const dated = articles.flatMap((article) => {
    const span = publicationSpan(article.published_at);
    return span === null ? [] : [{ id: article.id, span }];
  });
  if (dated.length > 0) {
    const first = dated.find((a) => dated.every((b) => b === a || publishedBefore(a.span, b.span)));
    return first?.id ?? null;
  }
  return soleOriginal(links);
}

/** The one article that others copied and that copied none of them, if there is one (`links` join compared articles). */
function soleOriginal(links: readonly ComparisonLink[]): ArticleId | null {
  const copied = new Set(links.map((link) => link.from));
  const originals = [...new Set(links.map((link) => link.to).filter((id) => !copied.has(id)))];
  return originals.length === 1 ? originals[0]! : null;
}
