// The OpenAPI 3.1 document for /api, built from the same zod schemas that validate requests.
import { z } from 'zod';
import { ERROR_CODES } from '../errors.ts';
import { AddTextParams, ArticleListParams, ArticleParams, ExportParams, StoryListParams } from './params.ts';

type Parameter = { name: string; in: 'query' | 'path'; required: boolean; description?: string; schema: unknown };

function queryParameters(schema: z.ZodObject): Parameter[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name, in: 'query', required: json.required?.includes(name) ?? false, ...(s.description ? { description: s.description } : {}), schema: s,
  }));
}

const idParam = (what: string): Parameter => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', enum: [...ERROR_CODES] }, message: { type: 'string' }, details: {} },
    },
  },
};
const errors = {
  '400': { description: 'bad parameter or body', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'unknown id', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Parallax API', version, description: 'News stories: browse them, compare how outlets told them, add articles.' },
    paths: {
      '/api/stories': { get: { summary: 'Stories, newest activity first, with search, filters and paging', parameters: queryParameters(StoryListParams), responses: { '200': json('{ stories, next_cursor }'), ...errors } } },
      '/api/stories/{id}': { get: { summary: 'A story, its articles (with why each joined) and copy links', parameters: [idParam('story')], responses: { '200': json('{ story, articles, links, merges, splits }'), ...errors } } },
      '/api/stories/{id}/compare': { get: { summary: 'How each outlet told the story: alignment, quotes, unique facts, similarity', parameters: [idParam('story')], responses: { '200': json('the comparison'), ...errors } } },
      '/api/articles': {
        get: { summary: 'Articles in storage order', parameters: queryParameters(ArticleListParams), responses: { '200': json('{ articles, next_offset }'), ...errors } },
        post: {
          summary: 'Add articles: JSON records (one, an array, or {articles}), JSON Lines, CSV/TSV with a header row, a raw text or HTML page, or a form with `text` and `file` fields',
          parameters: queryParameters(AddTextParams),
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', properties: { source: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, published_at: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' } } } },
              'application/x-ndjson': { schema: { type: 'string' } },
              'text/csv': { schema: { type: 'string' } },
              'text/tab-separated-values': { schema: { type: 'string' } },
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'multipart/form-data': { schema: { type: 'object', properties: { text: { type: 'string' }, source: { type: 'string' }, file: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
            },
          },
          responses: {
            '201': json('{ stored: [{id, source, title, story_id, warnings?}], unchanged, rejected: [{origin, reason}], warnings?: [{origin, warning}] (an upload read despite trailing garbage after its gzip data) }'),
            '200': json('nothing new stored (all unchanged or rejected)'),
            '413': { description: 'body too large' },
            '415': { description: 'unsupported content type' },
            ...errors,
          },
        },
      },
      '/api/articles/{id}': { get: { summary: 'An article: metadata, clean text, and with raw=1 the raw input with what cleaning removed', parameters: [idParam('article'), ...queryParameters(ArticleParams)], responses: { '200': json('{ article, story_id, raw? }'), ...errors } } },
      '/api/status': { get: { summary: 'Version, article count, and how far story building and comparisons have caught up', responses: { '200': json('{ version, articles, stories: { articles, stories, comparisons_pending } }') } } },
      '/api/sources': { get: { summary: 'Outlets and their article counts', responses: { '200': json('{ sources }') } } },
      '/api/events': { get: { summary: 'Server-sent events: `article` and `story` as they change, `changed` when another process (an ingest) wrote to the database', responses: { '200': { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } } } } },
      '/api/export': { get: { summary: 'Everything, with stable ids and the settings that produced it', parameters: queryParameters(ExportParams), responses: { '200': { description: 'JSON Lines (complete) or CSV (one row per article)' }, ...errors } } },
    },
    components: { schemas: { Error: errorSchema } },
  };
}

/** The methods the document lists for a concrete path ('/api/articles/a_1' matches '/api/articles/{id}'); none for an unknown path. */
export function methodsAt(document: Readonly<Record<string, unknown>>, path: string): string[] {
  const paths = document.paths as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  const matching = Object.keys(paths).find((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}/?$`).test(path));
  return matching === undefined ? [] : Object.keys(paths[matching]!).map((method) => method.toUpperCase());
}
