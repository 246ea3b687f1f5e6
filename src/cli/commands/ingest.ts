// `parallax ingest <inputs…>`: read, clean and store articles; one line per input with --json.
import type { Command } from 'commander';
import { readInputs } from '../../ingest/index.ts';
import { describeOrigin, INPUT_FORMATS, printableLine, type InputFormat, type InputWarning, type Origin, type Rejection } from '../../model/index.ts';
import { ingest, type IngestEvent, type IngestSummary } from '../../pipeline.ts';
import { databaseFiles, defaultDbPath, type Store } from '../../store/index.ts';
import { EXIT, globals, json, log, checkStdinInput, out, stoppableOnSigint, UsageError, waitNotice, withStore } from '../context.ts';

/** `skip`: files a folder or pattern may reach that are not inputs (the database's own). */
export type IngestCliOptions = { format?: string; source?: string; skip?: readonly string[] };

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read, clean and store articles from files, folders, globs or - (stdin)')
    .argument('<inputs...>', 'files, folders (recursive), globs, or - for stdin')
    .option('--format <format>', `force the input format (${INPUT_FORMATS.join(', ')})`)
    .option('--source <name>', 'outlet name for inputs that do not name one')
    .action(async (inputs: string[], opts: IngestCliOptions, cmd: Command) => {
      // Usage errors are found before the database is opened, which creates it.
      checkStdinInput(inputs);
      parseFormat(opts.format);
      const skip = databaseFiles(defaultDbPath(globals(cmd).db));
      const summary = await withStore(cmd, (store) => ingestInputs(store, inputs, { ...opts, skip }, globals(cmd).json ?? false));
      process.exitCode = summary.stopped ? EXIT.interrupted : summary.rejected > 0 ? EXIT.rejected : EXIT.ok;
    });
}

export function parseFormat(format: string | undefined): InputFormat | undefined {
  if (format === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${INPUT_FORMATS.join(', ')}`);
  return format as InputFormat;
}

export async function ingestInputs(store: Store, inputs: readonly string[], opts: IngestCliOptions, asJson: boolean): Promise<IngestSummary> {
  const format = parseFormat(opts.format);
  return stoppableOnSigint('run the same command again to complete the rest', async (shouldStop) => {
    const onWarning = (warning: InputWarning) => reportInputWarning(warning, asJson);
    const summary = await ingest(store, readInputs(inputs, { ...(format ? { format } : {}), skip: opts.skip ?? [], onWarning }), {
      ...(opts.source ? { defaultSource: opts.source } : {}),
      onEvent: asJson ? (e) => json(eventJson(e)) : reportEvent,
      onWait: waitNotice,
      shouldStop,
    });
    log(`stored ${summary.stored}, unchanged ${summary.unchanged}, rejected ${summary.rejected}${summary.stopped ? ' (stopped early)' : ''}`);
    return summary;
  });
}

function eventJson(e: IngestEvent): Record<string, unknown> {
  switch (e.kind) {
    case 'stored':
      return { ...e.article.origin, status: 'stored', id: e.article.id, source: e.article.source, title: e.article.title, ...warningsJson(e.warnings) };
    case 'unchanged':
      return { ...e.raw.origin, status: 'unchanged', raw_id: e.raw.id };
    case 'rejected':
      return { ...e.rejection.origin, status: 'rejected', reason: e.rejection.reason };
  }
}

/** Warnings appear in JSON output only when there are some. */
export const warningsJson = (warnings: readonly string[]): { warnings?: readonly string[] } => (warnings.length > 0 ? { warnings } : {});

/**
 * A warning about a whole input (trailing garbage after its gzip data), said as the reader meets it: on stderr as an
 * article's warnings are, or with --json as a line of its own (as a stored article's warnings are in its line).
 */
export function reportInputWarning(warning: InputWarning, asJson: boolean): void {
  if (asJson) json({ ...warning.origin, status: 'warning', warnings: [warning.message] });
  else logWarnings(warning.origin, [warning.message]);
}

/** Each warning on stderr, naming the input (file and line) it is about. */
export function logWarnings(origin: Origin, warnings: readonly string[]): void {
  for (const warning of warnings) log(`warning ${describeOrigin(origin)}: ${printableLine(warning)}`);
}

/** A rejection on stderr: one line naming the input (file and line), whatever its reason quotes. */
export function logRejection({ origin, reason }: Rejection): void {
  log(`rejected ${describeOrigin(origin)}: ${printableLine(reason)}`);
}

function reportEvent(e: IngestEvent): void {
  if (e.kind === 'rejected') logRejection(e.rejection);
  if (e.kind === 'stored') {
    logWarnings(e.article.origin, e.warnings);
    out(`stored ${e.article.id}  ${e.article.source ?? '?'}  ${e.article.title ?? '(untitled)'}`);
  }
}
