export type * from './store.ts';
export type * from './story-types.ts';
export type * from './story-query.ts';
export { openSqliteStore, SqliteStore, StoreOpenError, type OpenOptions } from './sqlite/sqlite-store.ts';

/** The database file used when none is given: `--db`, then PARALLAX_DB, then ./parallax.db. */
export function defaultDbPath(explicit?: string): string {
  return explicit ?? process.env.PARALLAX_DB ?? './parallax.db';
}
