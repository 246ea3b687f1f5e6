// A story as the clusterer holds it in memory: summed vectors, names, numbers, time span, a few member signals.
import type { ArticleId, StoryId } from '../model/index.ts';
import type { MemberVectors } from './features.ts';
import type { ArticleSignal } from './signal.ts';
import { GramSums } from './sorted-grams.ts';
import { TermSums } from './term-vectors.ts';

export type StoryState = {
  readonly id: StoryId;
  /** Arrival sequence of the article that started it: the older story absorbs the newer in a merge. */
  readonly created: number;
  readonly members: ArticleId[];
  /** The first member's title that is known: what the story is called in lists. */
  title: string | null;
  /** Sums of member vectors (not normalised; features normalise on use). */
  readonly body: TermSums;
  readonly title_vector: TermSums;
  readonly grams: TermSums;
  /** Sums of members' hashed character-gram vectors (whole text, lead, capitalised words). */
  readonly char_text: GramSums;
  readonly char_lead: GramSums;
  readonly char_names: GramSums;
  readonly entities: TermSums;
  readonly entity_labels: Map<string, string>;
  /** Number → how many members mention it. */
  readonly numbers: Map<string, number>;
  /** Lead name word → how many members lead with it. */
  readonly lead_names: Map<string, number>;
  /** Year → how many members mention it. */
  readonly years: Map<string, number>;
  readonly languages: Set<string>;
  readonly sources: Set<string>;
  /** The most recent members' signals, for best-member similarity. */
  readonly recent: MemberVectors[];
  /**
   * Every member's signal and arrival sequence while the story is small enough to be re-checked for a split
   * (refine.ts); null once it has outgrown `refineMaxMembers` (a large story has settled, and keeping every
   * signal would grow memory with the window).
   */
  member_signals: RetainedMember[] | null;
  /** Cached member-pair scores for the split check: row i holds the scores of member i with members 0..i-1. */
  member_scores: number[][];
  /** The members' publication spans, from the first start to the last end (a date without a time runs to its day's end). */
  first: number | null;
  last: number | null;
  /** The latest member's publication start: what the story's summary shows as its last publication. */
  latest: number | null;
  /** Arrival sequence of the last member: decides eviction from the window when articles have no dates. */
  last_sequence: number;
  /** Set when a member joined since the last merge pass. */
  dirty: boolean;
  /** Bumped on every change, so cached norms and salient names are recomputed. */
  version: number;
};

export type RetainedMember = { readonly signal: ArticleSignal; readonly sequence: number };

export function newStoryState(id: StoryId, created: number): StoryState {
  return {
    id,
    created,
    members: [],
    title: null,
    body: new TermSums(),
    title_vector: new TermSums(),
    grams: new TermSums(),
    char_text: new GramSums(),
    char_lead: new GramSums(),
    char_names: new GramSums(),
    entities: new TermSums(),
    entity_labels: new Map(),
    numbers: new Map(),
    years: new Map(),
    lead_names: new Map(),
    languages: new Set(),
    sources: new Set(),
    recent: [],
    member_signals: [],
    member_scores: [],
    first: null,
    last: null,
    latest: null,
    last_sequence: 0,
    dirty: true,
    version: 0,
  };
}

/** Keeps the `keep` heaviest entries of a summed vector so long-running stories stay bounded in memory. */
function prune(target: GramSums | TermSums, keep: number): void {
  if (target.size > keep * 2) target.keepStrongest(keep);
}

export type StoryLimits = {
  readonly centroidTerms: number;
  readonly centroidGrams: number;
  readonly recentMembers: number;
  readonly refineMaxMembers: number;
};

function pruneAll(story: StoryState, limits: StoryLimits): void {
  prune(story.body, limits.centroidTerms);
  prune(story.title_vector, limits.centroidTerms);
  prune(story.grams, limits.centroidTerms * 3);
  prune(story.entities, limits.centroidTerms);
  prune(story.char_text, limits.centroidGrams);
  prune(story.char_lead, limits.centroidGrams);
  prune(story.char_names, limits.centroidGrams);
}

export function addMember(story: StoryState, signal: ArticleSignal, sequence: number, limits: StoryLimits): void {
  story.members.push(signal.id);
  story.title ??= signal.title;
  story.body.addAll(signal.body);
  story.title_vector.addAll(signal.title_vector);
  story.grams.addAll(signal.grams);
  story.char_text.add(signal.char_text);
  story.char_lead.add(signal.char_lead);
  story.char_names.add(signal.char_names);
  story.entities.addAll(signal.entities);
  for (const [word, label] of signal.entity_labels) if (!story.entity_labels.has(word)) story.entity_labels.set(word, label);
  for (const number of signal.numbers) story.numbers.set(number, (story.numbers.get(number) ?? 0) + 1);
  for (const year of signal.years) story.years.set(year, (story.years.get(year) ?? 0) + 1);
  for (const name of signal.lead_names) story.lead_names.set(name, (story.lead_names.get(name) ?? 0) + 1);
  if (signal.language !== null) story.languages.add(signal.language);
  if (signal.source !== null) story.sources.add(signal.source);
  story.recent.push({ body: signal.body, entities: signal.entities, char_text: signal.char_text, char_names: signal.char_names });
  if (story.recent.length > limits.recentMembers) story.recent.shift();
  retainMember(story, { signal, sequence }, limits);
  widenSpan(story, signal.time);
  widenSpan(story, signal.time_end);
  story.latest = laterOf(story.latest, signal.time);
  story.last_sequence = Math.max(story.last_sequence, sequence);
  story.dirty = true;
  story.version++;
  pruneAll(story, limits);
}

