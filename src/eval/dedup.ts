// Measures the dedup stage on a labeled set: derived copies of known kinds (dedup-copies.ts) are streamed with the
// originals through ingest's cleaner and the real deduplicator, and the links it makes are scored against the truth
// of the texts: which copy came from which original, and how much text two articles really share.
import xxhash, { type XXHashAPI } from 'xxhash-wasm';
import type { ArticleId, ArticleLink, ArticleLinkKind } from '../model/index.ts';
import { createCleaner } from '../clean/index.ts';
import { recordToItem } from '../ingest/index.ts';
import { createDeduplicatorWith, DEFAULT_DEDUP_CONFIG, normalizedWords, shingleHashes, type DedupConfig } from '../dedup/index.ts';
import { sharedCount } from '../dedup/shingles.ts';
import { COPY_KINDS, generateCopies, type CopyKind, type DerivedCopy, type SourceArticle } from './dedup-copies.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * How far from a threshold of the stage the truth must be before a call on that side of it counts as wrong. The
 * stage estimates: Jaccard from 64 MinHash slots (standard error about 0.05 near 0.8) and containment from a 1-in-4
 * sample of shingles (about ±0.1 for a short report of ~60 samples, less for longer texts), so a pair within this
 * margin of a threshold may fairly fall either side.
 */
export const MARGIN = 0.1;

/**
 * What the truth of a pair asks of the stage, counted on all shingles: a link is right when one text truly shares
 * at least `linkable` of its shingles with the other; a pair sharing at least `copied` must be linked; below
 * `linkable` the two are independent and must not be.
 */
export function overlapBounds(config: DedupConfig = DEFAULT_DEDUP_CONFIG): { readonly linkable: number; readonly copied: number } {
  return { linkable: config.copyContainment - MARGIN, copied: config.copyContainment + MARGIN };
}

/** One article of the stream: an original of the set, or a derived copy. */
export type StreamItem = SourceArticle & { readonly copy: DerivedCopy | null };

/**
 * Originals in a seeded random order, each copy at a random later point after its original (a copy is published after
 * what it copies, sometimes at once, sometimes much later), as an ingest of several outlets' feeds would bring them.
 */
export function streamOrder(originals: readonly SourceArticle[], copies: readonly DerivedCopy[], seed: number): StreamItem[] {
  const random = seededRandom(seed);
  const at = new Map<string, number>(originals.map((article) => [article.id, random()]));
  const placed = [
    ...originals.map((article) => ({ item: { ...article, copy: null }, at: at.get(article.id)! })),
    ...copies.map((copy) => {
      const after = at.get(copy.of) ?? 0;
      return { item: { ...copy, copy }, at: after + (1 - after) * random() };
    }),
  ];
  return placed.sort((a, b) => a.at - b.at).map(({ item }) => item);
}

/** The stream as the dedup stage saw it: each stored article's cleaned text, and the links the stage made. */
export type DedupRun = {
  readonly texts: ReadonlyMap<string, string>;
  readonly links: readonly ArticleLink[];
  /** Items ingest's cleaner rejected (too little text): never stored, so never deduplicated. */
  readonly rejected: readonly string[];
  readonly seconds: number;
};

/**
 * Feeds the stream to the deduplicator the way the story engine does (src/pipeline-stories.ts): each record is read
 * as ingest reads it, cleaned, and its article text added with its publication date, in stream order.
 */
export function runDedup(hasher: XXHashAPI, stream: readonly StreamItem[], config: Partial<DedupConfig> = {}): DedupRun {
  const clean = createCleaner();
  const dedup = createDeduplicatorWith(hasher, config);
  const texts = new Map<string, string>();
  const links: ArticleLink[] = [];
  const rejected: string[] = [];
  let dedupMs = 0;
  stream.forEach((item, i) => {
    const record = { id: item.id, title: item.title, text: item.text, published_at: item.published_at };
    const read = recordToItem(record, { file: 'dedup-eval', line: i + 1 });
    const cleaned = read.ok ? clean(read.raw) : null;
    if (cleaned?.ok !== true) {
      rejected.push(item.id);
      return;
    }
    texts.set(item.id, cleaned.article.text);
    const started = performance.now();
    links.push(...dedup.add(item.id as ArticleId, cleaned.article.text, cleaned.article.published_at));
    dedupMs += performance.now() - started;
  });
  return { texts, links, rejected, seconds: dedupMs / 1000 };
}

