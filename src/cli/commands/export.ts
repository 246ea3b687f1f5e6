// `parallax export [--format jsonl|csv] [--out file]`: everything stored, with the settings that produced it.
import { createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { fsErrorReason } from '../../ingest/fs-errors.ts';
import { MUST_EXIST, UsageError, withStore } from '../context.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export articles, stories, quotes and copy links (jsonl: complete; csv: one row per article)')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write here instead of stdout')
    .action(async (opts: { format: string; out?: string }, cmd: Command) => {
      if (opts.format !== 'jsonl' && opts.format !== 'csv') throw new UsageError(`--format must be jsonl or csv, got "${opts.format}"`);
      const format = opts.format;
      const { exportChunks, storyServiceFor, stageSettings, PARALLAX_VERSION } = await import('../../server/index.ts');
      await withStore(cmd, async (store) => {
        const sink = opts.out ? createWriteStream('', { fd: openOut(opts.out) }) : process.stdout;
        const sources = { store, stories: storyServiceFor(store), version: PARALLAX_VERSION, settings: stageSettings() };
        for await (const chunk of exportChunks(format, sources)) {
          if (!sink.write(chunk)) await once(sink, 'drain');
        }
        if (sink !== process.stdout) await new Promise<void>((resolve, reject) => sink.end((e?: Error | null) => (e ? reject(e) : resolve())));
      }, MUST_EXIST);
    });
}

/** Opened before anything is exported, so a path that cannot be written is a usage error naming it, not a stream error. */
function openOut(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${fsErrorReason(e)}`);
  }
}
