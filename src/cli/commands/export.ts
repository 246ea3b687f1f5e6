// `parallax export [--format jsonl|csv] [--out file]`: everything stored, with the settings that produced it.
import { createWriteStream, openSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { fsErrorReason } from '../../ingest/fs-errors.ts';
import { databaseFiles, defaultDbPath } from '../../store/index.ts';
import { globals, MUST_EXIST, UsageError, withStore } from '../context.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export articles, stories, quotes and copy links (jsonl: complete; csv: one row per article)')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write here instead of stdout')
    .action(async (opts: { format: string; out?: string }, cmd: Command) => {
      if (opts.format !== 'jsonl' && opts.format !== 'csv') throw new UsageError(`--format must be jsonl or csv, got "${opts.format}"`);
      const format = opts.format;
      const db = defaultDbPath(globals(cmd).db);
      if (opts.out !== undefined && isDatabaseFile(opts.out, db)) {
        throw new UsageError(`cannot write ${opts.out}: it is the database's own file (${db}); name another file`);
      }
      const { exportChunks, storyServiceFor, stageSettings, PARALLAX_VERSION } = await import('../../server/index.ts');
      await withStore(cmd, async (store) => {
        const sources = { store, stories: storyServiceFor(store), version: PARALLAX_VERSION, settings: stageSettings() };
        const chunks = exportChunks(format, sources);
        if (opts.out === undefined) await writeAll(chunks, process.stdout);
        else await writeFile(chunks, opts.out);
      }, MUST_EXIST);
    });
}

async function writeAll(chunks: AsyncIterable<string>, sink: NodeJS.WritableStream): Promise<void> {
  for await (const chunk of chunks) {
    if (!sink.write(chunk)) await once(sink, 'drain');
  }
}

/** A failed write (a full disk) names the file, as a failed open does, rather than escaping as an unhandled
 *  stream error with a stack trace. */
async function writeFile(chunks: AsyncIterable<string>, out: string): Promise<void> {
  const sink = createWriteStream('', { fd: openOut(out) });
  let writeError: unknown = null;
  sink.on('error', (e) => void (writeError ??= e));
  try {
    await pipeline(Readable.from(chunks), sink);
  } catch (e) {
    if (writeError !== null) throw new Error(`cannot write ${out}: ${fsErrorReason(writeError)}`);
    throw e;
  }
}

/** Opened before anything is exported, so a path that cannot be written is a usage error naming it, not a stream error. */
function openOut(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${fsErrorReason(e)}`);
  }
}

/** Whether `out` is the database or one of its files (by path, or by link to the same file): opening it for writing
 *  would empty it, and `export --out parallax.db` lost everything stored. */
function isDatabaseFile(out: string, db: string): boolean {
  const target = statSync(out, { throwIfNoEntry: false });
  return databaseFiles(db).some((file) => {
    if (resolve(file) === resolve(out)) return true;
    const existing = target && statSync(file, { throwIfNoEntry: false });
    return existing !== undefined && existing.dev === target!.dev && existing.ino === target!.ino;
  });
}
