// Stories that leave the time window during a batch are still saved: every article's story can be listed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../src/ingest/index.ts';
import { ingest } from '../src/pipeline.ts';
import { openSqliteStore } from '../src/store/index.ts';

const DEMO = new URL('../demo/corpus/', import.meta.url).pathname;

test('every story an article joins is listed, even when later articles of the batch are months newer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-window-'));
  const store = openSqliteStore(join(dir, 'p.db'));
  try {
    await ingest(store, readInputs([DEMO]));
    const memberships = new Set((await store.articleStories()).values());
    const listed = new Set((await store.listStories({ limit: 1000 })).map((s) => s.id));
    assert.ok(memberships.size > 5);
    assert.deepEqual([...memberships].filter((id) => !listed.has(id)), []);
    const total = (await store.listStories({ limit: 1000 })).reduce((n, s) => n + s.article_count, 0);
    assert.equal(total, await store.countArticles());
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