function retainMember(story: StoryState, member: RetainedMember, limits: StoryLimits): void {
  if (story.member_signals === null) return;
  if (story.member_signals.length >= limits.refineMaxMembers) releaseMemberSignals(story);
  else story.member_signals.push(member);
}

/** The story will not be re-checked for a split any more; its members' signals can go. */
export function releaseMemberSignals(story: StoryState): void {
  story.member_signals = null;
  story.member_scores = [];
}

const laterOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/** Stretches the story's time span to cover `time` (undated members leave it as it is). */
function widenSpan(story: StoryState, time: number | null): void {
  if (time === null) return;
  story.first = story.first === null ? time : Math.min(story.first, time);
  story.last = story.last === null ? time : Math.max(story.last, time);
}

/** Folds `absorbed` into `into` (members, vectors, span); `absorbed` is then dropped by the caller. */
export function absorb(into: StoryState, absorbed: StoryState, limits: StoryLimits): void {
  into.members.push(...absorbed.members);
  into.title ??= absorbed.title;
  into.body.addAll(absorbed.body);
  into.title_vector.addAll(absorbed.title_vector);
  into.grams.addAll(absorbed.grams);
  into.char_text.addSums(absorbed.char_text);
  into.char_lead.addSums(absorbed.char_lead);
  into.char_names.addSums(absorbed.char_names);
  into.entities.addAll(absorbed.entities);
  for (const [word, label] of absorbed.entity_labels) if (!into.entity_labels.has(word)) into.entity_labels.set(word, label);
  for (const [number, count] of absorbed.numbers) into.numbers.set(number, (into.numbers.get(number) ?? 0) + count);
  for (const [year, count] of absorbed.years) into.years.set(year, (into.years.get(year) ?? 0) + count);
  for (const [name, count] of absorbed.lead_names) into.lead_names.set(name, (into.lead_names.get(name) ?? 0) + count);
  for (const language of absorbed.languages) into.languages.add(language);
  for (const source of absorbed.sources) into.sources.add(source);
  into.recent.push(...absorbed.recent);
  into.recent.splice(0, Math.max(0, into.recent.length - limits.recentMembers));
  const retained = into.member_signals === null || absorbed.member_signals === null ? null : [...into.member_signals, ...absorbed.member_signals];
  if (retained === null || retained.length > limits.refineMaxMembers) releaseMemberSignals(into);
  else into.member_signals = retained.sort((a, b) => a.sequence - b.sequence);
  // Member order changed: the cached pair scores no longer line up with it.
  into.member_scores = [];
  widenSpan(into, absorbed.first);
  widenSpan(into, absorbed.last);
  into.latest = laterOf(into.latest, absorbed.latest);
  into.last_sequence = Math.max(into.last_sequence, absorbed.last_sequence);
  into.dirty = true;
  into.version++;
  pruneAll(into, limits);
}

/** True when entry (key, weight) ranks before (otherKey, otherWeight): heavier first, ties by key. */
function ranksBefore(key: string, weight: number, otherKey: string, otherWeight: number): boolean {
  return weight > otherWeight || (weight === otherWeight && key < otherKey);
}

/**
 * The story's heaviest keys of a vector, heaviest first (ties by key, for determinism). A bounded insertion keeps
 * only the best `count` seen so far, so most entries cost one comparison instead of a sort of the whole map.
 * Their weights, in the same order, are left in `weights` when the caller passes an array.
 */
export function topKeys<K extends string>(vector: ReadonlyMap<K, number>, count: number, weights: number[] = []): K[] {
  const keys: K[] = [];
  weights.length = 0;
  if (count <= 0) return keys;
  // forEach, not for-of: a story's TermSums visits its arrays without an entry object per step.
  vector.forEach((weight, key) => {
    if (keys.length === count && !ranksBefore(key, weight, keys[count - 1]!, weights[count - 1]!)) return;
    let at = keys.length === count ? count - 1 : keys.length;
    while (at > 0 && ranksBefore(key, weight, keys[at - 1]!, weights[at - 1]!)) {
      keys[at] = keys[at - 1]!;
      weights[at] = weights[at - 1]!;
      at--;
    }
    keys[at] = key;
    weights[at] = weight;
  });
  return keys;
}
