// The parts of a match score between an article (or a story) and a story, as named numbers in [0, 1].
// The vector arithmetic under them is in vector-dots.ts, the matching of names in name-features.ts.
import type { SparseVector } from '../compare/sparse.ts';
import type { ArticleSignal } from './signal.ts';
import { HOUR_MS } from './window.ts';
import { derived, type Overlap } from './side-cache.ts';
import {
  articlesTermDot, charCosine, charCosineAndDot, cosineOf, filteredDotOf, loadFilter, memberDot, termCosineAndDot, type CharVector,
} from './vector-dots.ts';
import { crossLingualNameCosine, disjoint, entityMiss, leadMiss, namesCompared, namesMatchLoosely } from './name-features.ts';

/** What a story keeps of each recent member: only the vectors best-member similarity reads. */
export type MemberVectors = {
  readonly body: ReadonlyMap<string, number>;
  readonly entities: ReadonlyMap<string, number>;
  readonly char_text: SparseVector;
  readonly char_names: SparseVector;
};

type KeySet = { has(key: string): boolean; readonly size: number; keys(): Iterable<string> };

/** Either side of a comparison: an arriving article seen as a one-member story, or a story. */
export type Comparable = {
  readonly body: ReadonlyMap<string, number>;
  readonly title_vector: ReadonlyMap<string, number>;
  readonly grams: ReadonlyMap<string, number>;
  /** Hashed character-gram vectors (see `ArticleSignal.char_text`); stories hold member sums. */
  readonly char_text: CharVector;
  readonly char_lead: CharVector;
  readonly char_names: CharVector;
  readonly entities: ReadonlyMap<string, number>;
  readonly numbers: KeySet;
  readonly years: KeySet;
  readonly lead_names: KeySet;
  readonly languages: ReadonlySet<string>;
  readonly recent: readonly MemberVectors[];
  readonly first: number | null;
  readonly last: number | null;
  /** Bumped whenever the vectors change, so derived values (norms, salient names) can be cached. */
  readonly version: number;
};