/** How much two texts share, counted on all their shingles (the stage samples them). */
export type Overlap = {
  readonly jaccard: number;
  /** Share of the first text's shingles found in the second: the reused share when the first is the copy. */
  readonly shareOfFirst: number;
  readonly shareOfSecond: number;
};

/** Exact shingle sets of texts, computed once each, with the stage's normalisation and shingle length. */
export function createOverlaps(hasher: XXHashAPI, texts: ReadonlyMap<string, string>, config: DedupConfig = DEFAULT_DEDUP_CONFIG) {
  const shingles = new Map<string, Uint32Array>();
  const of = (id: string): Uint32Array => {
    let set = shingles.get(id);
    if (set === undefined) {
      set = shingleHashes(hasher, normalizedWords(texts.get(id) ?? ''), config.shingleWords);
      shingles.set(id, set);
    }
    return set;
  };
  const between = (a: string, b: string): Overlap => {
    const sa = of(a);
    const sb = of(b);
    const shared = sharedCount(sa, sb);
    return { jaccard: shared / Math.max(1, sa.length + sb.length - shared), shareOfFirst: shared / Math.max(1, sa.length), shareOfSecond: shared / Math.max(1, sb.length) };
  };
  return { of, between };
}
export type Overlaps = ReturnType<typeof createOverlaps>;

const containment = (overlap: Overlap): number => Math.max(overlap.shareOfFirst, overlap.shareOfSecond);

/** The kinds of link a copy may fairly get, from how much of its text it truly shares with its original. */
export function expectedKinds(trueJaccard: number, config: DedupConfig = DEFAULT_DEDUP_CONFIG): readonly ArticleLinkKind[] {
  if (trueJaccard >= config.duplicateJaccard + MARGIN) return ['duplicate'];
  if (trueJaccard <= config.duplicateJaccard - MARGIN) return ['copy'];
  return ['duplicate', 'copy'];
}

export type KindScores = {
  readonly copies: number;
  /** Copies linked to their original, either way round. */
  readonly linked: number;
  readonly recall: number;
  /** Linked with a kind the truth allows (`expectedKinds`). */
  readonly right_kind: number;
  readonly right_kind_recall: number;
  /** Linked from the original to the copy (the copy came later, so this is backwards). */
  readonly reversed: number;
  /** Mean absolute error of the link's `shared` (share of the copy's text found in the original) against the truth. */
  readonly share_mae: number | null;
  readonly mean_true_share: number;
  readonly mean_true_jaccard: number;
};

/** A pair of articles, with how much text they truly share and whether the stage linked them. */
export type ScoredPair = {
  readonly from: string;
  readonly to: string;
  readonly kind: ArticleLinkKind | null;
  readonly containment: number;
  readonly jaccard: number;
  readonly same_story: boolean;
};

export type NegativeScores = {
  /** Pairs of originals that truly share less than `linkable`: independent reports (same story) or unrelated ones. */
  readonly pairs: number;
  readonly linked: number;
  readonly rate: number;
};

export type DedupReport = {
  readonly set: string;
  readonly originals: number;
  readonly copies: number;
  readonly rejected: number;
  readonly kinds: Readonly<Record<CopyKind, KindScores>>;
  /** Every link the stage made; correct when one text truly shares `linkable` of its shingles with the other. */
  readonly links: { readonly total: number; readonly correct: number; readonly precision: number };
  /**
   * Pairs of originals sharing at least `copied` (the sets' own copies: one wire story on two sites) and how many the
   * stage linked; `borderline`: pairs between `linkable` and `copied`, which it may link or not.
   */
  readonly natural_copies: {
    readonly pairs: number;
    readonly same_story: number;
    readonly linked: number;
    readonly recall: number;
    readonly borderline: { readonly pairs: number; readonly linked: number };
  };
  readonly same_story: NegativeScores;
  readonly other_story: NegativeScores;
  readonly false_links: readonly ScoredPair[];
  readonly missed: ReadonlyArray<{ readonly copy: string; readonly kind: CopyKind; readonly problem: string }>;
  readonly dedup_seconds: number;
};

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * Pairs of texts of which one truly shares at least `floor` of its shingles with the other, found through an index of
 * their shingles rather than by comparing every pair. Shingles in more than `commonLimit` texts (stock phrases) are
 * left out of the search, so its count is a lower bound: pairs are kept on a generous cut of it, then measured on all
 * their shingles.
 */
