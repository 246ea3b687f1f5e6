// What every command shares: global options, the store it opens, output channels and exit codes.
import { Command } from 'commander';
import { defaultDbPath, openSqliteStore, StoreOpenError, type OpenOptions, type Store } from '../store/index.ts';

/** 130 is the shell's code for a run ended by Ctrl-C (128 + SIGINT): scripts must not take a part-done ingest for success. */
export const EXIT = { ok: 0, rejected: 1, usage: 2, interrupted: 130 } as const;

export type GlobalOptions = { db?: string; json?: boolean };

/** Thrown for bad arguments found after parsing (an unknown id, a bad value); printed without a stack trace. */
export class UsageError extends Error {}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** For commands that only read (or rework) what is stored: a mistyped --db is an error, not a new empty database. */
export const MUST_EXIST: OpenOptions = { mustExist: true };

/** The database named by --db (or $PARALLAX_DB); one that cannot be opened is a usage error naming the file. */
export function openStore(cmd: Command, options: OpenOptions = {}): Store {
  try {
    return openSqliteStore(defaultDbPath(globals(cmd).db), options);
  } catch (e) {
    if (e instanceof StoreOpenError) throw new UsageError(e.message);
    throw e;
  }
}

export async function withStore<T>(cmd: Command, f: (store: Store) => Promise<T>, options: OpenOptions = {}): Promise<T> {
  const store = openStore(cmd, options);
  try {
    return await f(store);
  } catch (e) {
    throw withDatabaseNamed(e, defaultDbPath(globals(cmd).db));
  } finally {
    await store.close();
  }
}

/**
 * An error of SQLite's own (a damaged file, a full disk) names the database it is about, which its message does not:
 * "parallax: database disk image is malformed" left the user to guess which file.
 */
function withDatabaseNamed(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? new Error(`database ${path}: ${(error as Error).message}`) : error;
}

export const out = (line: string): void => void process.stdout.write(`${line}\n`);
export const log = (line: string): void => void process.stderr.write(`${line}\n`);
export const json = (value: unknown): void => out(JSON.stringify(value));

/** Said once when a command waits for another process writing to the same database (an ingest, reclean or recluster). */
export const waitNotice = (): void => log('waiting for another ingest, reclean or recluster of this database to finish…');

/**
 * Runs work that stops at its next batch on Ctrl-C: the first SIGINT only asks it to stop (saying what that
 * leaves), so the database stays consistent and the command can exit 130 with a summary.
 */
export async function stoppableOnSigint<T>(interruption: string, run: (shouldStop: () => boolean) => Promise<T>): Promise<T> {
  let stop = false;
  const onSigint = (): void => {
    stop = true;
    log(`interrupted: finishing the current batch; ${interruption}`);
  };
  process.once('SIGINT', onSigint);
  try {
    return await run(() => stop);
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/**
 * Stdin among the inputs: `-` may be given once, since stdin can be read only once (a second `-` was rejected as an
 * empty input); with nothing piped in it reads what is typed, which is said, or the command looks hung.
 */
export function checkStdinInput(inputs: readonly string[]): void {
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('- (stdin) is given twice: it can be read only once');
  if (inputs.includes('-') && process.stdin.isTTY) log('reading an article from the terminal (stdin): paste or type it, then press Ctrl-D');
}

/** A whole number option (0 or more), or a usage error naming the option. */
export function wholeNumber(value: string, name: string): number {
  // Digits only: Number() would also take "", "1e3" and "0x10", and a number past 2^53 is no longer exact (SQLite refuses it).
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`${name} must be a whole number, got "${value}"`);
  return n;
}
