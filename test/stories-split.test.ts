// A story that took in a second event splits, and the store follows: moved members, both stories' summaries.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readInputs } from '../src/ingest/index.ts';
import type { ArticleId } from '../src/model/index.ts';
import { ingest } from '../src/pipeline.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';

const FIXTURE = new URL('./fixtures/stories/labeled.jsonl', import.meta.url);
// Two central banks' rate decisions, interleaved: similar enough that a lax join threshold takes them into one story.
const ORDER = ['norland-rates-1', 'estmark-rates-1', 'norland-rates-2', 'estmark-rates-2', 'norland-rates-3'];

describe('story splits in the store', () => {
  let dir = '';
  let store: Store;
  const idOf = new Map<string, ArticleId>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-split-'));
    const records = new Map(readFileSync(FIXTURE, 'utf8').trim().split('\n').map((line) => [JSON.parse(line).id as string, line]));
    const input = join(dir, 'rates.jsonl');
    writeFileSync(input, ORDER.map((id) => records.get(id)!).join('\n') + '\n');
    store = openSqliteStore(join(dir, 'db.sqlite'));
    // Join threshold 0: every article joins the best candidate, so only the split can keep the two events apart.
    await ingest(store, readInputs([input]), {
      stories: { cluster: { joinThreshold: 0 } },
      onEvent: (event) => {
        if (event.kind === 'stored') idOf.set(ORDER[event.article.origin.line! - 1]!, event.article.id);
      },
    });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with one story per event', async () => {
    const storyOf = await store.articleStories();
    const story = (id: string) => storyOf.get(idOf.get(id)!);
    assert.equal(story('norland-rates-2'), story('norland-rates-1'));
    assert.equal(story('norland-rates-3'), story('norland-rates-1'));
    assert.equal(story('estmark-rates-2'), story('estmark-rates-1'));
    assert.notEqual(story('estmark-rates-1'), story('norland-rates-1'));
    const counts = (await store.listStories()).map((summary) => summary.article_count).sort();
    assert.deepEqual(counts, [2, 3]);
  });

  it('records why the moved members belong to the new story', async () => {
    const storyOf = await store.articleStories();
    const stored = await store.getStory(storyOf.get(idOf.get('estmark-rates-1')!)!);
    assert.ok(stored !== null);
    const [founder, second] = stored.members;
    assert.equal(founder!.article_id, idOf.get('estmark-rates-1'));
    assert.equal(founder!.explanation, null);
    assert.match(second!.explanation!.summary, /^split from s-\S+; joined because: /u);
  });

  it('keeps a record of the split on both stories', async () => {
    const storyOf = await store.articleStories();
    const original = storyOf.get(idOf.get('norland-rates-1')!)!;
    const splitOff = storyOf.get(idOf.get('estmark-rates-1')!)!;
    const expected = [{ from: original, into: splitOff }];
    for (const id of [original, splitOff]) {
      const stored = await store.getStory(id);
      assert.deepEqual(stored!.splits.map(({ from, into }) => ({ from, into })), expected);
      assert.ok(stored!.splits[0]!.score < 0.4);
    }
  });
});

