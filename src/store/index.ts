export type * from './store.ts';
export type * from './story-types.ts';
export type * from './story-query.ts';
export { openSqliteStore, SqliteStore, StoreOpenError, type OpenOptions } from './sqlite/sqlite-store.ts';
import { writerLockPath } from './sqlite/writer-lock.ts';

/** The database file used when none is given: `--db`, then PARALLAX_DB, then ./parallax.db. */
export function defaultDbPath(explicit?: string): string {
  // An empty variable is an unset one, as shells take it; an empty --db is kept, for the store to refuse.
  return explicit ?? (process.env.PARALLAX_DB || './parallax.db');
}

/**
 * The files a SQLite database at `path` keeps: itself, its write-ahead log and shared memory, a rollback journal, and
 * the writer lock with its journal. An ingest of the folder the database lives in passes over them.
 */
export function databaseFiles(path: string): string[] {
  const lock = writerLockPath(path);
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`, lock, `${lock}-journal`];
}
