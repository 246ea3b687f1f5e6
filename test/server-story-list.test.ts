// Story list semantics: newest activity first, filters, and cursors that page through everything exactly once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoryId, StorySummary } from '../src/model/index.ts';
import { byActivity, pageStories } from '../src/server/story-list.ts';
import { ParallaxError } from '../src/errors.ts';

function story(id: string, first: string | null, last: string | null, sources: string[] = ['AP']): StorySummary {
  return { id: id as StoryId, title: id, article_count: 1, sources, first_published: first, last_published: last, top_entities: [], top_terms: [] };
}

const ALL = [
  story('a', '2024-03-01T10:00:00Z', '2024-03-02T10:00:00Z', ['AP']),
  story('b', '2024-03-05T10:00:00Z', '2024-03-05T12:00:00Z', ['RIA', 'AP']),
  story('c', null, null, ['RIA']),
  story('d', '2024-03-03T00:00:00Z', '2024-03-09T00:00:00Z', ['AFP']),
  story('e', '2024-03-05T10:00:00Z', '2024-03-05T12:00:00Z', ['AFP']),
].sort(byActivity);

const params = (p: Partial<Parameters<typeof pageStories>[1]> = {}) => ({ limit: 50, ...p });

describe('story list', () => {
  it('orders by latest activity, ties by id, undated last', () => {
    assert.deepEqual(ALL.map((s) => s.id), ['d', 'e', 'b', 'a', 'c']);
  });

  it('pages with cursors through every story exactly once', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = pageStories(ALL, params({ limit: 2, ...(cursor ? { cursor } : {}) }), null);
      seen.push(...page.stories.map((s) => s.id));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    assert.deepEqual(seen, ['d', 'e', 'b', 'a', 'c']);
  });

  it('filters by outlet, by date range overlap, and by search matches', () => {
    assert.deepEqual(pageStories(ALL, params({ source: 'RIA' }), null).stories.map((s) => s.id), ['b', 'c']);
    assert.deepEqual(pageStories(ALL, params({ from: '2024-03-04', to: '2024-03-05' }), null).stories.map((s) => s.id), ['d', 'e', 'b']);
    assert.deepEqual(pageStories(ALL, params(), new Set(['a', 'c'] as StoryId[])).stories.map((s) => s.id), ['a', 'c']);
  });

  it('refuses a cursor it did not issue', () => {
    assert.throws(() => pageStories(ALL, params({ cursor: 'bm9wZQ' }), null), (e: unknown) => e instanceof ParallaxError && e.code === 'invalid_parameter');
  });
});
