// Live updates: an open /api/events stream hears about an article added over HTTP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startServer, STORIES_UNAVAILABLE } from '../src/server/index.ts';
import { openSqliteStore } from '../src/store/index.ts';

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(needle)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
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
        body: 'WASHINGTON (AP) - Officials met on Friday to discuss the new budget plan for the coming fiscal year, aides said.\n\nThe talks lasted four hours and ended without a final agreement on spending levels.',
      });
      const text = await readUntil(reader, 'event: article');
      assert.match(text, /"source":"Wire"/);
      await reader.cancel();
    } finally {
      await server.close();
      await store.close();
    }
  });
});
