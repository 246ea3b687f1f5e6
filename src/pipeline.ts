// The one place that knows the order of the stages: ingest items → clean → store, in batches.
import { setImmediate } from 'node:timers/promises';
import { htmlContent, type Article, type CleanResult, type IngestItem, type RawId, type RawInput, type Rejection } from './model/index.ts';
import { createCleaner } from './clean/index.ts';
import type { Store, TemplateLines } from './store/index.ts';
import { openStoryEngine, type StoryEngineOptions } from './pipeline-stories.ts';
import { LiveTemplates } from './live-templates.ts';
import { rawId } from './ingest/index.ts';

export { LiveTemplates, MAX_SINGLE_SIGHTINGS } from './live-templates.ts';

/**
 * Inputs written per transaction: large enough to amortise commits (an outlet's chrome lines are upserted once per
 * batch, and each commit adds a full-text index segment to merge later), small enough that an interruption loses little.
 */
export const INGEST_BATCH_SIZE = 1000;
/** A batch also ends at this many characters of input, so a batch of large HTML pages holds memory flat. */
export const INGEST_BATCH_CHARS = 16_000_000;

export type IngestEvent =
  /** `warnings`: given fields the article was stored without (an unreadable date, say), each naming its field. */
  | { readonly kind: 'stored'; readonly article: Article; readonly warnings: readonly string[] }
  | { readonly kind: 'unchanged'; readonly raw: RawInput }
  | { readonly kind: 'rejected'; readonly rejection: Rejection };

/** What every writer of the database (ingest, reclean, recluster) takes. */
export type WriterOptions = {
  /** Checked between batches; lets Ctrl-C finish the current transaction and stop cleanly. */
  readonly shouldStop?: () => boolean;
  /** Called once if another ingest (or reclean, recluster) is writing to the database and this one waits for it. */
  readonly onWait?: () => void;
};

export type IngestOptions = WriterOptions & {
  readonly defaultSource?: string;
  readonly onEvent?: (event: IngestEvent) => void;
  /** Analyze, dedup and cluster what is stored (default); false stores articles only. */
  readonly stories?: boolean | StoryEngineOptions;
};

export type IngestSummary = { stored: number; unchanged: number; rejected: number; stopped: boolean };

export function ingest(store: Store, items: AsyncIterable<IngestItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  return store.writeExclusively(() => ingestNow(store, items, options), options.onWait);
}

async function ingestNow(store: Store, items: AsyncIterable<IngestItem>, options: IngestOptions): Promise<IngestSummary> {
  // Stopped while waiting for another writer: nothing is started.
  if (options.shouldStop?.()) return { stored: 0, unchanged: 0, rejected: 0, stopped: true };
  const templates = await LiveTemplates.load(store);
  const clean = createCleaner({ templates });
  const summary: IngestSummary = { stored: 0, unchanged: 0, rejected: 0, stopped: false };
  const emit = (e: IngestEvent) => {
    summary[e.kind === 'stored' ? 'stored' : e.kind === 'unchanged' ? 'unchanged' : 'rejected']++;
    options.onEvent?.(e);
  };
  const stories = options.stories === false ? null : await openStoryEngine(store, options.stories === true ? {} : options.stories);
  // Rejected inputs wait in the batch too, so events come out in input order (a JSONL file's bad line between its good ones).
  let pending: IngestItem[] = [];
  let pendingRaws = 0;
  let pendingChars = 0;
  const flush = async () => {
    const stored = await processBatch(store, pending, clean, templates, emit);
    pending = [];
    pendingRaws = 0;
    pendingChars = 0;
    if (stories !== null && stored.length > 0) await stories.process(stored);
  };
  for await (const given of items) {
    const item = withFallbackSource(given, options.defaultSource);
    pending.push(item);
    if (item.ok) {
      pendingRaws++;
      pendingChars += bodyChars(item.raw);
    }
    if (pendingRaws >= INGEST_BATCH_SIZE || pendingChars >= INGEST_BATCH_CHARS) {
      await flush();
      // Reading files and writing SQLite are synchronous: without a turn of the event loop here, a folder's ingest
      // never lets Ctrl-C's handler run, and the signal waits until the whole run is done.
      await setImmediate();
      if (options.shouldStop?.()) {
        await stories?.mergeNow();
        return { ...summary, stopped: true };
      }
    }
  }
  await flush();
  await stories?.mergeNow();
  return summary;
}

/**
 * The batch's outlet (`--source`) becomes part of each raw input that names none, so a later `reclean` reads it too;
 * the input's id covers it, as it covers every hint.
 */
