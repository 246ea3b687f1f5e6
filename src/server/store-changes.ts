// Writes by another process (an ingest run in a terminal) reach open pages too: while anyone listens to /api/events,
// the database's data version is checked every few seconds and a change is announced as one `changed` event.
import type { Store } from '../store/index.ts';
import type { EventHub } from './events.ts';

/** How often the database is checked while an event stream is open: pages update within this of another writer's commit. */
export const STORE_CHECK_MS = 2000;

export type StoreChanges = {
  /** The server wrote (its own adds announce themselves as `article` and `story`): this version is not news. */
  readonly acknowledge: () => Promise<void>;
  readonly stop: () => void;
};

/** Starts the checks. The timer never keeps the process alive by itself. */
export function announceStoreChanges(store: Pick<Store, 'dataVersion'>, events: EventHub, everyMs = STORE_CHECK_MS): StoreChanges {
  let seen: string | null = null;
  let checking = false;
  const check = async (): Promise<void> => {
    const version = await store.dataVersion();
    if (seen !== null && version !== seen) events.publish({ type: 'changed' });
    seen = version;
  };
  const timer = setInterval(() => {
    // Nobody listening: nothing to announce, and the next listener's page was loaded after any change until then.
    if (events.size === 0) {
      seen = null;
      return;
    }
    if (checking) return;
    checking = true;
    check().catch(() => undefined).finally(() => (checking = false));
  }, everyMs);
  timer.unref();
  return {
    acknowledge: async () => {
      if (seen !== null) seen = await store.dataVersion();
    },
    stop: () => clearInterval(timer),
  };
}