export function overlappingPairs(ids: readonly string[], overlaps: Overlaps, floor: number, commonLimit = 50): Array<{ a: string; b: string; overlap: Overlap }> {
  const holders = new Map<number, number[]>();
  ids.forEach((id, i) => {
    for (const shingle of overlaps.of(id)) {
      const list = holders.get(shingle);
      if (list === undefined) holders.set(shingle, [i]);
      else list.push(i);
    }
  });
  const shared = new Map<number, number>();
  for (const list of holders.values()) {
    if (list.length > commonLimit) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) shared.set(list[x]! * ids.length + list[y]!, (shared.get(list[x]! * ids.length + list[y]!) ?? 0) + 1);
  }
  const found: Array<{ a: string; b: string; overlap: Overlap }> = [];
  for (const [key, count] of shared) {
    const a = ids[Math.floor(key / ids.length)]!;
    const b = ids[key % ids.length]!;
    if (count / Math.min(overlaps.of(a).length, overlaps.of(b).length) < floor / 2) continue;
    const overlap = overlaps.between(a, b);
    if (containment(overlap) >= floor) found.push({ a, b, overlap });
  }
  return found;
}

function scoreKind(kind: CopyKind, copies: readonly DerivedCopy[], run: DedupRun, overlaps: Overlaps, config: DedupConfig, missed: DedupReport['missed'][number][]): KindScores {
  const ofKind = copies.filter((copy) => copy.kind === kind && run.texts.has(copy.id) && run.texts.has(copy.of));
  let linked = 0;
  let rightKind = 0;
  let reversed = 0;
  const errors: number[] = [];
  const shares: number[] = [];
  const jaccards: number[] = [];
  for (const copy of ofKind) {
    const truth = overlaps.between(copy.id, copy.of);
    shares.push(truth.shareOfFirst);
    jaccards.push(truth.jaccard);
    const link = run.links.find((l) => (l.from === copy.id && l.to === copy.of) || (l.from === copy.of && l.to === copy.id));
    if (link === undefined) {
      missed.push({ copy: copy.id, kind, problem: `not linked (true share ${truth.shareOfFirst.toFixed(2)}, Jaccard ${truth.jaccard.toFixed(2)})` });
      continue;
    }
    linked++;
    const allowed = expectedKinds(truth.jaccard, config);
    if (allowed.includes(link.kind)) rightKind++;
    else missed.push({ copy: copy.id, kind, problem: `linked as ${link.kind} (score ${link.score.toFixed(2)}) at true Jaccard ${truth.jaccard.toFixed(2)}` });
    if (link.from === copy.of) reversed++;
    else errors.push(Math.abs(link.shared - truth.shareOfFirst));
  }
  return {
    copies: ofKind.length,
    linked,
    recall: ofKind.length === 0 ? 0 : linked / ofKind.length,
    right_kind: rightKind,
    right_kind_recall: ofKind.length === 0 ? 0 : rightKind / ofKind.length,
    reversed,
    share_mae: errors.length === 0 ? null : mean(errors),
    mean_true_share: mean(shares),
    mean_true_jaccard: mean(jaccards),
  };
}

