// Turns a scored match into the explanation a person reads: what matched, the parts, the time apart.
import type { Explanation } from '../model/story.ts';
import type { Comparable, Features } from './features.ts';
import { hoursApart } from './features.ts';
import { nameIn, namesMatchLoosely } from './name-features.ts';
import { TermSums } from './term-vectors.ts';
import { HOUR_MS } from './window.ts';
import { DAY_MS } from '../model/published.ts';

/** Names and terms listed in an explanation. */
const LISTED_NAMES = 5;
const LISTED_TERMS = 6;

/**
 * Keys of `b` that `a` has too, strongest first; `keyIn` finds a key of `a` in `b` (names: also spelled otherwise in
 * another language).
 */
function sharedByWeight(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  count: number,
  keyIn?: (key: string) => string | undefined,
): string[] {
  const shared: Array<[string, number]> = [];
  if (keyIn === undefined && a instanceof TermSums && b instanceof TermSums) {
    a.forEachShared(b, (key, weight, other) => shared.push([key, weight * other]));
    return strongestShared(shared, count);
  }
  // forEach, not for-of: a story's TermSums visits its arrays without an entry object per step.
  a.forEach((weight, key) => {
    // Without `keyIn`, one lookup finds the key and its weight (a has-then-get pair was 1.1% of the cluster stage).
    const match = keyIn === undefined ? key : keyIn(key);
    const other = match === undefined ? undefined : b.get(match);
    if (other !== undefined) shared.push([match!, weight * other]);
  });
  return strongestShared(shared, count);
}

/** The keys of the `count` heaviest products, heaviest first (ties by key). */
function strongestShared(shared: Array<[string, number]>, count: number): string[] {
  return shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, count).map(([key]) => key);
}

/** A side's publication span in milliseconds (0 for one timestamp; a day for a date without a time). */
const spanLength = (side: Comparable): number => (side.first === null || side.last === null ? 0 : side.last - side.first);

/**
 * How far apart the article and the story were published. Spans that overlap are 0 hours apart, which is not "under
 * 1 h" when one of them is a day (a date without a time) or a story's hours or days of coverage.
 */
function formatHours(hours: number, article: Comparable, story: Comparable): string {
  const longest = Math.max(spanLength(article), spanLength(story));
  if (hours === 0 && longest === DAY_MS) return 'same day';
  if (hours === 0 && longest >= HOUR_MS) return "within the story's dates";
  if (hours < 1) return 'under 1 h apart';
  if (hours < 48) return `${Math.round(hours)} h apart`;
  return `${Math.round(hours / 24)} days apart`;
}

export function explain(
  article: Comparable,
  story: Comparable,
  labels: ReadonlyMap<string, string>,
  features: Features,
  score: number,
): Explanation {
  const names = [...new Set(sharedByWeight(article.entities, story.entities, LISTED_NAMES * 2, (word) => nameIn(story, 'entities', word, namesMatchLoosely(article, story))).map((word) => labels.get(word) ?? word))].slice(0, LISTED_NAMES);
  const terms = sharedByWeight(article.body, story.body, LISTED_TERMS);
  const hours = hoursApart(article, story);
  const pieces = [
    names.length > 0 ? names.join(', ') : null,
    `body ${features.body.toFixed(2)}`,
    features.title > 0 ? `title ${features.title.toFixed(2)}` : null,
    features.numbers > 0 ? `numbers ${features.numbers.toFixed(2)}` : null,
    hours === null ? 'no date' : formatHours(hours, article, story),
  ].filter((piece): piece is string => piece !== null);
  return {
    score,
    parts: { body: features.body, title: features.title, entities: features.entities, numbers: features.numbers, hours },
    entities: names,
    terms,
    summary: `joined because: ${pieces.join('; ')} (score ${score.toFixed(2)})`,
  };
}
