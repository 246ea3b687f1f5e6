// The HTTP application: JSON API under /api, the web UI at /. Built from its dependencies so tests run it in-process.
import { Hono } from 'hono';
import { createError } from '../errors.ts';
import type { Store } from '../store/index.ts';
import { createArticleAdder, type ArticleAdder } from './add-articles.ts';
import { EventHub } from './events.ts';
import type { ExportSources } from './export/records.ts';
import { errorResponse, handleError } from './http-errors.ts';
import { methodsAt, openApiDocument } from './openapi.ts';
import { addRoutes } from './routes/add.ts';
import { articleRoutes } from './routes/articles.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/export.ts';
import { storyRoutes } from './routes/stories.ts';
import { announceStoreChanges } from './store-changes.ts';
import { webRoutes } from './static.ts';
import type { StoryService } from './stories.ts';
import { PARALLAX_VERSION } from './version.ts';

/** Largest accepted request body: a big HTML page with inline assets is a few MB; a batch of articles more. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

export type AppOptions = {
  readonly store: Store;
  readonly stories: StoryService;
  readonly events?: EventHub;
  /** Folder of the built web UI; null serves the API only. */
  readonly webRoot?: string | null;
  readonly maxBodyBytes?: number;
  /** How often open event streams check the database for other processes' writes (tests shorten it). */
  readonly storeCheckMs?: number;
  /** Stage settings cited by exports. */
  readonly settings?: Readonly<Record<string, unknown>>;
};

export function createApp(options: AppOptions): Hono {
  const { store, stories } = options;
  const events = options.events ?? new EventHub();
  const changes = announceStoreChanges(store, events, options.storeCheckMs);
  const adder = createArticleAdder({ store, events, stories });
  const add: ArticleAdder = async (items, defaultSource) => {
    const result = await adder(items, defaultSource);
    await changes.acknowledge();
    return result;
  };
  const exportSources = (): ExportSources => ({ store, stories, version: PARALLAX_VERSION, settings: options.settings ?? {} });
  const openapi = openApiDocument(PARALLAX_VERSION);

  // Not strict: '/api/stories/' is '/api/stories', as people type and paste it, not a 405 saying GET is not GET.
  const api = new Hono({ strict: false })
    .get('/openapi.json', (c) => c.json(openapi))
    .get('/status', async (c) => c.json({ version: PARALLAX_VERSION, articles: await store.countArticles(), stories: (await stories.status?.()) ?? null }))
    .route('/', storyRoutes({ stories }))
    .route('/', articleRoutes({ store, stories }))
    .route('/', addRoutes({ add, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }))
    .route('/', eventRoutes({ events }))
    .route('/', exportRoutes({ exportSources }))
    .all('*', (c) => {
      // A known path asked with another method is 405 with the methods it takes, not "no such endpoint".
      const allowed = methodsAt(openapi, c.req.path);
      if (allowed.length === 0) return errorResponse(c, createError('route_not_found', { method: c.req.method, path: c.req.path }));
      const response = errorResponse(c, createError('method_not_allowed', { method: c.req.method, path: c.req.path, allowed: allowed.join(', ') }));
      response.headers.set('Allow', allowed.join(', '));
      return response;
    });

  const app = new Hono({ strict: false });
  app.onError(handleError);
  app.notFound((c) => errorResponse(c, createError('route_not_found', { method: c.req.method, path: c.req.path })));
  app.route('/api', api);
  if (options.webRoot) app.route('/', webRoutes(options.webRoot));
  return app;
}
