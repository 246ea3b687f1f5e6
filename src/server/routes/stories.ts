// GET /api/stories, /api/stories/:id, /api/stories/:id/compare.
import { Hono, type Context } from 'hono';
import { createError } from '../../errors.ts';
import type { StoryId } from '../../model/index.ts';
import { parseId, parseParams, StoryListParams } from '../params.ts';
import type { StoryService } from '../stories.ts';
import { JsonText } from '../lru.ts';

export function storyRoutes(deps: { stories: StoryService }): Hono {
  const { stories } = deps;
  return new Hono()
    .get('/stories', async (c) => {
      const params = parseParams(StoryListParams, c.req.query());
      if (stories.listJson) return jsonText(c, await stories.listJson(params));
      return c.json(await stories.list(params));
    })
    .get('/stories/:id', async (c) => {
      const id = parseId(c.req.param('id'), 'story') as StoryId;
      const detail = await stories.get(id);
      if (!detail) throw createError('not_found', { kind: 'story', id });
      return c.json(detail);
    })
    .get('/stories/:id/compare', async (c) => {
      const id = parseId(c.req.param('id'), 'story') as StoryId;
      const comparison = await stories.compare(id);
      if (comparison === null) throw createError('not_found', { kind: 'story', id });
      if (comparison instanceof JsonText) return jsonText(c, comparison);
      return c.json(comparison);
    });
}

function jsonText(c: Context, json: JsonText): Response {
  return c.body(json.text, 200, { 'content-type': 'application/json; charset=utf-8' });
}
