// One writer of articles and stories per database at a time, across processes. An ingest, reclean or recluster keeps
// story state in memory between its writes, so two at once each build stories on a stale view of the other's (two
// concurrent ingests left a story whose article count disagreed with its members). Readers are never blocked.
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';

/** How often a waiting writer asks again; short next to any ingest. */
const RETRY_MS = 200;

/**
 * Runs work while holding an exclusive SQLite lock on `<db>-lock`, a file of its own (the database is in WAL mode, where
 * an exclusive transaction would not exclude a second writer's connection). The operating system drops the lock when
 * its process ends, even by SIGKILL, so it never goes stale. Work started inside the holder's own work runs at once.
 */
/** The lock's own file beside the database. */
export const writerLockPath = (dbPath: string): string => `${dbPath}-lock`;

export function createWriterLock(dbPath: string): <T>(work: () => Promise<T>, onWait?: () => void) => Promise<T> {
  const holding = new AsyncLocalStorage<true>();
  return async (work, onWait) => {
    if (holding.getStore()) return work();
    const lock = new Database(writerLockPath(dbPath), { timeout: 0 });
    try {
      await acquire(lock, onWait);
      try {
        return await holding.run(true, work);
      } finally {
        lock.exec('COMMIT');
      }
    } finally {
      lock.close();
    }
  };
}

async function acquire(lock: Database.Database, onWait: (() => void) | undefined): Promise<void> {
  for (let told = false; ; told = true) {
    try {
      lock.exec('BEGIN EXCLUSIVE');
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
      if (!told) onWait?.();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
