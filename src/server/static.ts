// Serves the built web UI (web/dist) at /, with index.html for client-side routes, and a strict CSP.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** No inline or foreign script may run: even if untrusted article text reached the DOM as markup, it stays inert. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

export function webRoutes(root: string): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CONTENT_SECURITY_POLICY);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
  });
  const indexPath = `${root}/index.html`;
  app.use('/assets/*', serveStatic({ root, onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }));
  // Not the UI page: a tab opened before a rebuild asks for scripts by their old hashed names, and given HTML it
  // fails on a MIME type error instead of a plain 404.
  app.get('/assets/*', (c) => c.text('no such file', 404));
  app.use('*', serveStatic({ root }));
  // Read per request, not once at start: a rebuild (npm install, npm run build:web) renames the scripts the page loads,
  // and the copy kept from before named files that were gone, a blank page on every client route until a restart.
  return app.get('*', async (c) => {
    const index = await readFile(indexPath, 'utf8').catch(() => null);
    if (index === null) return c.text('The web UI is not built. Run `npm run build:web` (npm install does it), then reload.', 503);
    return c.html(index);
  });
}
