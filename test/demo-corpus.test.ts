// The demo corpus (`npm start`) is ours, so what a reader sees in each page is known: its headline, date, byline and
// outlet (demo/expected-metadata.jsonl, read off the pages). `parallax clean` must recover them all; a headline
// picked from the site's menu shows up here first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Metadata = { file: string; line?: number; title: string | null; published_at: string | null; byline: string | null; source: string | null };
type CleanOutput = { file: string; status: string; article?: { origin: { line?: number }; title: string | null; published_at: string | null; byline: string | null; source: string | null } };

const keyOf = (file: string, line?: number) => (line === undefined ? file : `${file}:${line}`);

describe('the demo corpus', () => {
  const expected = readFileSync(new URL('../demo/expected-metadata.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Metadata);
  const output = execFileSync(process.execPath, ['bin/parallax.js', 'clean', '--json', 'demo/corpus'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const cleaned = new Map<string, CleanOutput>();
  for (const line of output.split('\n').filter((l) => l.trim() !== '')) {
    const record = JSON.parse(line) as CleanOutput;
    cleaned.set(keyOf(record.file.replace(/^demo\/corpus\//u, ''), record.article?.origin.line), record);
  }

  it('cleans every page and export line', () => {
    assert.deepEqual([...cleaned.keys()].sort(), expected.map((m) => keyOf(m.file, m.line)).sort());
  });

  for (const page of expected) {
    it(`recovers the headline, date, byline and outlet of ${keyOf(page.file, page.line)}`, () => {
      const article = cleaned.get(keyOf(page.file, page.line))?.article;
      assert.ok(article, 'cleaned');
      const { file: _file, line: _line, ...want } = page;
      assert.deepEqual({ title: article.title, published_at: article.published_at, byline: article.byline, source: article.source }, want);
    });
  }
});
