// What a side of a comparison caches about itself: values derived from its vectors, kept until its version changes.
import type { NameIndex } from '../analyze/index.ts';
import type { Comparable } from './features.ts';
import type { NameField } from './name-features.ts';

/** Values derived from a side's vectors, computed once per version (stories are compared with many articles). */
type Derived = {
  readonly version: number;
  readonly norms: Map<object, number>;
  salient: ReadonlyArray<readonly [string, number]> | null;
  /** The same among its country names only (see `countriesOnly` in name-features.ts). */
  salientCountries: ReadonlyArray<readonly [string, number]> | null;
  /** The lead names `lead_miss` looks at, with their weights (see `comparedLeadNames`). */
  leadNames: ReadonlyArray<readonly [string, number]> | null;
  /** The same among its country names only. */
  leadCountries: ReadonlyArray<readonly [string, number]> | null;
  /** The side's name words and lead names, indexed for matching across languages (built on first need). */
  readonly nameIndexes: Partial<Record<NameField, NameIndex>>;
  /** Body and name cosines with other sides (by their version): the shortlist pass computes them, scoring reuses them. */
  readonly overlaps: WeakMap<Comparable, Overlap>;
};
/**
 * Body and name cosines, and the dot products under them (null where none was summed: a zero norm, or names matched
 * across languages), which a pair of lone articles reuses as its best-member scores (`computeFeatures`).
 */
export type Overlap = { readonly version: number; readonly body: number; readonly entities: number; readonly bodyDot: number | null; readonly entitiesDot: number | null };
const derivedCache = new WeakMap<Comparable, Derived>();

export function derived(side: Comparable): Derived {
  let cached = derivedCache.get(side);
  if (cached === undefined || cached.version !== side.version) {
    cached = { version: side.version, norms: new Map(), salient: null, salientCountries: null, leadNames: null, leadCountries: null, nameIndexes: {}, overlaps: new WeakMap() };
    derivedCache.set(side, cached);
  }
  return cached;
}
