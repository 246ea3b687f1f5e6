// Stories end to end: ingest builds them in the store, `story` explains them, recluster and eval reproduce them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.ts';
import type { ArticleId } from '../src/model/index.ts';
import { ingest } from '../src/pipeline.ts';
import { recluster } from '../src/pipeline-stories.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';
import { runEval } from '../src/eval/stories.ts';
import { stoppedWhileWaiting } from './fixtures/held-writer.ts';

const CORPUS = fileURLToPath(new URL('./fixtures/stories/labeled.jsonl', import.meta.url));
const SEEDS = fileURLToPath(new URL('./fixtures/seeds/', import.meta.url));
const RUSSIAN_REPORT = fileURLToPath(new URL('./fixtures/translations/vechernyaya-gazeta.txt', import.meta.url));

describe('stories built by ingest', () => {
  let dir = '';
  let store: Store;
  const idOfLine = new Map<number, ArticleId>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-stories-'));
    store = openSqliteStore(join(dir, 'db.sqlite'));
    await ingest(store, readInputs([CORPUS]), {
      onEvent: (event) => {
        if (event.kind === 'stored' && event.article.origin.line !== undefined) idOfLine.set(event.article.origin.line, event.article.id);
      },
    });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists one story per labeled event, with outlets and time span', async () => {
    const stories = await store.listStories();
    assert.equal(stories.length, 7);
    const flood = stories.find((story) => story.title?.includes('Rivona'));
    assert.ok(flood !== undefined);
    assert.equal(flood.article_count, 4);
    assert.deepEqual(flood.sources, ['City Herald', 'Daily Ledger', 'Der Morgen', 'Global Wire']);
    assert.equal(flood.first_published, '2025-12-02T09:00:00.000Z');
  });

  it('keeps the wire copy as a link inside the story, and why each article joined', async () => {
    const wire = idOfLine.get(1)!;
    const copy = idOfLine.get(2)!;
    const stories = await store.articleStories();
    const story = await store.getStory(stories.get(wire)!);
    assert.ok(story !== null);
    const link = story.links.find((l) => l.from === copy);
    assert.ok(link !== undefined && link.to === wire, 'the copy links to the wire story');
    // The copy adds a local paragraph: 0.76 of its 5-word shingles are the wire's (estimated from samples).
    assert.ok(link.shared > 0.7 && link.shared < 0.85, `shared ${link.shared}`);
    const joined = story.members.find((member) => member.id === copy);
    assert.match(joined?.explanation?.summary ?? '', /^joined because: /u);
    assert.equal(story.members[0]?.explanation, null, 'the first article started the story');
  });

  it('rebuilds the same stories on recluster', async () => {
    const before = await store.articleStories();
    const summary = await recluster(store);
    assert.equal(summary.articles, 18);
    assert.deepEqual(await store.articleStories(), before);
  });

  it('stops a recluster between batches when asked (Ctrl-C), and a full one rebuilds the same stories', async () => {
    const before = await store.articleStories();
    let asked = 0;
    // The first question comes before any work (a Ctrl-C while waiting for the writer lock); stop at the second.
    const stopped = await recluster(store, { shouldStop: () => ++asked >= 2 }, 5);
    assert.equal(stopped.stopped, true);
    assert.equal(stopped.articles, 5);
    assert.equal((await store.articleStories()).size, 5, 'only the articles reached have a story');
    const summary = await recluster(store);
    assert.equal(summary.stopped, false);
    assert.deepEqual(await store.articleStories(), before);
  });

  it('stops a recluster told to stop while it waits for another writer, before clearing the stories', async () => {
    const before = await store.articleStories();
    const holder = openSqliteStore(join(dir, 'db.sqlite'));
    try {
      const summary = await stoppedWhileWaiting(holder, (options) => recluster(store, options));
      assert.deepEqual([summary.stopped, summary.articles], [true, 0]);
      assert.deepEqual(await store.articleStories(), before);
    } finally {
      await holder.close();
    }
  });

  it('resumes a stream: a later ingest joins the stories already stored', async () => {
    const extra = join(dir, 'late.jsonl');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(extra, `${JSON.stringify({ id: 'late', source: 'Valley News', title: 'Mateo Varga scores on Real Orvena debut', published_at: '2025-07-16T20:00:00Z', language: 'en', text: 'Mateo Varga scored twice on his debut for Real Orvena, days after his 80 million euro move from Sporting Calda. Coach Anselm Duq praised the striker.' })}\n`);
    let lateId: ArticleId | null = null;
    await ingest(store, readInputs([extra]), { onEvent: (event) => void (event.kind === 'stored' && (lateId = event.article.id)) });
    const stories = await store.articleStories();
    assert.equal(stories.get(lateId!), stories.get(idOfLine.get(14)!));
  });
});