function withFallbackSource(item: IngestItem, source: string | undefined): IngestItem {
  if (!item.ok || !source || item.raw.hints.source !== undefined || item.raw.hints.fallback_source !== undefined) return item;
  const hints = { ...item.raw.hints, fallback_source: source };
  return { ok: true, raw: { ...item.raw, id: rawId(item.raw.body, hints), hints } };
}

const bodyChars = (raw: RawInput): number => (raw.body.kind === 'text' ? raw.body.text : htmlContent(raw.body)).length;

/** Cleans and stores one batch in a transaction; its events are reported in input order once it is committed. */
async function processBatch(
  store: Store,
  items: readonly IngestItem[],
  clean: ReturnType<typeof createCleaner>,
  templates: LiveTemplates,
  emit: (e: IngestEvent) => void,
): Promise<Article[]> {
  if (items.length === 0) return [];
  const raws = items.flatMap((item) => (item.ok ? [item.raw] : []));
  const known = raws.length > 0 ? await store.knownRaws(raws.map((r) => r.id)) : new Map<RawId, string | null>();
  const seen = new Set<RawId>();
  const events: IngestEvent[] = [];
  const batch = { raws: [] as Array<{ raw: RawInput; rejectedReason: string | null }>, articles: [] as Article[], templateLines: [] as TemplateLines[] };
  for (const item of items) {
    if (!item.ok) {
      events.push({ kind: 'rejected', rejection: item.rejection });
      continue;
    }
    const raw = item.raw;
    const earlierRejection = known.get(raw.id);
    if (typeof earlierRejection === 'string') {
      // Kept raw (so `reclean` can retry it) but it held no article: say so again rather than "unchanged".
      events.push({ kind: 'rejected', rejection: { origin: raw.origin, reason: earlierRejection } });
      continue;
    }
    if (known.has(raw.id) || seen.has(raw.id)) {
      events.push({ kind: 'unchanged', raw });
      continue;
    }
    seen.add(raw.id);
    const result = clean(raw);
    if (!result.ok) {
      batch.raws.push({ raw, rejectedReason: result.reason });
      events.push({ kind: 'rejected', rejection: { origin: raw.origin, reason: result.reason } });
      continue;
    }
    batch.raws.push({ raw, rejectedReason: null });
    batch.articles.push(result.article);
    events.push({ kind: 'stored', article: result.article, warnings: result.warnings });
    const lines = templateLinesOf(result);
    if (lines) {
      templates.record(lines.source, lines.lineHashes);
      batch.templateLines.push(lines);
    }
  }
  if (batch.raws.length > 0) await store.saveBatch(batch);
  for (const event of events) emit(event);
  return batch.articles;
}

/**
 * Page text lines are what outlet templates are learned from (the cleaner hashed them as it read the page); HTML chrome
 * is handled by the HTML scorer.
 */
export function templateLinesOf(cleaned: CleanResult & { ok: true }): TemplateLines | null {
  if (!cleaned.templateSource || cleaned.lineHashes === null) return null;
  return { source: cleaned.templateSource, lineHashes: cleaned.lineHashes };
}

/** `stopped`: asked to stop (Ctrl-C) after a batch; the inputs not reached keep their earlier cleaning. */
export type RecleanSummary = { articles: number; rejected: number; stopped: boolean };

/** Re-runs cleaning over every stored raw input (after a cleaner improvement), with the templates learned so far. */
export function reclean(store: Store, options: WriterOptions = {}): Promise<RecleanSummary> {
  return store.writeExclusively(() => recleanNow(store, options), options.onWait);
}

async function recleanNow(store: Store, options: WriterOptions): Promise<RecleanSummary> {
  // Told to stop while waiting for another writer: nothing was started, so nothing is left half done.
  if (options.shouldStop?.()) return { articles: 0, rejected: 0, stopped: true };
  const clean = createCleaner({ templates: await LiveTemplates.load(store) });
  const summary: RecleanSummary = { articles: 0, rejected: 0, stopped: false };
  let articles: Article[] = [];
  let rejected: Array<{ rawId: RawId; reason: string }> = [];
  const flush = async () => {
    await store.replaceArticles({ articles, rejected });
    summary.articles += articles.length;
    summary.rejected += rejected.length;
    articles = [];
    rejected = [];
  };
  for await (const raw of store.allRaws()) {
    const result = clean(raw);
    if (result.ok) articles.push(result.article);
    else rejected.push({ rawId: raw.id, reason: result.reason });
    if (articles.length + rejected.length >= INGEST_BATCH_SIZE) {
      await flush();
      // A turn of the event loop, so a Ctrl-C handler runs between batches (the work itself is synchronous).
      await setImmediate();
      if (options.shouldStop?.()) return { ...summary, stopped: true };
    }
  }
  await flush();
  return summary;
}
