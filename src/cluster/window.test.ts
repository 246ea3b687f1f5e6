import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../eval/seeded-random.ts';
import { COUNT_PASS_KEEPS, STOPPED_CLOCK, storiesLeavingWindow, tickClock, type StreamClock, type WindowSpan } from './window.ts';

const RULE = { windowHours: 24, maxActiveStories: 2_000 };
const START = Date.UTC(2025, 0, 1);

/** Undated spans whose ages count how often they are read. */
function countingSpans(): { spans: Map<string, WindowSpan>; add: (key: string, age: number) => void; reads: () => number } {
  let reads = 0;
  const spans = new Map<string, WindowSpan>();
  const add = (key: string, age: number): void => {
    spans.set(key, {
      last: null,
      get last_sequence() {
        reads++;
        return age;
      },
    });
  };
  return { spans, add, reads: () => reads };
}

describe('storiesLeavingWindow', () => {
  it('lets stories older than the window leave, then the least recently joined beyond the limit', () => {
    const random = seededRandom(1);
    const spans = new Map<string, WindowSpan>();
    for (let i = 0; i < 2_500; i++) spans.set(`s-${i}`, { last: i % 5 === 0 ? START + i * 60_000 : null, last_sequence: 1 + Math.floor(random() * 1e9) });
    const newest = START + 2_500 * 60_000;
    const leaving = new Set(storiesLeavingWindow(spans, newest, RULE));
    const old = [...spans].filter(([, span]) => span.last !== null && span.last < newest - 24 * 3_600_000);
    assert.ok(old.every(([key]) => leaving.has(key)), 'every story older than the window leaves');
    const staying = [...spans].filter(([key]) => !leaving.has(key));
    assert.equal(staying.length, Math.floor(RULE.maxActiveStories * COUNT_PASS_KEEPS));
    const youngestLeaving = Math.max(...[...leaving].filter((key) => !old.some(([o]) => o === key)).map((key) => spans.get(key)!.last_sequence));
    assert.ok(staying.every(([, span]) => span.last_sequence > youngestLeaving), 'those staying were all joined more recently');
    assert.deepEqual(storiesLeavingWindow(new Map(staying), newest, RULE), [], 'a window under the limit keeps everything');
  });

  it('sorts story ages once per pass, not once per new story, when undated stories fill the window', () => {
    // Each new undated story in a full window sends one out: a sort of every story's age for each of them made the
    // cluster stage of an undated stream five times slower once 20,000 stories were in memory.
    const { spans, add, reads } = countingSpans();
    for (let i = 1; i <= RULE.maxActiveStories; i++) add(`s-${i}`, i);
    const added = 1_000;
    for (let i = RULE.maxActiveStories + 1; i <= RULE.maxActiveStories + added; i++) {
      // As the clusterer does: a pass when the window is over the limit, before the new story joins it.
      if (spans.size > RULE.maxActiveStories) for (const key of storiesLeavingWindow(spans, null, RULE)) spans.delete(key);
      add(`s-${i}`, i);
    }
    assert.ok(spans.size <= RULE.maxActiveStories + 1);
    assert.ok(reads() < added * RULE.maxActiveStories * 0.1, `${reads()} reads of story ages for ${added} new stories`);
  });
});

describe('tickClock', () => {
  const DAY = 24 * 3_600_000;
  const WEEK = { windowHours: 7 * 24 };
  const tick = (clock: StreamClock, time: number) => tickClock(clock, time, WEEK);

  it('moves with articles within the window ahead, and runs an eviction pass at most hourly', () => {
    const first = tick(STOPPED_CLOCK, START);
    assert.equal(first.clock.newest, START);
    assert.equal(first.evict, true);
    const soon = tick(first.clock, START + 10 * 60_000);
    assert.equal(soon.clock.newest, START + 10 * 60_000);
    assert.equal(soon.evict, false, 'ten minutes on: no pass yet');
    assert.equal(tick(soon.clock, START + 2 * 3_600_000).evict, true);
    assert.equal(tick(soon.clock, START - DAY).clock, soon.clock, 'an older article leaves the clock as it was');
  });

  it('waits for a second article before jumping more than the window ahead', () => {
    const clock = tick(STOPPED_CLOCK, START).clock;
    const once = tick(clock, START + 365 * DAY);
    assert.equal(once.clock.newest, START, 'one article a year ahead does not move it');
    assert.equal(once.evict, false);
    const unrelated = tick(once.clock, START + 40 * DAY);
    assert.equal(unrelated.clock.newest, START, 'another far date, not near the first, does not confirm it');
    const confirmed = tick(unrelated.clock, START + 41 * DAY);
    assert.equal(confirmed.clock.newest, START + 41 * DAY);
    assert.equal(confirmed.clock.leap, null);
    assert.equal(confirmed.evict, true);
  });

  it('forgets a waiting jump once the stream moves on normally', () => {
    const clock = tick(tick(STOPPED_CLOCK, START).clock, START + 365 * DAY).clock;
    const normal = tick(clock, START + DAY).clock;
    assert.equal(normal.newest, START + DAY);
    assert.equal(normal.leap, null);
  });
});
