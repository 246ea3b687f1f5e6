// GET /api/articles, GET /api/articles/:id (with ?raw=1 the raw input and what cleaning removed), GET /api/sources.
import { Hono } from 'hono';
import type { ArticleId } from '../../model/index.ts';
import { createError } from '../../errors.ts';
import type { Store } from '../../store/index.ts';
import { ArticleListParams, ArticleParams, parseId, parseParams } from '../params.ts';
import { rawView } from '../raw-view.ts';
import type { StoryService } from '../stories.ts';

export function articleRoutes(deps: { store: Store; stories: StoryService }): Hono {
  const { store, stories } = deps;
  return new Hono()
    .get('/articles', async (c) => {
      const params = parseParams(ArticleListParams, c.req.query());
      const page = { limit: params.limit, offset: params.offset, ...(params.source ? { source: params.source } : {}) };
      if (params.q) {
        const ids = await store.searchArticles({ text: params.q, ...page });
        const articles = (await Promise.all(ids.map((id) => store.getArticle(id)))).filter((a) => a !== null);
        const summaries = articles.map(({ id, source, title, published_at, language, word_count }) => ({ id, source, title, published_at, language, word_count }));
        return c.json({ articles: summaries, next_offset: nextOffset(ids.length, params) });
      }
      const articles = await store.listArticles(page);
      return c.json({ articles, next_offset: nextOffset(articles.length, params) });
    })
    .get('/articles/:id', async (c) => {
      const id = parseId(c.req.param('id'), 'article') as ArticleId;
      const { raw } = parseParams(ArticleParams, c.req.query());
      const article = await store.getArticle(id);
      if (!article) throw createError('not_found', { kind: 'article', id });
      const story_id = await stories.storyOf(id);
      if (!raw) return c.json({ article, story_id });
      const stored = await store.getRaw(article.raw_id);
      return c.json({ article, story_id, raw: stored ? rawView(stored, article) : null });
    })
    .get('/sources', async (c) => c.json({ sources: await store.listSources() }));
}

/** Where the next page starts, or null when this one came back short (there is no more). */
function nextOffset(returned: number, params: ArticleListParams): number | null {
  return returned === params.limit ? params.offset + params.limit : null;
}
