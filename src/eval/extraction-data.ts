// Loads the two labelled extraction sets from the shared data folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export type ReadabilityCase = {
  readonly id: string;
  readonly html: string;
  readonly expectedText: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedTime: string | null;
};

export type TrafilaturaCase = {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
};

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared data folder: PARALLAX_DATA, else ../shared/data next to the repository. */
export function dataDirectory(): string {
  return process.env['PARALLAX_DATA'] ?? resolve(REPO_ROOT, '..', 'shared', 'data');
}

export const READABILITY_DIR = 'readability-test-pages';
export const TRAFILATURA_DIR = 'trafilatura-dev';

export function extractionDataPresent(dataDir = dataDirectory()): boolean {
  return existsSync(join(dataDir, READABILITY_DIR, 'index.jsonl')) && existsSync(join(dataDir, TRAFILATURA_DIR, 'index.jsonl'));
}

function readJsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function loadReadabilityCases(dataDir = dataDirectory()): ReadabilityCase[] {
  const base = join(dataDir, READABILITY_DIR);
  return readJsonLines(join(base, 'index.jsonl')).map((row) => ({
    id: String(row['id']),
    html: readFileSync(join(base, String(row['source_html'])), 'utf8'),
    expectedText: String(row['expected_text'] ?? ''),
    title: stringOrNull(row['title']),
    byline: stringOrNull(row['byline']),
    publishedTime: stringOrNull(row['publishedTime']),
  }));
}

export function loadTrafilaturaCases(dataDir = dataDirectory()): TrafilaturaCase[] {
  const base = join(dataDir, TRAFILATURA_DIR);
  return readJsonLines(join(base, 'index.jsonl')).map((row) => ({
    url: String(row['url']),
    bytes: new Uint8Array(gunzipSync(readFileSync(join(base, String(row['html_file']))))),
    with: stringList(row['with']),
    without: stringList(row['without']),
    title: stringOrNull(row['title']),
    author: stringOrNull(row['author']),
    date: stringOrNull(row['date']),
  }));
}
