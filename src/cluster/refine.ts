// Story splits: a story that takes in a member is re-checked, and split when its members form separate groups.
//
// Streaming decisions are made early, on a story's first one or two members, where two reports of similar
// events (two earthquakes, two celebrity arrests) look alike. Later members show the difference: each event's
// reports match each other well and the other event's poorly. So a story's members are re-grouped by
// average linkage over their pairwise match scores (the same learned score that joins articles), and groups
// that do not reach `splitThreshold` with each other become stories of their own.
import type { StoryId, StoryMember, StorySplitOff } from '../model/index.ts';
import { scoreFeatures, type ClusterState } from './clusterer.ts';
import { explain } from './explain.ts';
import { articleAsComparable, computeFeatures, type Comparable } from './features.ts';
import type { ArticleSignal } from './signal.ts';
import { addMember, newStoryState, releaseMemberSignals, type RetainedMember, type StoryState } from './story-state.ts';

/** Fewer members cannot form two groups that each show agreement among themselves. */
const MIN_MEMBERS_TO_SPLIT = 3;

/**
 * A story split: `from` kept its first member's group; `into` is a new story holding `moved`, whose member
 * records (new story id, the same arrival sequence, and why each belongs with the others) replace theirs.
 */
export type StorySplit = StorySplitOff & { readonly moved: readonly StoryMember[] };

export type ScoreOf = (i: number, j: number) => number;

/**
 * Average-linkage agglomeration of `count` items: repeatedly joins the two groups with the highest mean pair
 * score, until no pair of groups reaches `threshold`. Groups come back in order of their first item, each in
 * item order, so the result depends only on the scores.
 */
export function averageLinkageGroups(count: number, scoreOf: ScoreOf, threshold: number): number[][] {
  const groups = Array.from({ length: count }, (_, i) => [i]);
  // link[a][b] = summed pair scores between groups a and b; the mean divides by their sizes.
  const link = Array.from({ length: count }, (_, i) => Array.from({ length: count }, (_, j) => (i === j ? 0 : scoreOf(i, j))));
  const alive = groups.map(() => true);
  for (;;) {
    let best = -Infinity;
    let bestA = -1;
    let bestB = -1;
    for (let a = 0; a < count; a++) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < count; b++) {
        if (!alive[b]) continue;
        const mean = link[a]![b]! / (groups[a]!.length * groups[b]!.length);
        if (mean > best) [best, bestA, bestB] = [mean, a, b];
      }
    }
    if (bestA < 0 || best < threshold) break;
    for (let c = 0; c < count; c++) {
      if (!alive[c] || c === bestA || c === bestB) continue;
      link[bestA]![c] = link[c]![bestA] = link[bestA]![c]! + link[bestB]![c]!;
    }
    groups[bestA]!.push(...groups[bestB]!);
    groups[bestA]!.sort((x, y) => x - y);
    alive[bestB] = false;
  }
  return groups.filter((_, g) => alive[g]).sort((x, y) => x[0]! - y[0]!);
}

/**
 * One comparable view per member signal: features cache a side's norms by its object, so a fresh view per pair
 * would recompute every earlier member's norms each time a member joins.
 */
const comparables = new WeakMap<ArticleSignal, Comparable>();

function comparableOf(signal: ArticleSignal): Comparable {
  let comparable = comparables.get(signal);
  if (comparable === undefined) comparables.set(signal, (comparable = articleAsComparable(signal)));
  return comparable;
}

/** Scores of each member with every earlier one, extending the story's cache to new members only. */
function memberScores(state: ClusterState, story: StoryState, members: readonly RetainedMember[]): number[][] {
  const rows = story.member_scores;
  for (let i = rows.length; i < members.length; i++) {
    const article = comparableOf(members[i]!.signal);
    const row: number[] = [];
    for (let j = 0; j < i; j++) row.push(scoreFeatures(state.config.weights, computeFeatures(article, comparableOf(members[j]!.signal))));
    rows.push(row);
  }
  return rows;
}

/** The cached score of members i and j (rows hold each member's scores with the earlier ones). */
function pairScore(rows: readonly number[][], i: number, j: number): number {
  return i > j ? rows[i]![j]! : rows[j]![i]!;
}

/**
 * Only groups of two or more members are events of their own: a lone member that matches no group well is a
 * loose report of the story, not a second event, so it stays with the group it matches best.
 */