/** Scores a run: recall per kind of copy, precision of every link, and how often originals were linked. */
export function scoreDedup(set: string, originals: readonly SourceArticle[], copies: readonly DerivedCopy[], run: DedupRun, overlaps: Overlaps, config: DedupConfig = DEFAULT_DEDUP_CONFIG): DedupReport {
  const missed: DedupReport['missed'][number][] = [];
  const kinds = Object.fromEntries(COPY_KINDS.map((kind) => [kind, scoreKind(kind, copies, run, overlaps, config, missed)])) as Record<CopyKind, KindScores>;

  const bounds = overlapBounds(config);
  const storyOf = new Map<string, string>([...originals, ...copies].map((article) => [article.id, article.story]));
  const linkedPairs = new Map<string, ArticleLink>(run.links.map((link) => [pairKey(link.from, link.to), link]));
  const falseLinks: ScoredPair[] = [];
  let correct = 0;
  for (const link of linkedPairs.values()) {
    const overlap = overlaps.between(link.from, link.to);
    if (containment(overlap) >= bounds.linkable) correct++;
    else falseLinks.push({ from: link.from, to: link.to, kind: link.kind, containment: containment(overlap), jaccard: overlap.jaccard, same_story: storyOf.get(link.from) === storyOf.get(link.to) });
  }

  // Pairs of stored originals: the sets' own copies must be linked, independent reports must not.
  const stored = originals.filter((article) => run.texts.has(article.id));
  const overlapping = overlappingPairs(stored.map((article) => article.id), overlaps, bounds.linkable);
  const natural = overlapping.filter(({ overlap }) => containment(overlap) >= bounds.copied);
  const borderline = overlapping.filter(({ overlap }) => containment(overlap) < bounds.copied);
  const overlappingKeys = new Set(overlapping.map(({ a, b }) => pairKey(a, b)));
  const isLinked = ({ a, b }: { a: string; b: string }): boolean => linkedPairs.has(pairKey(a, b));
  const sameStory = ({ a, b }: { a: string; b: string }): boolean => storyOf.get(a) === storyOf.get(b);
  const storySizes = new Map<string, number>();
  for (const article of stored) storySizes.set(article.story, (storySizes.get(article.story) ?? 0) + 1);
  const sameStoryPairs = [...storySizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const allPairs = (stored.length * (stored.length - 1)) / 2;
  const overlappingSameStory = overlapping.filter(sameStory).length;
  const negatives = {
    same: { pairs: sameStoryPairs - overlappingSameStory, linked: 0 },
    other: { pairs: allPairs - sameStoryPairs - (overlapping.length - overlappingSameStory), linked: 0 },
  };
  const isOriginal = new Set(stored.map((article) => article.id));
  for (const key of linkedPairs.keys()) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (isOriginal.has(a) && isOriginal.has(b) && !overlappingKeys.has(key)) negatives[sameStory({ a, b }) ? 'same' : 'other'].linked++;
  }
  const naturalLinked = natural.filter(isLinked).length;

  return {
    set,
    originals: originals.length,
    copies: copies.length,
    rejected: run.rejected.length,
    kinds,
    links: { total: linkedPairs.size, correct, precision: linkedPairs.size === 0 ? 1 : correct / linkedPairs.size },
    natural_copies: {
      pairs: natural.length,
      same_story: natural.filter(sameStory).length,
      linked: naturalLinked,
      recall: natural.length === 0 ? 1 : naturalLinked / natural.length,
      borderline: { pairs: borderline.length, linked: borderline.filter(isLinked).length },
    },
    same_story: { ...negatives.same, rate: negatives.same.pairs === 0 ? 0 : negatives.same.linked / negatives.same.pairs },
    other_story: { ...negatives.other, rate: negatives.other.pairs === 0 ? 0 : negatives.other.linked / negatives.other.pairs },
    false_links: falseLinks.sort((a, b) => b.containment - a.containment),
    missed,
    dedup_seconds: run.seconds,
  };
}

export type DedupEvalOptions = {
  readonly seed?: number;
  readonly perKind?: number;
  readonly config?: Partial<DedupConfig>;
};

export const DEFAULT_SEED = 1;
/** 40 originals per kind: 200 of ECB+'s ~800 copyable reports, 200 of PAC's 304. */
export const DEFAULT_PER_KIND = 40;

/** Generates the copies, streams them with the originals through the stage and scores the links. */
export async function evaluateDedup(set: string, originals: readonly SourceArticle[], options: DedupEvalOptions = {}): Promise<DedupReport> {
  const seed = options.seed ?? DEFAULT_SEED;
  const config: DedupConfig = { ...DEFAULT_DEDUP_CONFIG, ...options.config };
  const hasher = await xxhash();
  const copies = generateCopies(originals, { seed, perKind: options.perKind ?? DEFAULT_PER_KIND });
  const run = runDedup(hasher, streamOrder(originals, copies, seed), config);
  return scoreDedup(set, originals, copies, run, createOverlaps(hasher, run.texts, config), config);
}