export const FEATURE_NAMES = [
  'bias',
  'body',
  'body_best',
  'title',
  'entities',
  'entities_best',
  'numbers',
  'time_gap',
  'cross_lingual',
  'cross_entities',
  'cross_numbers',
  'body_x_entities',
  'entity_miss',
  'year_conflict',
  'grams',
  'cross_grams',
  'lead_miss',
  'char_text',
  'cross_char_text',
  'char_text_best',
  'char_lead',
  'char_names',
  'cross_char_names',
  'char_text_mean',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

// No "date unknown" feature: in the labeled sets only PAC has dates and its negatives are years apart, so any
// bonus for being dated (or close) would be learned from that artifact and would join same-hour unrelated
// news in a real stream. Time can only count against a match (time_gap), never for it.

/** A month, in hours: gaps beyond it count as fully apart. */
const TIME_SCALE_HOURS = 24 * 30;
/**
 * Gaps within a day do not count: an event's reports spread over the day after it, and a date without a time (PAC's,
 * many feeds') cannot say which hour it was. Before, the log curve charged its steepest part to the first hours, a
 * penalty the labelled data never taught (its dated pairs are whole days apart): two timestamped reports of one event
 * 6 hours apart lost 0.66 of score logit. With the day's grace and the same weights, the demo corpus's German report
 * of the Rhine low water joined the English ones (BCubed 0.976 → 1.0) and PAC rose 0.933 → 0.935 (ECB+ and SemEval
 * are undated). Refitting the weights with it left ECB+, PAC and SemEval within 0.003 but moved two cross-lingual
 * SemEval pairs (de-en F1 0.700 → 0.683), so the weights stay as fitted.
 */
const SAME_DAY_HOURS = 24;

export function articleAsComparable(signal: ArticleSignal): Comparable {
  return {
    body: signal.body,
    title_vector: signal.title_vector,
    grams: signal.grams,
    char_text: signal.char_text,
    char_lead: signal.char_lead,
    char_names: signal.char_names,
    entities: signal.entities,
    numbers: signal.numbers,
    years: signal.years,
    lead_names: signal.lead_names,
    languages: new Set(signal.language === null ? [] : [signal.language]),
    recent: [signal],
    first: signal.time,
    last: signal.time_end,
    version: 0,
  };
}

export type MemberScores = { readonly textBest: number; readonly textMean: number; readonly bodyBest: number; readonly entitiesBest: number };

/**
 * The features read from members' own vectors pair by pair (`memberScores`), most of the cost of comparing two
 * stories. Each is a cosine of unit-length vectors (or a mean of them), so in [0, 1].
 */
export const MEMBER_FEATURES = ['body_best', 'entities_best', 'char_text_best', 'char_text_mean'] as const satisfies readonly FeatureName[];

/**
 * The features read from the sides' hashed character-gram vectors (`addCharFeatures`), the costliest of the rest.
 * Cosines of non-negative vectors (or 0), so in [0, 1].
 */
export const CHAR_FEATURES = ['char_text', 'cross_char_text', 'char_lead', 'char_names', 'cross_char_names'] as const satisfies readonly FeatureName[];

/** Best and mean cosine over pairs of members' unit-length vectors (text), best only for body and names: one pass. */
export function memberScores(a: Comparable, b: Comparable): MemberScores {
  let textBest = 0;
  let textSum = 0;
  let bodyBest = 0;
  let entitiesBest = 0;
  for (const x of a.recent) {
    // Loaded once per member of a; `filteredDotOf` finds it among the loaded filters for each of b's members.
    loadFilter(x.char_text);
    for (const y of b.recent) {
      const text = memberDot(x.char_text, y.char_text, filteredDotOf);
      textBest = Math.max(textBest, text);
      textSum += text;
      bodyBest = Math.max(bodyBest, articlesTermDot(x.body, y.body));
      entitiesBest = Math.max(entitiesBest, articlesTermDot(x.entities, y.entities));
    }
  }
  if (!namesCompared(a, b)) entitiesBest = 0;
  const pairs = a.recent.length * b.recent.length;
  return { textBest, textMean: pairs === 0 ? 0 : textSum / pairs, bodyBest, entitiesBest };
}

function numberOverlap(a: Comparable, b: Comparable): number {
  if (a.numbers.size === 0 || b.numbers.size === 0) return 0;
  const [small, large] = a.numbers.size <= b.numbers.size ? [a, b] : [b, a];
  let shared = 0;
  for (const key of small.numbers.keys()) if (large.numbers.has(key)) shared++;
  return Math.min(1, shared / Math.sqrt(comparedNumbers(a) * comparedNumbers(b)));
}

/**
 * How many numbers a side counts with. A story's numbers pile up with its members; counted past MAX_COMPARED_NUMBERS
 * they diluted the overlap of every new report of a long-running story towards 0 (as its lead names diluted lead_miss).
 * A function of its own, not a closure per call: under tsx (esbuild keepNames) each named closure costs a defineProperty.
 */
function comparedNumbers(side: Comparable): number {
  return Math.min(side.numbers.size, MAX_COMPARED_NUMBERS);
}

/** Numbers a side counts with at most, for `numberOverlap`; no story of the labelled sets holds this many. */
export const MAX_COMPARED_NUMBERS = 64;

/** Hours between the nearest ends of the two time spans (0 when they overlap), or null when one is undated. */
export function hoursApart(a: Comparable, b: Comparable): number | null {
  if (a.first === null || a.last === null || b.first === null || b.last === null) return null;
  if (a.last < b.first) return (b.first - a.last) / HOUR_MS;
  if (b.last < a.first) return (a.first - b.last) / HOUR_MS;
  return 0;
}

function yearConflict(a: Comparable, b: Comparable): number {
  if (a.years.size === 0 || b.years.size === 0) return 0;
  for (const year of a.years.keys()) if (b.years.has(year)) return 0;
  return 1;
}

function overlap(a: Comparable, b: Comparable): Overlap {
  const cache = derived(a).overlaps;
  let value = cache.get(b);
  if (value === undefined || value.version !== b.version) {
    // Across languages names are what two reports share, spelled or inflected their own way.
    const entities = namesMatchLoosely(a, b) ? { cosine: crossLingualNameCosine(a, b), dot: null } : termCosineAndDot(a, b, (side) => side.entities);
    const body = termCosineAndDot(a, b, (side) => side.body);
    value = { version: b.version, body: body.cosine, entities: entities.cosine, bodyDot: body.dot, entitiesDot: entities.dot };
    cache.set(b, value);
  }
  return value;
}

/**
 * How much of the shortlist score a month or more apart takes away. Half: with all of it ECB+ fell 0.908 → 0.901 (a
 * story's own reports a month apart, as ECB+'s March and April reports of one rule change, missed the shortlist);
 * a quarter and a half gave the same scores everywhere.
 */
const SHORTLIST_TIME_DISCOUNT = 0.5;

/**
 * Body plus name cosine, discounted by time apart: the shortlist score that decides which candidates get the full
 * feature set. Without the discount a story from years before that shares the words took the place of a report's
 * own twin of the same day (PAC, read out of date order: BCubed 0.931 → 0.935 with it), since the full score's time
 * penalty came too late.
 */
export function quickSimilarity(a: Comparable, b: Comparable): number {
  const { body, entities } = overlap(a, b);
  const hours = hoursApart(a, b);
  return (body + entities) * (hours === null ? 1 : 1 - SHORTLIST_TIME_DISCOUNT * timeGap(hours));
}

/** The `time_gap` feature for two sides `hours` apart: 0 within a day, rising to 1 at a month. */
function timeGap(hours: number): number {
  return Math.min(1, Math.log1p(Math.max(0, hours - SAME_DAY_HOURS)) / Math.log1p(TIME_SCALE_HOURS - SAME_DAY_HOURS));
}

/**
 * The features of a against b but the character-gram and member ones (`CHAR_FEATURES`, `MEMBER_FEATURES`), which are
 * 0 until `addCharFeatures` and `addMemberFeatures` fill them in: a caller can bound the score first and skip those
 * for a pair that cannot matter. Their keys hold their places, so a filled object is key for key `computeFeatures`'.
 */
export function lexicalFeatures(a: Comparable, b: Comparable): Features {
  const { body, entities: nameCosine } = overlap(a, b);
  const crossLingual = disjoint(a.languages, b.languages) ? 1 : 0;
  const names = namesCompared(a, b);
  const loose = namesMatchLoosely(a, b);
  const entities = names ? nameCosine : 0;
  const numbers = numberOverlap(a, b);
  const hours = hoursApart(a, b);
  const grams = cosineOf(a, b, (side) => side.grams);
  return {
    bias: 1,
    body,
    body_best: 0,
    title: cosineOf(a, b, (side) => side.title_vector),
    entities,
    entities_best: 0,
    numbers,
    time_gap: hours === null ? 0 : timeGap(hours),
    cross_lingual: crossLingual,
    cross_entities: crossLingual * entities,
    cross_numbers: crossLingual * numbers,
    body_x_entities: body * entities,
    entity_miss: names ? Math.max(entityMiss(a, b, loose), entityMiss(b, a, loose)) : 0,
    year_conflict: yearConflict(a, b),
    grams: crossLingual === 1 ? 0 : grams,
    cross_grams: crossLingual === 1 ? grams : 0,
    lead_miss: names ? leadMiss(a, b, loose) : 0,
    char_text: 0,
    cross_char_text: 0,
    char_text_best: 0,
    char_text_mean: 0,
    char_lead: 0,
    char_names: 0,
    cross_char_names: 0,
  };
}

/**
 * Fills in the character-gram features of `features` (a's against b's, from `lexicalFeatures`); returns the text
 * vectors' dot product (null when a zero norm left it unsummed).
 */
export function addCharFeatures(features: Features, a: Comparable, b: Comparable): number | null {
  const crossLingual = features.cross_lingual;
  const { cosine: charText, dot: textDot } = charCosineAndDot(a, b, (side) => side.char_text);
  const charNames = charCosine(a, b, (side) => side.char_names);
  features.char_text = crossLingual === 1 ? 0 : charText;
  features.cross_char_text = crossLingual === 1 ? charText : 0;
  features.char_lead = charCosine(a, b, (side) => side.char_lead);
  features.char_names = charNames;
  features.cross_char_names = crossLingual * charNames;
  return textDot;
}

/** Fills in the member features of `features` from the pairwise member scores. */
export function addMemberFeatures(features: Features, members: MemberScores): void {
  features.body_best = members.bodyBest;
  features.entities_best = members.entitiesBest;
  features.char_text_best = members.textBest;
  // A story that wrongly took in another event's report matches the next report of either event only in part.
  features.char_text_mean = members.textMean;
}

/** Whether a side is one article seen as a story: its one member's vectors are its own. */
function isLoneArticle(side: Comparable): boolean {
  const member = side.recent.length === 1 ? side.recent[0]! : undefined;
  return member !== undefined && member.body === side.body && member.entities === side.entities && member.char_text === side.char_text;
}

/**
 * `memberScores` of two lone articles from the dot products their cosines already summed: the one member pair is the
 * pair itself, so its best-member scores are those same sums (charDot and filteredDot add the same products in the same
 * ascending key order; termDot is called with the same vectors). Refine scores every member pair this way: the member
 * stage was a quarter of a pair's cost (profile, 6,000 bench articles).
 */
function loneArticleScores(a: Comparable, b: Comparable, textDot: number | null): MemberScores {
  const { bodyDot, entitiesDot } = overlap(a, b);
  // A sum that starts at +0 is never -0, so the mean of the one pair is its dot product as it is.
  const text = textDot ?? memberDot(a.char_text as SparseVector, b.char_text as SparseVector, filteredDotOf);
  return {
    textBest: Math.max(0, text),
    textMean: text,
    bodyBest: Math.max(0, bodyDot ?? articlesTermDot(a.body, b.body)),
    entitiesBest: namesCompared(a, b) ? Math.max(0, entitiesDot ?? articlesTermDot(a.entities, b.entities)) : 0,
  };
}

/** The features of a against b. */
export function computeFeatures(a: Comparable, b: Comparable): Features {
  const features = lexicalFeatures(a, b);
  const textDot = addCharFeatures(features, a, b);
  addMemberFeatures(features, isLoneArticle(a) && isLoneArticle(b) ? loneArticleScores(a, b, textDot) : memberScores(a, b));
  return features;
}

