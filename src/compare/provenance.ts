// Provenance: each article's outlet, time, dateline and credited agencies; copy links between the compared
// articles; and which one reported first.
import type { Article } from '../model/article.ts';
import type { ArticleLink } from '../model/story.ts';
import type { ComparedArticle, ComparisonLink } from '../model/comparison.ts';
import type { ArticleId } from '../model/ids.ts';
import { labelOf } from './story-view.ts';

export function describeArticles(articles: readonly Article[]): ComparedArticle[] {
  return articles.map((article) => ({
    id: article.id,
    source: article.source,
    label: labelOf(article),
    title: article.title,
    published_at: article.published_at,
    dateline: article.dateline,
    agencies: article.agencies,
    word_count: article.word_count,
  }));
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
