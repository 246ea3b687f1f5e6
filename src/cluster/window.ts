// Which stories stay in the clusterer's in-memory window. One rule, used by the live clusterer and by the replay
// that rebuilds the window when a stream is resumed (src/pipeline-restore.ts), so the two cannot drift apart.
import type { ClusterConfig } from './config.ts';

export const HOUR_MS = 3_600_000;
/** Stories leave the window in passes, once the stream clock has moved this far (a pass scans every active story). */
export const EVICT_EVERY_MS = HOUR_MS;

/** What the window rule needs to know of a story: its newest member's time and arrival number. */
export type WindowSpan = { readonly last: number | null; readonly last_sequence: number };

export type WindowRule = Pick<ClusterConfig, 'windowHours' | 'maxActiveStories'>;

/**
 * Stories beyond `maxActiveStories` leave in passes too: a pass brings them down to this share of the limit. Once
 * undated articles fill the window, a story leaves for each new one, and a pass per article (a sort of every story's
 * age) cost 6 ms an article at 20,000 stories: the stream fell from 440 to 150 articles a CPU-second.
 */
export const COUNT_PASS_KEEPS = 15 / 16;

/**
 * The stories that leave memory now: those whose newest member is older than the window, measured back from the
 * newest article seen (dates in the text count: they also keep apart same-type events years apart), then, beyond
 * `maxActiveStories` (undated streams), the least recently joined, down to `COUNT_PASS_KEEPS` of the limit.
 */
export function storiesLeavingWindow<K>(spans: ReadonlyMap<K, WindowSpan>, newest: number | null, rule: WindowRule): K[] {
  const leaving = new Set<K>();
  const cutoff = windowStart(newest, rule);
  if (cutoff !== null) {
    for (const [key, span] of spans) if (span.last !== null && span.last < cutoff) leaving.add(key);
  }
  const remaining = spans.size - leaving.size;
  if (remaining > rule.maxActiveStories) {
    const byAge = [...spans].filter(([key]) => !leaving.has(key)).sort((a, b) => a[1].last_sequence - b[1].last_sequence);
    for (const [key] of byAge.slice(0, remaining - Math.floor(rule.maxActiveStories * COUNT_PASS_KEEPS))) leaving.add(key);
  }
  return [...leaving];
}

/** The earliest time still in the window, measured back from the newest article seen; null before any dated article. */
export function windowStart(newest: number | null, rule: Pick<WindowRule, 'windowHours'>): number | null {
  return newest === null ? null : newest - windowLength(rule);
}

/** How far back from the newest article the window reaches, in milliseconds. */
export function windowLength(rule: Pick<WindowRule, 'windowHours'>): number {
  return rule.windowHours * HOUR_MS;
}

/**
 * The stream's clock: the newest article time it has accepted, the clock time of the last eviction pass, and a jump
 * ahead it has seen once and waits to see confirmed.
 */
export type StreamClock = { readonly newest: number | null; readonly evictedAt: number | null; readonly leap: number | null };

export const STOPPED_CLOCK: StreamClock = { newest: null, evictedAt: null, leap: null };

/**
 * The clock after an article dated `time`, and whether an eviction pass is due. A jump of more than the window ahead
 * moves the clock only once a second article confirms it (dated within the window of the first): one article with a
 * wrong year (a typo, a Unix time misread, an event date taken for the publication date) would otherwise send every
 * live story out of memory, and each report after it would start a story of its own. A real gap in a stream (a
 * replayed archive, a feed that was down) costs one article's wait.
 */
export function tickClock(clock: StreamClock, time: number, rule: Pick<WindowRule, 'windowHours'>): { clock: StreamClock; evict: boolean } {
  const { newest, leap } = clock;
  if (newest !== null && time <= newest) return { clock, evict: false };
  const reach = windowLength(rule);
  let accepted = time;
  if (newest !== null && time > newest + reach) {
    if (leap === null || Math.abs(time - leap) > reach) return { clock: { ...clock, leap: time }, evict: false };
    accepted = Math.max(time, leap);
  }
  const evict = isEvictionDue(accepted, clock.evictedAt);
  return { clock: { newest: accepted, evictedAt: evict ? accepted : clock.evictedAt, leap: null }, evict };
}

/** Whether an article dated `time` moves the clock far enough since the last pass to run another. */
function isEvictionDue(time: number, evictedAt: number | null): boolean {
  return evictedAt === null || time - evictedAt >= EVICT_EVERY_MS;
}