function eventGroups(rows: readonly number[][], groups: readonly number[][]): number[][] {
  const events = groups.filter((group) => group.length >= 2).map((group) => [...group]);
  if (events.length < 2) return [groups.flat().sort((x, y) => x - y)];
  for (const loner of groups.filter((group) => group.length < 2)) {
    let best = events[0]!;
    for (const event of events) if (meanBetween(rows, loner, event) > meanBetween(rows, loner, best)) best = event;
    best.push(...loner);
  }
  return events.map((event) => event.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** The mean pair score among the members of one group (of two or more). */
function meanWithin(rows: readonly number[][], group: readonly number[]): number {
  let sum = 0;
  for (let x = 0; x < group.length; x++) for (let y = 0; y < x; y++) sum += pairScore(rows, group[x]!, group[y]!);
  return sum / ((group.length * (group.length - 1)) / 2);
}

/**
 * Event groups that match each other nearly as well as they match themselves are one loosely told event (an obituary
 * retold by outlets that each pick other details): rejoins them, the most alike pair first, until every pair's mean
 * score between falls below `ratio` of the mean within the less coherent of the two. What counts as "far apart"
 * differs by event: reports of a crisp event agree at 0.8, those of a loosely told one at 0.5, so an absolute split
 * threshold alone split the latter.
 */
export function distinctGroups(rows: readonly number[][], groups: readonly number[][], ratio: number): number[][] {
  const result = groups.map((group) => [...group]);
  for (;;) {
    let best = -Infinity;
    let pair: [number, number] | null = null;
    const within = result.map((group) => meanWithin(rows, group));
    for (let a = 0; a < result.length; a++) {
      for (let b = a + 1; b < result.length; b++) {
        const relative = meanBetween(rows, result[a]!, result[b]!) / Math.min(within[a]!, within[b]!);
        if (relative > best) [best, pair] = [relative, [a, b]];
      }
    }
    if (pair === null || best < ratio) break;
    result[pair[0]]!.push(...result[pair[1]]!);
    result[pair[0]]!.sort((x, y) => x - y);
    result.splice(pair[1], 1);
  }
  return result;
}

/** The mean pair score between two groups of member indexes. */
function meanBetween(rows: readonly number[][], a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += pairScore(rows, i, j);
  return sum / (a.length * b.length);
}

/**
 * A new story id for a group split off: its first member's story id, marked with the arrival sequence of the
 * split, so it can never be an id that an earlier story (merged away, or evicted and stored) already had.
 */
function splitStoryId(state: ClusterState, founder: RetainedMember): StoryId {
  return `s-${founder.signal.id}.${state.sequence}` as StoryId;
}

/**
 * Rebuilds a story from a group of its members in arrival order, as if they had streamed in alone. For a story
 * split off `splitFrom`, each member after the first gets an explanation against the members before it, saying
 * where it came from; the group that keeps the story keeps its members' records, so it needs none (null).
 */
function rebuildStory(
  state: ClusterState,
  id: StoryId,
  created: number,
  group: readonly RetainedMember[],
  splitFrom: StoryId | null,
): { story: StoryState; members: StoryMember[] } {
  const story = newStoryState(id, created);
  const members: StoryMember[] = [];
  for (const member of group) {
    let explanation = null;
    if (splitFrom !== null && story.members.length > 0) {
      const article = comparableOf(member.signal);
      const features = computeFeatures(article, story);
      const joined = explain(article, story, story.entity_labels, features, scoreFeatures(state.config.weights, features));
      explanation = { ...joined, summary: `split from ${splitFrom}; ${joined.summary}` };
    }
    addMember(story, member.signal, member.sequence, state.config);
    members.push({ article_id: member.signal.id, story_id: id, sequence: member.sequence, explanation });
  }
  return { story, members };
}

/**
 * Splits a story whose members fall into groups below `splitThreshold`. The group holding the story's first
 * member keeps the story (rebuilt from its members); every other group becomes a new story.
 */
export function splitIncoherent(state: ClusterState, story: StoryState, onRebuilt: (story: StoryState) => void): StorySplit[] {
  const members = story.member_signals;
  if (members === null || members.length < MIN_MEMBERS_TO_SPLIT) return [];
  const rows = memberScores(state, story, members);
  const { splitThreshold, splitDistinctness } = state.config;
  const candidates = eventGroups(rows, averageLinkageGroups(members.length, (i, j) => pairScore(rows, i, j), splitThreshold));
  const groups = distinctGroups(rows, candidates, splitDistinctness);
  if (groups.length < 2) return [];
  const [kept, ...others] = groups;
  const rebuilt = rebuildStory(state, story.id, story.created, kept!.map((i) => members[i]!), null);
  state.active.set(story.id, rebuilt.story);
  onRebuilt(rebuilt.story);
  const splits: StorySplit[] = [];
  for (const group of others) {
    const founder = members[group[0]!]!;
    const id = splitStoryId(state, founder);
    const split = rebuildStory(state, id, founder.sequence, group.map((i) => members[i]!), story.id);
    state.active.set(id, split.story);
    onRebuilt(split.story);
    splits.push({ from: story.id, into: id, moved: split.members, score: meanBetween(rows, kept!, group) });
  }
  return splits;
}

/** Lets go of the member signals of stories that no article has joined for `refineQuietArrivals` arrivals. */
export function releaseSettledStories(state: ClusterState): void {
  for (const story of state.active.values()) {
    if (story.member_signals !== null && state.sequence - story.last_sequence > state.config.refineQuietArrivals) releaseMemberSignals(story);
  }
}
