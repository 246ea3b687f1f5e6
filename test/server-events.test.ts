// Live updates: an open /api/events stream hears about an article added over HTTP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBytes } from '../src/ingest/index.ts';
import { ingest } from '../src/pipeline.ts';
import { startServer, STORIES_UNAVAILABLE } from '../src/server/index.ts';
import { openSqliteStore } from '../src/store/index.ts';

const BUDGET_TEXT = 'WASHINGTON (AP) - Officials met on Friday to discuss the new budget plan for the coming fiscal year, aides said.\n\nThe talks lasted four hours and ended without a final agreement on spending levels.';

/** The stream's text up to `needle`, or what came before the stream was given up on after `ms`. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string, ms = 10_000): Promise<string> {
  const decoder = new TextDecoder();
  const giveUp = setTimeout(() => void reader.cancel(), ms);
  let text = '';
  try {
    while (!text.includes(needle)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(giveUp);
  }
  return text;
}

describe('GET /api/events', () => {
  it('streams an article event when an article is added', async () => {
    const store = openSqliteStore(':memory:');
    const server = await startServer({ store, stories: STORIES_UNAVAILABLE, webRoot: null, port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${server.url}/api/events`);
      assert.equal(res.headers.get('content-type')?.startsWith('text/event-stream'), true);
      const reader = res.body!.getReader();
      await readUntil(reader, 'event: ready');
      await fetch(`${server.url}/api/articles?source=Wire`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: BUDGET_TEXT,
      });
      const text = await readUntil(reader, 'event: article');
      assert.match(text, /"source":"Wire"/);
      await reader.cancel();
    } finally {
      await server.close();
      await store.close();
    }
  });

  it('streams a changed event when another process writes to the database', { timeout: 20_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-events-'));
    const path = join(dir, 'shared.db');
    const store = openSqliteStore(path);
    const server = await startServer({ store, stories: STORIES_UNAVAILABLE, webRoot: null, port: 0, host: '127.0.0.1', storeCheckMs: 50 });
    const other = openSqliteStore(path); // as `parallax ingest` in a terminal opens it
    try {
      const reader = (await fetch(`${server.url}/api/events`)).body!.getReader();
      await readUntil(reader, 'event: ready');
      await new Promise((resolve) => setTimeout(resolve, 200)); // the server has seen the database as it was
      await ingest(other, (async function* () { yield* readBytes(new TextEncoder().encode(BUDGET_TEXT), { file: 'budget.txt' }, { hints: { source: 'Wire' } }); })());
      assert.match(await readUntil(reader, 'event: changed'), /event: changed/);
      await reader.cancel();
    } finally {
      await server.close();
      await other.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
