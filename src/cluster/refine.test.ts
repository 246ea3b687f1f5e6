import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../analyze/index.ts';
import { articleFromRecord } from '../eval/in-memory.ts';
import type { Article } from '../model/index.ts';
import { createClusterState, joinStory, signalOf, startStory, type ClusterState } from './clusterer.ts';
import { averageLinkageGroups, distinctGroups, releaseSettledStories, splitIncoherent } from './refine.ts';
import type { StoryState } from './story-state.ts';

const fixture = new Map<string, Article>(
  readFileSync(new URL('../../test/fixtures/stories/labeled.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => articleFromRecord(JSON.parse(line) as { id: string; text: string; title: string; source: string; published_at: string; language: string }))
    .map((article) => [article.id, article]),
);

/** One story holding the given fixture articles in this order, whatever their scores (as a wrong join would). */
function forcedStory(ids: readonly string[], options = {}): { state: ClusterState; story: StoryState } {
  const state = createClusterState(options);
  const analyze = createAnalyzer();
  let story: StoryState | null = null;
  for (const id of ids) {
    const article = fixture.get(id)!;
    const signal = signalOf(state, article, analyze(article));
    state.sequence++;
    if (story === null) story = startStory(state, signal);
    else joinStory(state, story, signal);
  }
  return { state, story: story! };
}

/** Cached-score rows (row i: scores of item i with items 0..i-1) of `count` items scored by `scoreOf`. */
function scoreRows(count: number, scoreOf: (i: number, j: number) => number): number[][] {
  return Array.from({ length: count }, (_, i) => Array.from({ length: i }, (_, j) => scoreOf(i, j)));
}

describe('distinct groups', () => {
  const twoBlocks = (within: number, between: number) => (i: number, j: number) => (Math.floor(i / 3) === Math.floor(j / 3) ? within : between);

  it('keeps apart groups that agree with themselves far more than with each other', () => {
    assert.deepEqual(distinctGroups(scoreRows(6, twoBlocks(0.9, 0.3)), [[0, 1, 2], [3, 4, 5]], 0.7), [[0, 1, 2], [3, 4, 5]]);
  });

  it('rejoins groups that match each other nearly as well as themselves (a loosely told event)', () => {
    assert.deepEqual(distinctGroups(scoreRows(6, twoBlocks(0.45, 0.35)), [[0, 1, 2], [3, 4, 5]], 0.7), [[0, 1, 2, 3, 4, 5]]);
  });
});

describe('average-linkage groups', () => {
  const blocks = (i: number, j: number) => (Math.floor(i / 3) === Math.floor(j / 3) ? 0.9 : 0.1);

  it('separates blocks of items that score high among themselves and low across', () => {
    assert.deepEqual(averageLinkageGroups(6, blocks, 0.4), [[0, 1, 2], [3, 4, 5]]);
  });

  it('keeps everything together when every pair reaches the threshold', () => {
    assert.deepEqual(averageLinkageGroups(4, () => 0.5, 0.4), [[0, 1, 2, 3]]);
  });

  it('joins groups by their mean score, not their best pair', () => {
    // 0–1 match, 2 matches 0 strongly but 1 not at all: the mean (0.35) stays below 0.4.
    const scores: Record<string, number> = { '0,1': 0.9, '0,2': 0.7, '1,2': 0.0 };
    const scoreOf = (i: number, j: number) => scores[`${Math.min(i, j)},${Math.max(i, j)}`]!;
    assert.deepEqual(averageLinkageGroups(3, scoreOf, 0.4), [[0, 1], [2]]);
  });
});

describe('splitting a story that took in a second event', () => {
  it('gives the second event its own story once each event has two reports', () => {
    const { state, story } = forcedStory(['norland-rates-1', 'estmark-rates-1', 'norland-rates-2', 'estmark-rates-2', 'norland-rates-3']);
    const splits = splitIncoherent(state, story, () => {});
    assert.equal(splits.length, 1);
    const [split] = splits;
    assert.equal(split!.from, story.id);
    assert.deepEqual(split!.moved.map((member) => member.article_id), ['estmark-rates-1', 'estmark-rates-2']);
    assert.deepEqual(state.active.get(story.id)!.members, ['norland-rates-1', 'norland-rates-2', 'norland-rates-3']);
    assert.deepEqual(state.active.get(split!.into)!.members, ['estmark-rates-1', 'estmark-rates-2']);
    assert.ok(split!.score < state.config.splitThreshold);
  });

  it('records why each moved member belongs with the others, and that it was split off', () => {
    const { state, story } = forcedStory(['hart-rehab-1', 'briar-rehab-1', 'hart-rehab-2', 'briar-rehab-2']);
    const [split] = splitIncoherent(state, story, () => {});
    assert.ok(split !== undefined);
    const [founder, second] = split.moved;
    assert.equal(founder!.explanation, null, 'the first member of the new story started it');
    assert.equal(second!.story_id, split.into);
    assert.match(second!.explanation!.summary, new RegExp(`^split from ${story.id}; joined because: `, 'u'));
  });

  it('leaves a story of one event alone', () => {
    const { state, story } = forcedStory(['flood-wire', 'flood-herald', 'flood-ledger', 'flood-morgen']);
    assert.deepEqual(splitIncoherent(state, story, () => {}), []);
    assert.equal(state.active.get(story.id), story);
  });

  it('keeps a lone loosely matching report with the group it matches best instead of splitting it off', () => {
    const { state, story } = forcedStory(['varga-1', 'varga-2', 'varga-3', 'castria-flood-1']);
    assert.deepEqual(splitIncoherent(state, story, () => {}), []);
  });

  it('stops re-checking a story that has outgrown the member limit', () => {
    const { state, story } = forcedStory(['norland-rates-1', 'estmark-rates-1', 'norland-rates-2', 'estmark-rates-2'], { refineMaxMembers: 3 });
    assert.equal(story.member_signals, null);
    assert.deepEqual(splitIncoherent(state, story, () => {}), []);
  });

  it('lets go of the member signals of a story no article joined for a while', () => {
    const { state, story } = forcedStory(['varga-1', 'varga-2', 'varga-3'], { refineQuietArrivals: 10 });
    releaseSettledStories(state);
    assert.equal(story.member_signals?.length, 3, 'a story joined just now keeps them');
    state.sequence += 11;
    releaseSettledStories(state);
    assert.equal(story.member_signals, null);
    assert.deepEqual(splitIncoherent(state, story, () => {}), []);
  });
});
