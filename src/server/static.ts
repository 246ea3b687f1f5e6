// Serves the built web UI (web/dist) at /, with index.html for client-side routes, and a strict CSP.
import { existsSync, readFileSync } from 'node:fs';
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
  if (!existsSync(indexPath)) {
    return app.get('*', (c) => c.text('The web UI is not built. Run `npm run build:web` (npm install does it), then reload.', 503));
  }
  app.use('/assets/*', serveStatic({ root, onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable') }));
  // Not the UI page: a tab opened before a rebuild asks for scripts by their old hashed names, and given HTML it
  // fails on a MIME type error instead of a plain 404.
  app.get('/assets/*', (c) => c.text('no such file', 404));
  app.use('*', serveStatic({ root }));
  const index = readFileSync(indexPath, 'utf8');
  return app.get('*', (c) => c.html(index));
}
