// Finds exact duplicates, near duplicates (MinHash + LSH bands) and copies (containment) among recent texts.
import xxhash, { type XXHashAPI } from 'xxhash-wasm';
import type { ArticleId } from '../model/index.ts';
import type { ArticleLink } from '../model/story.ts';
import { publicationSpan, publishedBefore, type PublicationSpan } from '../model/published.ts';
import { DEFAULT_DEDUP_CONFIG, type DedupConfig } from './config.ts';
import { createPostings } from './postings.ts';
import { estimatedJaccard, exactHash, minhash, normalizedWords, sampleShingles, sharedCount, shingleHashes } from './shingles.ts';

/** What dedup remembers of one text. */
export type TextPrint = {
  readonly id: ArticleId;
  readonly exact: string;
  readonly signature: Uint32Array;
  readonly samples: Uint32Array;
  readonly shingles: number;
};

export type Deduplicator = {
  /**
   * Links between this article and earlier ones it duplicates or copies (or that copy it), strongest first; then
   * remembers it. A link runs from the later article to the earlier: the one that arrived later, unless the
   * publication dates say the other way (a folder imported out of order; see `publishedBefore`).
   */
  add(id: ArticleId, text: string, publishedAt?: string | null): ArticleLink[];
  /** Remembers a text without looking for its links (rebuilding the index of texts already linked). */
  remember(id: ArticleId, text: string, publishedAt?: string | null): void;
  /** The fingerprint alone, for comparing two given texts. */
  print(id: ArticleId, text: string): TextPrint;
  readonly size: number;
};

/**
 * The share of `current`'s text found in `other` (as `shared` says), from their shingle samples. A duplicate's score
 * is their Jaccard similarity, which an edited sentence or an added line lowers more than the share reused (the
 * near duplicates of `npm run eval:dedup` reuse 0.94 of their text on average at a Jaccard of 0.88). Texts too short
 * to sample keep the Jaccard value.
 */
function shareFound(current: TextPrint, other: TextPrint, jaccard: number): number {
  if (current.samples.length === 0 || other.samples.length === 0) return jaccard;
  return sharedCount(current.samples, other.samples) / current.samples.length;
}

/** xxhash-wasm compiles a WebAssembly module, so the deduplicator is built asynchronously, once. */
export async function createDeduplicator(options: Partial<DedupConfig> = {}): Promise<Deduplicator> {
  return createDeduplicatorWith(await xxhash(), options);
}