describe('the seed articles', () => {
  it('form one story, and neither is a copy of the other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-seeds-'));
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    try {
      await ingest(store, readInputs([SEEDS]));
      const stories = await store.listStories();
      assert.equal(stories.length, 1);
      assert.equal(stories[0]?.article_count, 2);
      const story = await store.getStory(stories[0]!.id);
      assert.deepEqual(story?.links, []);
      assert.match(story?.members[1]?.explanation?.summary ?? '', /Kerry/u);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a report in another script', () => {
  it('joins the story through names spelled in Cyrillic, and says which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-translation-'));
    const store = openSqliteStore(join(dir, 'db.sqlite'));
    try {
      await ingest(store, readInputs([SEEDS, RUSSIAN_REPORT]));
      const stories = await store.listStories();
      assert.equal(stories.length, 1, 'the Russian report joins the seeds’ story');
      const story = await store.getStory(stories[0]!.id);
      const russian = story?.members.find((member) => member.language === 'ru');
      assert.ok(russian !== undefined);
      // Named by the story's own spelling: "Керри" is Kerry, "Лавров" Lavrov.
      assert.match(russian.explanation?.summary ?? '', /Lavrov/u);
      assert.match(russian.explanation?.summary ?? '', /Kerry/u);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parallax eval', () => {
  it('reports clustering quality in the documented shape', async () => {
    const report = await runEval(CORPUS);
    assert.deepEqual(Object.keys(report).sort(), ['ari', 'articles', 'bcubed', 'pairwise', 'stories']);
    assert.ok('bcubed' in report && report.bcubed.f1 === 1);
    assert.deepEqual('stories' in report && report.stories, { predicted: 7, labeled: 7 });
  });

  it('lists, when asked, the stories that merge labeled ones and the labeled stories cut in pieces', async () => {
    // The first article labeled with the story of another: its predicted story now holds two labels, and it is the
    // one article of that label outside the label's own predicted story.
    const records = readFileSync(CORPUS, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; story_id: string });
    const other = records.find((record) => record.story_id !== records[0]!.story_id)!.story_id;
    const dir = mkdtempSync(join(tmpdir(), 'parallax-errors-test-'));
    try {
      const path = join(dir, 'mislabeled.jsonl');
      writeFileSync(path, records.map((record, i) => JSON.stringify(i === 0 ? { ...record, story_id: other } : record)).join('\n'));
      const report = await runEval(path, { errors: true });
      assert.ok('bcubed' in report && report.errors !== undefined);
      assert.equal(report.errors.merged.length, 1);
      assert.deepEqual(report.errors.merged[0]!.labels.map((l) => l.label).sort(), [records[0]!.story_id, other].sort());
      assert.ok(report.errors.merged[0]!.title !== null);
      assert.deepEqual(report.errors.split.map((split) => [split.label, split.parts.map((part) => part.articles)]), [[other, [records.filter((r) => r.story_id === other).length, 1]]]);
      const exact = await runEval(CORPUS, { errors: true });
      assert.deepEqual('bcubed' in exact && exact.errors, { merged: [], split: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('replays the labeled articles in shuffled orders when asked, and scores each', async () => {
    const report = await runEval(CORPUS, { shuffles: 2 });
    assert.ok('bcubed' in report && report.shuffled !== undefined);
    const { runs, mean_bcubed_f1, min_bcubed_f1 } = report.shuffled;
    assert.deepEqual(runs.map((run) => run.seed), [1, 2]);
    for (const run of runs) assert.ok(run.bcubed.f1 > 0.5 && run.bcubed.f1 <= 1, `seed ${run.seed}: ${run.bcubed.f1}`);
    assert.equal(min_bcubed_f1, Math.min(...runs.map((run) => run.bcubed.f1)));
    assert.ok(Math.abs(mean_bcubed_f1 - (runs[0]!.bcubed.f1 + runs[1]!.bcubed.f1) / 2) < 1e-12);
  });
});
