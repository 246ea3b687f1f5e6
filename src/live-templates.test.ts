import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LiveTemplates } from './live-templates.ts';
import { seededRandom } from './eval/seeded-random.ts';

/** The plain model LiveTemplates must behave as: one map of "outlet + hash" keys, single sightings forgotten oldest first. */
class ReferenceTemplates {
  private readonly pages = new Map<string, number>();
  private readonly lines = new Map<string, number>();
  private readonly seenOnce = new Map<string, true>();
  constructor(private readonly max: number) {}
  pagesSeen(source: string): number {
    return this.pages.get(source) ?? 0;
  }
  pagesWithLine(source: string, hash: string): number {
    const key = `${source}\u0000${hash}`;
    return this.lines.get(key) ?? (this.seenOnce.has(key) ? 1 : 0);
  }
  record(source: string, hashes: readonly string[]): void {
    this.pages.set(source, this.pagesSeen(source) + 1);
    for (const h of hashes) {
      const key = `${source}\u0000${h}`;
      const count = this.lines.get(key);
      if (count !== undefined) this.lines.set(key, count + 1);
      else if (this.seenOnce.delete(key)) this.lines.set(key, 2);
      else {
        if (this.seenOnce.size >= this.max) {
          const oldest = this.seenOnce.keys().next();
          if (!oldest.done) this.seenOnce.delete(oldest.value);
        }
        this.seenOnce.set(key, true);
      }
    }
  }
}

test('counts and forgets single sightings exactly as one map of outlet-and-line keys would', () => {
  for (const max of [0, 1, 3, 17, 200]) {
    const random = seededRandom(max + 1);
    const live = new LiveTemplates(new Map(), new Map(), max);
    const reference = new ReferenceTemplates(max);
    const sources = ['a', 'b', 'c'];
    for (let page = 0; page < 3000; page++) {
      const source = sources[Math.floor(random() * sources.length)]!;
      // A page: some chrome lines from a small pool, some lines from a large pool that rarely repeat.
      const hashes = new Set<string>();
      for (let i = 0; i < 12; i++) hashes.add(random() < 0.4 ? `chrome${Math.floor(random() * 8)}` : `text${Math.floor(random() * 5000)}`);
      for (const h of [...hashes, 'chrome1', 'text1', 'never']) assert.equal(live.pagesWithLine(source, h), reference.pagesWithLine(source, h));
      live.record(source, [...hashes]);
      reference.record(source, [...hashes]);
      assert.equal(live.pagesSeen(source), reference.pagesSeen(source));
    }
  }
});

test('starts from the counts loaded from the store', () => {
  const live = new LiveTemplates(new Map([['a', 5]]), new Map([['a', new Map([['h', 4]])]]));
  assert.equal(live.pagesSeen('a'), 5);
  assert.equal(live.pagesWithLine('a', 'h'), 4);
  live.record('a', ['h', 'new']);
  assert.equal(live.pagesWithLine('a', 'h'), 5);
  assert.equal(live.pagesWithLine('a', 'new'), 1);
  assert.equal(live.pagesWithLine('b', 'h'), 0);
});

test('keeps no page alive through the outlet name cut from it', () => {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const live = new LiveTemplates();
  const heapAfterCollection = () => {
    collect();
    return process.memoryUsage().heapUsed;
  };
  const before = heapAfterCollection();
  // 400 pages of 100 KB: pinned, they would keep 40 MB alive; the sightings themselves take a few hundred KB.
  for (let page = 0; page < 400; page++) {
    const text = `Harbour Gazette ${page % 3}\n${'x'.repeat(100_000)}${page}`;
    live.record(text.slice(0, 17), [`line-${page}`, `menu-${page % 5}`]);
  }
  const grown = heapAfterCollection() - before;
  assert.ok(grown < 10_000_000, `heap grew by ${grown} bytes`);
  assert.equal(live.pagesSeen('Harbour Gazette 1'), 133);
});

test('keeps no empty maps for outlets whose single sightings were forgotten', () => {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const live = new LiveTemplates(new Map(), new Map(), 1_000);
  const heapAfterCollection = () => {
    collect();
    return process.memoryUsage().heapUsed;
  };
  const before = heapAfterCollection();
  // 60,000 outlets with one page each (hosts, blogs): two empty maps per outlet took about 35 MB; the page counts that
  // stay (an outlet's template needs them) take about a quarter of that.
  for (let outlet = 0; outlet < 60_000; outlet++) {
    live.record(`blog-${outlet}.example`, Array.from({ length: 10 }, (_, line) => `${outlet}-${line}`));
  }
  const grown = heapAfterCollection() - before;
  assert.ok(grown < 20_000_000, `heap grew by ${grown} bytes`);
  assert.equal(live.pagesSeen('blog-7.example'), 1);
  assert.equal(live.pagesWithLine('blog-59999.example', '59999-3'), 1, 'recent sightings are remembered');
  assert.equal(live.pagesWithLine('blog-7.example', '7-3'), 0, 'old ones are forgotten');
  live.record('blog-59999.example', ['59999-3']);
  assert.equal(live.pagesWithLine('blog-59999.example', '59999-3'), 2);
});
