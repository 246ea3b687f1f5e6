// Resolves command-line inputs (files, folders, globs, "-") and reads them one at a time, so memory stays flat.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { IngestItem, Origin, SourceHints } from '../model/index.ts';
import { readCsvFile } from './csv-file.ts';
import { fsErrorReason } from './fs-errors.ts';
import { readJsonLinesFile } from './jsonl-file.ts';
import { fileEncoding, readHead } from './decoded-stream.ts';
import { isLargeJson, largeJsonKind, streamJsonRecords } from './large-json-file.ts';
import { readWhole, tooLargeToReadWhole, type OnWarning, type ReadOptions } from './read-bytes.ts';
import { reject, sidecarHints } from './records.ts';
import { openingText, readStdinItems } from './stdin.ts';
import { formatFromContent, formatFromName, SNIFF_BYTES } from './sniff.ts';
import { readWarc } from './warc.ts';

/** A file next to an input, `<input>.meta.json`, may give hints (source, url, published_at...) for a page that lacks them. */
export const SIDECAR_SUFFIX = '.meta.json';

/** `skip`: files passed over, silently, when named or reached by a folder or a pattern (the database being written to). */
export type InputOptions = ReadOptions & { readonly skip?: readonly string[] };

export async function* readInputs(args: readonly string[], options: InputOptions = {}): AsyncGenerator<IngestItem> {
  const skipped = new Set((options.skip ?? []).map((path) => resolve(path)));
  const isInputFile = (path: string): boolean => !path.endsWith(SIDECAR_SUFFIX) && !skipped.has(resolve(path));
  for (const arg of args) {
    if (arg === '-') {
      yield* readStdinItems(process.stdin, options);
      continue;
    }
    // The database named outright, as a shell's "*" names it in the folder it lives in, is passed over too.
    if (!isDynamicPattern(arg) && skipped.has(resolve(arg))) continue;
    const paths = await expand(arg, isInputFile);
    if (paths.length === 0) {
      yield reject({ file: arg }, 'no file matches this pattern');
      continue;
    }
    for (const entry of paths) {
      if (typeof entry !== 'string') {
        if ('piped' in entry) yield* readStdinItems(createReadStream(entry.piped), options, entry.piped);
        else yield reject({ file: entry.unreadable }, entry.reason);
        continue;
      }
      const path = entry;
      const format = options.format ?? formatFromName(path) ?? (await warcByContent(path));
      if (format === 'warc') yield* readWarcFile(path, options);
      else if (format === 'jsonl') yield* readExportWithSidecar(path, options, readJsonLinesFile);
      else if (format === 'json' && (await isLargeJson(path))) yield* readExportWithSidecar(path, options, (file, hints) => readLargeJson(file, hints, options));
      else if (format === 'csv') yield* readExportWithSidecar(path, options, readCsvFile);
      else yield* await readFileItems(path, options);
    }
  }
}

/**
 * A file whose name says nothing of its format is an archive when its opening is WARC's (a crawl's
 * "CC-MAIN-…-00001.gz"): read whole as other such files are, its binary records made it look like binary data.
 */
async function warcByContent(path: string): Promise<'warc' | undefined> {
  // Its first bytes tell, gunzipped as far as they go: the file is opened once for them, not again to stream its opening.
  const head = await readHead(path, SNIFF_BYTES).catch(() => null);
  return head !== null && formatFromContent(openingText(Buffer.from(head), fileEncoding(head))) === 'warc' ? 'warc' : undefined;
}

async function readFileItems(path: string, options: ReadOptions): Promise<IngestItem[]> {
  const bytes = fileBytes(path);
  if (!(bytes instanceof Uint8Array)) return [bytes];
  const sidecar = await readSidecar(path);
  if ('error' in sidecar) return [reject({ file: path + SIDECAR_SUFFIX }, sidecar.error)];
  return readWhole(bytes, { file: path }, { ...options, hints: { ...sidecar.hints, ...options.hints } });
}

/** A file's bytes, or the rejection saying why they cannot be read. */
function fileBytes(path: string): Uint8Array | IngestItem {
  try {
    // Read synchronously: ingest handles one input at a time and is CPU-bound, and the promise-based readFile
    // costs several times more per small file (open, stat, read and close each a round trip to the thread pool).
    return readFileSync(path);
  } catch (e) {
    // Node reads no file past 2 GB whole; its code alone ("cannot read: ERR_FS_FILE_TOO_LARGE") said nothing of why.
    if ((e as NodeJS.ErrnoException).code === 'ERR_FS_FILE_TOO_LARGE') return tooLargeToReadWhole({ file: path }, 'over 2 GB');
    return reject({ file: path }, `cannot read: ${fsErrorReason(e)}`);
  }
}

