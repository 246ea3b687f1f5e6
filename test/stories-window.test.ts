// The time window: stories that leave it during a batch are still saved (every article's story can be listed),
// and a resumed ingest rebuilds it from the store instead of clustering every stored article again.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, test } from 'node:test';
import { benchCorpus } from '../bench/cluster-corpus.ts';
import { createAnalyzer } from '../src/analyze/index.ts';
import { assignArticle, createClusterState, mergeConverged, type ClusterState } from '../src/cluster/index.ts';
import { readInputs, recordToItem } from '../src/ingest/index.ts';
import type { IngestItem } from '../src/model/index.ts';
import { ingest } from '../src/pipeline.ts';
import { openStoryEngine } from '../src/pipeline-stories.ts';
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

describe('resuming a stream', () => {
  const records = [...benchCorpus(240)];
  const items = async function* (from: number, to: number): AsyncGenerator<IngestItem> {
    for (let i = from; i < to; i++) yield recordToItem(records[i], { file: 'bench', line: i + 1 });
  };
  // Four hours of articles with a one-hour window: most stories have left memory by the end.
  const options = { stories: { cluster: { windowHours: 1 } } };

  it('assigns later articles as an uninterrupted run does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-resume-'));
    const resumed = openSqliteStore(join(dir, 'resumed.db'));
    const straight = openSqliteStore(join(dir, 'straight.db'));
    try {
      await ingest(resumed, items(0, 150), options);
      await ingest(resumed, items(150, 240), options);
      await ingest(straight, items(0, 240), options);
      assert.deepEqual(await resumed.articleStories(), await straight.articleStories());
    } finally {
      await resumed.close();
      await straight.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rebuilds only the stories still in the window, with all their members, without re-assigning anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-resume-'));
    const store = openSqliteStore(join(dir, 'p.db'));
    try {
      await ingest(store, items(0, 240), options);
      const stored = await store.articleStories();
      const engine = await openStoryEngine(store, options.stories);
      // The uninterrupted run's window, for reference.
      const analyze = createAnalyzer();
      const reference = createClusterState(options.stories.cluster);
      for await (const article of store.iterateArticles()) assignArticle(reference, article, analyze(article));
      mergeConverged(reference);
      const membersOf = (state: ClusterState) => new Map([...state.active].map(([id, story]) => [id, [...story.members].sort()]));
      assert.deepEqual(membersOf(engine.state), membersOf(reference));
      assert.ok(engine.state.active.size < new Set(stored.values()).size, 'stories out of the window are not rebuilt');
      assert.ok(engine.state.stats.terms.documents < stored.size, 'articles of stories out of the window are not analysed');
      assert.equal(engine.state.sequence, stored.size);
      assert.deepEqual(await store.articleStories(), stored, 'opening the engine changes no assignment');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
