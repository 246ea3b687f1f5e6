// Copy links between a story's articles in the CLI's words: who copied whom only where the publication dates show it.
import { describeLinkParts } from '../../../src/compare/describe-link.ts';
import { publicationSpan, publishedBefore } from '../../../src/model/published.ts';
import type { ArticleLink, StoryArticle } from '../api.ts';
import { articleHref } from '../router.ts';

/** One line per link; each article named by outlet and headline, linked unless it is the page's own (`current`). */
export function CopyLinks({ links, articles, current }: { links: readonly ArticleLink[]; articles: readonly StoryArticle[]; current?: string }) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = byId.get(id);
    const text = a ? `${a.source ?? 'unknown outlet'}: ${a.title ?? '(untitled)'}` : id;
    return id === current ? <span>{text}</span> : <a href={articleHref(id)}>{text}</a>;
  };
  // As the comparison decides it: the link's direction counts only when the original's span ends before the copy's starts.
  const dated = (l: ArticleLink) => publishedBefore(publicationSpan(byId.get(l.to)?.published_at), publicationSpan(byId.get(l.from)?.published_at));
  return (
    <ul class="copy-links">
      {links.map((l) => <li key={`${l.from} ${l.to}`}>{describeLinkParts({ ...l, dated: dated(l) }, label)}</li>)}
    </ul>
  );
}
