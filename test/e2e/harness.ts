// What the browser tests share: a built UI, a server over a fresh database with the seeds, and headless Chromium.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { readBytes } from '../../src/ingest/index.ts';
import type { IngestItem } from '../../src/model/index.ts';
import { ingest } from '../../src/pipeline.ts';
import { DEFAULT_WEB_ROOT, stageSettings, startServer, storyServiceFor, type RunningServer } from '../../src/server/index.ts';
import { openSqliteStore, type Store } from '../../src/store/index.ts';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../../src/eval/browser-text.ts';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
/** Screenshots go to test-results/ on every run; UPDATE_SCREENSHOTS=1 refreshes the ones the docs show. */
export const SCREENSHOTS = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../../test-results/screenshots/', import.meta.url),
);

export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

/** The two seed pages; the Straits Times page names no outlet, so it gets one the way its sidecar gives it. */
export function seedItems(): IngestItem[] {
  const read = (name: string, source?: string) => readBytes(readFileSync(new URL(name, SEEDS)), { file: name }, source ? { hints: { source } } : {});
  return [...read('000_d0bc2620b6a5525f.txt'), ...read('002_f41a73bcec7900e6.txt', 'The Straits Times')];
}

export type TestSite = { readonly url: string; readonly store: Store; readonly close: () => Promise<void> };

/** A server over a fresh database holding the seed pages, or nothing at all (`seeds: false`). */
export async function startSite(options: { seeds?: boolean } = {}): Promise<TestSite> {
  await ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const store = openSqliteStore(join(dir, 'e2e.db'));
  if (options.seeds !== false) await ingest(store, (async function* () { yield* seedItems(); })());
  const server: RunningServer = await startServer({
    store, stories: storyServiceFor(store), settings: stageSettings(), webRoot: DEFAULT_WEB_ROOT, port: 0, host: '127.0.0.1',
  });
  return {
    url: server.url,
    store,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { chromiumAvailable };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
