// Runs the app on a port with Node's HTTP server; returns a handle to stop it (tests, benchmarks, the CLI).
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';

export type RunningServer = { readonly url: string; readonly close: () => Promise<void> };

export async function startServer(options: AppOptions & { readonly port: number; readonly host: string }): Promise<RunningServer> {
  const app = createApp(options);
  // Compare the newest stories in the background, so the first readers find them ready.
  options.stories.warm?.().catch((e: Error) => process.stderr.write(`parallax serve: preparing stories failed: ${e.message}\n`));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            // Open event streams never end by themselves; drop them so close() returns.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}