export function createDeduplicatorWith(hasher: XXHashAPI, options: Partial<DedupConfig> = {}): Deduplicator {
  const config: DedupConfig = { ...DEFAULT_DEDUP_CONFIG, ...options };
  const prints = new Map<ArticleId, TextPrint>();
  /** When each remembered article was published, where known: a copy link points at the earlier one. */
  const published = new Map<ArticleId, PublicationSpan>();
  const byExact = new Map<string, ArticleId>();
  const buckets = createPostings<number>(config.maxTextsPerKey);
  const bySample = createPostings<number>(config.maxTextsPerKey);

  /**
   * One hashed key per LSH band (band number and its rows). Two texts sharing a band always share its key; a
   * rare collision only adds a candidate, which the Jaccard check then rejects unless it is a real near duplicate.
   */
  const bandKeys = (signature: Uint32Array): number[] => {
    const keys: number[] = [];
    for (let band = 0; band < config.bands; band++) {
      let key = Math.imul(band + 1, 0x9e3779b1);
      for (let row = band * config.rows; row < (band + 1) * config.rows; row++) {
        key = Math.imul(key ^ signature[row]!, 0x85ebca6b);
        key ^= key >>> 13;
      }
      keys.push(key | 0);
    }
    return keys;
  };

  const print = (id: ArticleId, text: string): TextPrint => {
    const words = normalizedWords(text);
    const shingles = shingleHashes(hasher, words, config.shingleWords);
    return {
      id,
      exact: exactHash(hasher, words),
      signature: minhash(shingles, config.bands * config.rows),
      samples: sampleShingles(shingles, config.sampleModulus),
      shingles: shingles.length,
    };
  };

  const forget = (old: TextPrint): void => {
    prints.delete(old.id);
    published.delete(old.id);
    if (byExact.get(old.exact) === old.id) byExact.delete(old.exact);
    for (const key of bandKeys(old.signature)) buckets.remove(key, old.id);
    for (const sample of old.samples) bySample.remove(sample, old.id);
  };

  const indexPrint = (current: TextPrint, keys: readonly number[]): void => {
    prints.set(current.id, current);
    if (!byExact.has(current.exact)) byExact.set(current.exact, current.id);
    for (const key of keys) buckets.add(key, current.id);
    for (const sample of current.samples) bySample.add(sample, current.id);
    if (prints.size > config.maxIndexed) {
      const oldest = prints.values().next();
      if (oldest.done !== true) forget(oldest.value);
    }
  };

  const linksFor = (current: TextPrint, keys: readonly number[], span: PublicationSpan | null): ArticleLink[] => {
    const links = new Map<ArticleId, ArticleLink>();
    const exact = byExact.get(current.exact);
    if (exact !== undefined && exact !== current.id && current.shingles > 0) {
      links.set(exact, { from: current.id, to: exact, kind: 'duplicate', score: 1, shared: 1 });
    }
    const near = new Set<ArticleId>();
    for (const key of keys) buckets.each(key, (id) => near.add(id));
    for (const id of near) {
      const other = prints.get(id);
      if (other === undefined || links.has(id) || id === current.id) continue;
      const jaccard = estimatedJaccard(current.signature, other.signature);
      if (jaccard >= config.duplicateJaccard) links.set(id, { from: current.id, to: id, kind: 'duplicate', score: jaccard, shared: shareFound(current, other, jaccard) });
    }
    if (current.shingles >= config.minShingles) {
      const sharedWith = new Map<ArticleId, number>();
      for (const sample of current.samples) bySample.each(sample, (id) => sharedWith.set(id, (sharedWith.get(id) ?? 0) + 1));
      for (const [id, shared] of sharedWith) {
        if (shared < config.minSharedSamples || links.has(id) || id === current.id) continue;
        const other = prints.get(id);
        if (other === undefined || other.shingles < config.minShingles) continue;
        const exactShared = sharedCount(current.samples, other.samples);
        const ofCurrent = exactShared / Math.max(1, current.samples.length);
        const ofOther = exactShared / Math.max(1, other.samples.length);
        const containment = Math.max(ofCurrent, ofOther);
        if (containment >= config.copyContainment) {
          const link: ArticleLink = { from: current.id, to: id, kind: 'copy', score: containment, shared: ofCurrent };
          links.set(id, publishedBefore(span, published.get(id) ?? null) ? { ...link, from: id, to: current.id, shared: ofOther } : link);
        }
      }
    }
    // A duplicate's scores are the same both ways; it too points at the earlier publication.
    for (const [id, link] of links) {
      if (link.kind === 'duplicate' && publishedBefore(span, published.get(id) ?? null)) links.set(id, { ...link, from: id, to: current.id });
    }
    return [...links.values()]
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'duplicate' ? -1 : 1) || b.score - a.score || (a.to < b.to ? -1 : 1))
      .slice(0, config.maxLinks);
  };

  return {
    add(id, text, publishedAt = null) {
      const current = print(id, text);
      const keys = bandKeys(current.signature);
      const span = publicationSpan(publishedAt);
      const links = linksFor(current, keys, span);
      if (!prints.has(id)) {
        indexPrint(current, keys);
        if (span !== null) published.set(id, span);
      }
      return links;
    },
    remember(id, text, publishedAt = null) {
      if (!prints.has(id)) {
        const current = print(id, text);
        indexPrint(current, bandKeys(current.signature));
        const span = publicationSpan(publishedAt);
        if (span !== null) published.set(id, span);
      }
    },
    print,
    get size() {
      return prints.size;
    },
  };
}

/** Compares two texts directly (no index): estimated Jaccard and the larger of the two containments. */
export function compareTexts(deduplicator: Deduplicator, a: { id: ArticleId; text: string }, b: { id: ArticleId; text: string }): { jaccard: number; containment: number } {
  const pa = deduplicator.print(a.id, a.text);
  const pb = deduplicator.print(b.id, b.text);
  const shared = sharedCount(pa.samples, pb.samples);
  return {
    jaccard: estimatedJaccard(pa.signature, pb.signature),
    containment: Math.max(shared / Math.max(1, pa.samples.length), shared / Math.max(1, pb.samples.length)),
  };
}