/**
 * A large .json file: its records streamed when it holds an array, a wrapped array or JSON Lines, else read whole.
 * `hints` already hold its sidecar's.
 */
async function* readLargeJson(path: string, hints: SourceHints, options: ReadOptions): AsyncGenerator<IngestItem> {
  const kind = await largeJsonKind(path);
  if (kind === 'json-lines') yield* readJsonLinesFile(path, hints, options.onWarning);
  else if (kind !== null) yield* streamJsonRecords(path, kind, hints, options.onWarning);
  else {
    const bytes = fileBytes(path);
    yield* bytes instanceof Uint8Array ? readWhole(bytes, { file: path }, { ...options, hints }) : [bytes];
  }
}

/** JSON Lines and CSV exports can be any size: they are streamed, one record at a time. */
async function* readExportWithSidecar(
  path: string,
  options: ReadOptions,
  readExport: (path: string, hints: SourceHints, onWarning?: OnWarning) => AsyncGenerator<IngestItem>,
): AsyncGenerator<IngestItem> {
  const sidecar = await readSidecar(path);
  if ('error' in sidecar) {
    yield reject({ file: path + SIDECAR_SUFFIX }, sidecar.error);
    return;
  }
  yield* readExport(path, { ...sidecar.hints, ...options.hints }, options.onWarning);
}

/** An archive's sidecar is rejected as any input's is (it was passed over without a word). */
function readWarcFile(path: string, options: ReadOptions): AsyncGenerator<IngestItem> {
  return readExportWithSidecar(path, options, (file, hints, onWarning) => readWarc(createReadStream(file), { file }, hints, onWarning));
}

async function readSidecar(path: string): Promise<{ hints: SourceHints } | { error: string }> {
  let text: string;
  try {
    // Most inputs have no sidecar: looking is far cheaper than failing to read.
    if (!existsSync(path + SIDECAR_SUFFIX)) return { hints: {} };
    text = readFileSync(path + SIDECAR_SUFFIX, 'utf8');
  } catch (e) {
    // Gone since it was seen, it is no sidecar; one that is there but cannot be read (a folder) is named.
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { hints: {} } : { error: `cannot read: ${fsErrorReason(e)}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'sidecar must be a JSON object' };
  return sidecarHints(value as Record<string, unknown>);
}

/** A folder that cannot be listed, or a link that leads nowhere, is reported in the walk's order and the walk goes on. */
type Unreadable = { readonly unreadable: string; readonly reason: string };
/**
 * A named pipe (a FIFO, a shell's `<(zcat dump.jsonl.gz)`): it can be read only once, from its start, so it is read
 * as stdin is; the file readers opened it twice (to sniff its head, then to read it) and failed with ESPIPE.
 */
type Piped = { readonly piped: string };

/** An argument's files, or why it has none (a missing path, a broken link, a folder with nothing to read). */
async function expand(arg: string, isInputFile: (path: string) => boolean): Promise<Array<string | Unreadable | Piped>> {
  if (isDynamicPattern(arg)) return (await glob(arg, { onlyFiles: true, dot: false })).sort().filter(isInputFile);
  const info = await stat(arg).catch((e: unknown) => e as NodeJS.ErrnoException);
  if (info instanceof Error) return [{ unreadable: arg, reason: await missingReason(arg, info) }];
  if (!info.isDirectory()) return info.isFile() ? [arg] : [{ piped: arg }];
  const found = (await walk(arg, new Set())).filter((p) => typeof p !== 'string' || isInputFile(p));
  return found.length > 0 ? found : [{ unreadable: arg, reason: 'folder holds no files to read' }];
}

/** Why stat failed, telling a broken symbolic link (the link is there, its target is not) from a missing path. */
async function missingReason(path: string, error: NodeJS.ErrnoException): Promise<string> {
  if (error.code === 'ENOENT' && (await lstat(path).catch(() => undefined))?.isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
  return fsErrorReason(error);
}

/**
 * Files below a folder, in name order. Symbolic links are followed (a corpus is often a folder of links); `walked`
 * holds the real path of every folder entered, so a link back up the tree is not walked twice or forever.
 */
async function walk(dir: string, walked: Set<string>): Promise<Array<string | Unreadable>> {
  let entries;
  try {
    const real = await realpath(dir);
    if (walked.has(real)) return [];
    walked.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    return [{ unreadable: dir, reason: `cannot read folder: ${fsErrorReason(e)}` }];
  }
  const out: Array<string | Unreadable> = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    const kind = e.isSymbolicLink() ? await stat(p).catch((error: unknown) => error as NodeJS.ErrnoException) : e;
    if (kind instanceof Error) out.push({ unreadable: p, reason: await missingReason(p, kind) });
    else if (kind.isDirectory()) out.push(...(await walk(p, walked)));
    else if (kind.isFile()) out.push(p);
  }
  return out;
}

