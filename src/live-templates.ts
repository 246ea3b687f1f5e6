// Outlet template counts held in memory during an ingest run, seeded from the store and updated as pages are cleaned.
import type { TemplateLookup } from './clean/index.ts';
import { unpinned } from './clean/index.ts';
import type { Store, TemplateCounts } from './store/index.ts';

/** Lines seen on one page only are remembered up to this many (the most recent); see LiveTemplates. */
export const MAX_SINGLE_SIGHTINGS = 100_000;

/** A first sighting of a line, kept in order so the oldest is forgotten first. */
type Sighting = { readonly source: string; readonly hash: string; readonly number: number };

/**
 * Most lines of a page are its own text and never recur: those are kept only among the most recent single
 * sightings, so memory stays bounded however large the corpus; lines seen twice (chrome, mostly) are all kept.
 * Counts are kept per outlet, then per line hash: every line of every page is looked up twice (cleaning, then
 * recording), and a key joined from outlet and hash cost a new string and its hashing each time.
 */
export class LiveTemplates implements TemplateLookup {
  /** Per outlet: line hash → the number of its sighting, for lines seen on one page only. */
  private readonly seenOnce = new Map<string, Map<string, number>>();
  /** Single sightings oldest first; a line since seen again is skipped when its turn to be forgotten comes. */
  private sightings: Sighting[] = [];
  private oldest = 0;
  private remembered = 0;
  private sightingsMade = 0;
  /** Each outlet's name as kept here: see `outletKey`. */
  private readonly outletKeys = new Map<string, string>();

  constructor(
    private readonly pages = new Map<string, number>(),
    private readonly lines: TemplateCounts['lines'] = new Map(),
    private readonly maxSingleSightings = MAX_SINGLE_SIGHTINGS,
  ) {}

  static async load(store: Store): Promise<LiveTemplates> {
    const { pages, lines } = await store.loadTemplateCounts();
    return new LiveTemplates(pages, lines);
  }

  pagesSeen(source: string): number {
    return this.pages.get(source) ?? 0;
  }

  pagesWithLine(source: string, hash: string): number {
    const count = this.lines.get(source)?.get(hash);
    if (count !== undefined) return count;
    return this.seenOnce.get(source)?.has(hash) ? 1 : 0;
  }

  record(page: string, hashes: readonly string[]): void {
    const source = this.outletKey(page);
    this.pages.set(source, this.pagesSeen(source) + 1);
    // An outlet's maps exist only while they hold a line: a stream of many outlets with a page or two each (blogs,
    // hosts) otherwise kept two empty maps per outlet ever seen, about 580 bytes each, once its sightings were forgotten.
    let lines = this.lines.get(source);
    for (const hash of hashes) {
      const count = lines?.get(hash);
      if (count !== undefined) lines!.set(hash, count + 1);
      else if (this.forgetSighting(source, hash)) (lines ??= entryOf(this.lines, source)).set(hash, 2);
      else this.rememberOnce(source, hash);
    }
  }

  /** Forgets the single sighting of a line, if one is remembered (and the outlet's map once it holds none). */
  private forgetSighting(source: string, hash: string, number?: number): boolean {
    const once = this.seenOnce.get(source);
    if (once === undefined || (number !== undefined && once.get(hash) !== number) || !once.delete(hash)) return false;
    if (once.size === 0) this.seenOnce.delete(source);
    this.remembered--;
    return true;
  }

  /**
   * The outlet's name in a string of its own. The cleaner cuts it from the page, and such a string is a view that keeps
   * the whole page alive: held by every remembered sighting, it kept one page text per sighting (live heap grew by
   * about 3 KB an article until 100,000 sightings had been made).
   */
  private outletKey(source: string): string {
    let key = this.outletKeys.get(source);
    if (key === undefined) {
      key = unpinned(source);
      this.outletKeys.set(key, key);
    }
    return key;
  }

  private rememberOnce(source: string, hash: string): void {
    if (this.remembered >= this.maxSingleSightings && this.remembered > 0) this.forgetOldest();
    const number = ++this.sightingsMade;
    entryOf(this.seenOnce, source).set(hash, number);
    this.sightings.push({ source, hash, number });
    this.remembered++;
    // Forgotten and since-repeated sightings pile up in the queue: drop them once they outnumber the remembered ones.
    if (this.sightings.length > 2 * Math.max(this.maxSingleSightings, 1)) this.compactSightings();
  }

  private forgetOldest(): void {
    for (;;) {
      const sighting = this.sightings[this.oldest++]!;
      if (this.forgetSighting(sighting.source, sighting.hash, sighting.number)) return;
    }
  }

  private compactSightings(): void {
    this.sightings = this.sightings.slice(this.oldest).filter((s) => this.seenOnce.get(s.source)?.get(s.hash) === s.number);
    this.oldest = 0;
  }
}

function entryOf<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = new Map();
    map.set(key, entry);
  }
  return entry;
}
