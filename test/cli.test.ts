// The command line end to end: the real `bin/parallax.js` in a child process, each test with its own database.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { defaultDbPath } from '../src/store/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'parallax.js');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');
const PAGES = join(ROOT, 'test', 'fixtures', 'pages');

type Run = { code: number | null; stdout: string; stderr: string };

function parallax(args: readonly string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, input, encoding: 'utf8', env: { ...process.env, PARALLAX_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonLines = (text: string): Array<Record<string, unknown>> => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

const PROSE = 'The harbour authority said on Monday that dredging of the main channel would begin in April after a delay of three years.';
const record = (n: number) => JSON.stringify({ id: `n${n}`, source: 'Test Wire', url: `https://wire.example/${n}`, title: `Report ${n}`, text: `${PROSE} Report ${n} adds a second sentence here.` });

/** No stack traces, no multi-line messages: every rejection is one line naming its input. */
function assertOneLineRejections(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
  for (const line of stderr.split('\n').filter((l) => l.startsWith('rejected'))) assert.match(line, /^rejected \S+: .+$/);
}

let work: string;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  mkdirSync(join(work, 'pages', 'more'), { recursive: true });
  cpSync(join(SEEDS, '000_d0bc2620b6a5525f.txt'), join(work, 'pages', 'ria.txt'));
  cpSync(join(SEEDS, '002_f41a73bcec7900e6.txt'), join(work, 'pages', 'more', 'straits.txt'));
  cpSync(join(PAGES, 'german-page', 'input.txt'), join(work, 'german.txt'));
  cpSync(join(PAGES, 'html-jsonld-news-article', 'input.html'), join(work, 'trees.html'));
  cpSync(join(PAGES, 'reuters-dateline', 'input.txt'), join(work, 'grocer.text'));
  writeFileSync(join(work, 'export.jsonl'), `${record(1)}\n{"id": "n2", "text": \n${record(3)}\n`);
  writeFileSync(join(work, 'export2.jsonl.gz'), gzipSync(`${record(4)}\n${record(5)}\n`));
  writeFileSync(join(work, 'photo.jpg'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)));
  writeFileSync(join(work, 'empty.txt'), '');
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('parallax ingest', () => {
  it('stores a file, a folder (recursively), a glob and stdin in one run', () => {
    const stdinPage = `Daily Test Herald\n\n${PROSE}\n\nThe work will cost nine million euros, the authority said in a statement on its website.`;
    const r = parallax(['--db', 'mixed.db', 'ingest', 'german.txt', 'pages', '*.html', '-'], stdinPage);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /stored 5, unchanged 0, rejected 0/);
    const listed = jsonLines(parallax(['--db', 'mixed.db', '--json', 'articles']).stdout);
    assert.equal(listed.length, 5);
  });

  it('passes over the database it writes to when ingesting the folder that holds it', () => {
    mkdirSync(join(work, 'inbox'));
    cpSync(join(SEEDS, '000_d0bc2620b6a5525f.txt'), join(work, 'inbox', 'ria.txt'));
    assert.equal(parallax(['--db', 'inbox/parallax.db', 'ingest', 'inbox']).code, 0);
    // Again, now that the database, its log and its lock are in the folder: nothing of theirs is read as an input.
    const again = parallax(['--db', 'inbox/parallax.db', 'ingest', 'inbox', 'inbox/*']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /stored 0, unchanged 2, rejected 0/);
    // And named one by one, as a shell expands "inbox/*" before parallax sees it.
    const named = parallax(['--db', 'inbox/parallax.db', 'ingest', ...readdirSync(join(work, 'inbox')).map((name) => `inbox/${name}`)]);
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stderr, /stored 0, unchanged 1, rejected 0/);
  });

  it('names the file and line of a bad JSON Lines record, stores the rest, and exits 1', () => {
    const r = parallax(['--db', 'jsonl.db', 'ingest', 'export.jsonl']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^rejected export\.jsonl:2: invalid JSON/m);
    assert.match(r.stderr, /stored 2, unchanged 0, rejected 1/);
    assertOneLineRejections(r.stderr);
  });

  it('warns of a given date or language it cannot use, naming file, line and field, and still stores the article', () => {
    const dated = (n: number, fields: Record<string, string>) => JSON.stringify({ ...JSON.parse(record(n)), ...fields });
    const unixTime = (n: number, published_at: number) => JSON.stringify({ ...JSON.parse(record(n)), published_at });
    writeFileSync(join(work, 'dates.jsonl'), `${dated(6, { published_at: 'yesterday', language: 'klingon' })}\n${dated(7, { published_at: '2023-02-30' })}\n${dated(8, { published_at: '2023-02-03' })}\n${unixTime(9, -1)}\n`);
    const r = parallax(['--db', 'dates.db', 'ingest', 'dates.jsonl']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^warning dates\.jsonl:1: field "published_at": "yesterday" is not a publication date \(ignored\)$/m);
    assert.match(r.stderr, /^warning dates\.jsonl:1: field "language": "klingon" is not a language code .*detected: en\)$/m);
    assert.match(r.stderr, /^warning dates\.jsonl:2: field "published_at": "2023-02-30"/m);
    assert.doesNotMatch(r.stderr, /dates\.jsonl:3/);
    assert.match(r.stderr, /^warning dates\.jsonl:4: field "published_at": "-1" is not a publication date \(ignored\)$/m);
    assert.match(r.stderr, /stored 4, unchanged 0, rejected 0/);
    const listed = jsonLines(parallax(['--db', 'dates.db', '--json', 'articles']).stdout);
    assert.deepEqual(listed.map((a) => a['published_at']).sort(), ['2023-02-03', null, null, null]);
    const asJson = jsonLines(parallax(['--db', 'dates2.db', '--json', 'ingest', 'dates.jsonl']).stdout);
    assert.deepEqual(asJson.map((line) => (line['warnings'] as string[] | undefined)?.length ?? 0), [2, 1, 0, 1]);
  });

  it('rejects a binary file and an empty file with one-line reasons and goes on', () => {
    const r = parallax(['--db', 'bad.db', 'ingest', 'photo.jpg', 'empty.txt', 'grocer.text']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^rejected photo\.jpg: binary data/m);
    assert.match(r.stderr, /^rejected empty\.txt: empty input$/m);
    assert.match(r.stderr, /stored 1, unchanged 0, rejected 2/);
    assertOneLineRejections(r.stderr);
  });

  it('keeps a rejection on one line when its reason quotes input with line breaks or control characters', () => {
    writeFileSync(join(work, 'quoted.txt'), `Daily Test Herald\n\n${PROSE}\n`);
    writeFileSync(join(work, 'quoted.txt.meta.json'), '{\n  "source": X\n}\n');
    writeFileSync(join(work, 'controls.jsonl'), `${record(8)}\n\u001b[2J\u0000\n`);
    const r = parallax(['--db', 'quoted.db', 'ingest', 'quoted.txt', 'controls.jsonl']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^rejected quoted\.txt\.meta\.json: invalid JSON: Unexpected token 'X', "\{\\n  "source": X\\n\}\\n" is not valid JSON$/m);
    assert.match(r.stderr, /^rejected controls\.jsonl:2: invalid JSON: .*\\u001b\[2J\\u0000/m);
    assert.doesNotMatch(r.stderr, /[\u0000\u001b]/);
    assertOneLineRejections(r.stderr);
  });

  it('reads gzipped JSON Lines', () => {
    const r = parallax(['--db', 'gz.db', 'ingest', 'export2.jsonl.gz']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /stored 2, unchanged 0, rejected 0/);
  });

  it('reads gzipped JSON Lines with trailing garbage as gunzip does, with a warning naming the file', () => {
    writeFileSync(join(work, 'tail.jsonl.gz'), Buffer.concat([gzipSync(`${record(6)}\n${record(7)}\n`), Buffer.from('junk after the gzip data')]));
    const r = parallax(['--db', 'tail.db', 'ingest', 'tail.jsonl.gz']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^warning tail\.jsonl\.gz: trailing garbage after the gzip data ignored \(24 bytes\)$/m);
    assert.match(r.stderr, /stored 2, unchanged 0, rejected 0/);
    const asJson = jsonLines(parallax(['--db', 'tail.db', '--json', 'ingest', 'tail.jsonl.gz']).stdout);
    assert.deepEqual(asJson.find((l) => l.status === 'warning'), { file: 'tail.jsonl.gz', status: 'warning', warnings: ['trailing garbage after the gzip data ignored (24 bytes)'] });
  });

  it('prints JSON Lines with --json, one object per input naming its file (and line)', () => {
    const r = parallax(['--db', 'json.db', '--json', 'ingest', 'export.jsonl', 'photo.jpg', 'german.txt']);
    assert.equal(r.code, 1);
    const lines = jsonLines(r.stdout);
    assert.deepEqual(
      lines.map((l) => [l.file, l.line, l.status]),
      [['export.jsonl', 1, 'stored'], ['export.jsonl', 2, 'rejected'], ['export.jsonl', 3, 'stored'], ['photo.jpg', undefined, 'rejected'], ['german.txt', undefined, 'stored']],
    );
    for (const l of lines.filter((l) => l.status === 'stored')) assert.match(String(l.id), /^a_/);
  });

  // `script` gives the command a terminal for stdin; Ctrl-D typed into it ends the input.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it('says it reads the terminal when - is given with nothing piped in, instead of looking hung', { skip: hasScript ? false : 'no script(1)' }, () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --db tty.db ingest -`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, input: '\u0004', encoding: 'utf8', timeout: 60_000, env: { ...process.env, PARALLAX_DB: '' } });
    assert.match(r.stdout, /reading an article from the terminal \(stdin\): paste or type it, then press Ctrl-D/);
    assert.match(r.stdout, /rejected stdin: empty input/);
    assert.doesNotMatch(parallax(['--db', 'tty.db', 'ingest', '-'], 'piped').stderr, /from the terminal/);
  });

  it('refuses - given twice as a usage error (stdin is read once; the second was rejected as an empty input)', () => {
    for (const command of ['ingest', 'clean', 'compare']) {
      const r = parallax(['--db', 'twice.db', command, '-', 'german.txt', '-'], PROSE);
      assert.equal(r.code, 2, `${command}: ${r.stderr}`);
      assert.equal(r.stderr.trim(), 'parallax: - (stdin) is given twice: it can be read only once', command);
    }
  });

  it('refuses a --format it does not know before creating the database', () => {
    const r = parallax(['--db', 'bad-format.db', 'ingest', '--format', 'pdf', 'german.txt']);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr.trim(), 'parallax: --format must be one of text, html, json, jsonl, csv, feed, warc');
    assert.equal(existsSync(join(work, 'bad-format.db')), false);
  });

  it('stores nothing new when the same inputs are ingested again', () => {
    const first = parallax(['--db', 'again.db', 'ingest', 'pages', 'export2.jsonl.gz']);
    const second = parallax(['--db', 'again.db', '--json', 'ingest', 'pages', 'export2.jsonl.gz']);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /stored 0, unchanged 4, rejected 0/);
    assert.ok(jsonLines(second.stdout).every((l) => l.status === 'unchanged'));
    assert.equal(jsonLines(parallax(['--db', 'again.db', '--json', 'articles']).stdout).length, 4);
  });
});

describe('reading what is stored', () => {
  before(() => {
    const r = parallax(['--db', 'read.db', 'ingest', 'pages']);
    assert.equal(r.code, 0, r.stderr);
  });

  it('lists articles, as text and as JSON Lines', () => {
    const text = parallax(['--db', 'read.db', 'articles']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /US, Russia Downplay ‘Collisions’ as High-Level Talks Begin/);
    const rows = jsonLines(parallax(['--db', 'read.db', '--json', 'articles']).stdout);
    assert.deepEqual(rows.map((r) => Object.keys(r).sort()), rows.map(() => ['id', 'language', 'published_at', 'source', 'title', 'word_count']));
  });

  it('shows one article with its metadata and clean text', () => {
    const [row] = jsonLines(parallax(['--db', 'read.db', '--json', 'articles', '--source', 'Sputnik International']).stdout);
    assert.ok(row);
    const text = parallax(['--db', 'read.db', 'article', String(row.id)]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /dateline: WASHINGTON August 9 \(RIA Novosti\)/);
    const article = JSON.parse(parallax(['--db', 'read.db', '--json', 'article', String(row.id)]).stdout) as { paragraphs: string[]; agencies: string[] };
    assert.deepEqual(article.agencies, ['RIA Novosti', 'AP']);
    assert.equal(article.paragraphs.length, 8);
  });

  it('exports to a file, and names an --out it cannot write as a usage error', () => {
    assert.equal(parallax(['--db', 'read.db', 'export', '--out', 'read-export.jsonl']).code, 0);
    assert.equal(readFileSync(join(work, 'read-export.jsonl'), 'utf8').trim().split('\n').length > 2, true);
    const r = parallax(['--db', 'read.db', 'export', '--out', join('no-such-folder', 'out.jsonl')]);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr.trim(), `parallax: cannot write ${join('no-such-folder', 'out.jsonl')}: no such file or directory (ENOENT)`);
  });

  it('names the --out file when writing to it fails (a full disk), in one line', { skip: !existsSync('/dev/full') }, () => {
    // A database with nothing stored exports a few bytes: the write fails after the last chunk is handed over.
    parallax(['--db', 'nothing-stored.db', 'ingest', 'empty.txt']);
    for (const db of ['read.db', 'nothing-stored.db']) {
      const r = parallax(['--db', db, 'export', '--out', '/dev/full']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr.trim(), 'parallax: cannot write /dev/full: no space left on device (ENOSPC)');
    }
  });

  it('refuses an --out that is the database itself, or one of its files, instead of emptying it', () => {
    const before = parallax(['--db', 'read.db', 'articles']).stdout;
    for (const out of ['read.db', './read.db', 'read.db-wal']) {
      const r = parallax(['--db', 'read.db', 'export', '--out', out]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.trim(), `parallax: cannot write ${out}: it is the database's own file (read.db); name another file`);
    }
    assert.equal(parallax(['--db', 'read.db', 'articles']).stdout, before);
  });

  it('re-cleans every stored input and keeps the same articles', () => {
    const before = parallax(['--db', 'read.db', '--json', 'articles']).stdout;
    const r = parallax(['--db', 'read.db', '--json', 'reclean']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { articles: 2, rejected: 0, stopped: false });
    assert.equal(parallax(['--db', 'read.db', '--json', 'articles']).stdout, before);
  });
});

describe('parallax compare', () => {
  it('compares what it could read and exits 1 when some inputs were rejected, as ingest does', () => {
    const r = parallax(['compare', '--no-store', 'pages', 'empty.txt']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^rejected empty\.txt: empty input$/m);
    assert.match(r.stderr, /compared 2 articles/);
    assert.match(r.stdout, /Sputnik International/);
    assert.equal(parallax(['compare', '--no-store', 'pages']).code, 0);
  });
});

describe('parallax eval on scored pairs', () => {
  const PAIRS = join(ROOT, 'test', 'fixtures', 'pairs', 'invented-pairs.jsonl');
  const DIMENSIONS = ['overall', 'geography', 'entities', 'time', 'narrative', 'style', 'tone'];

  it('says that --shuffles does not apply to pairs, and scores them as usual', () => {
    const r = parallax(['eval', PAIRS, '--shuffles', '2']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /--shuffles ignored: a pairs file is scored pair by pair/);
    assert.match(r.stdout, /^pairs \d+; Pearson r/m);
  });

  it('keeps the same-story keys and adds the comparison dimensions, each r against −human (higher is better)', () => {
    const r = parallax(['--json', 'eval', PAIRS]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(report), ['pairs', 'pearson_overall', 'same_story', 'cross_lingual', 'caseless_simulated', 'dimensions']);
    assert.deepEqual(Object.keys(report['cross_lingual']!), ['pairs', 'pearson_overall', 'same_story']);
    // The fixture's one-language pairs are also scored with one side remade as a report written without capitals.
    assert.deepEqual(Object.keys(report['caseless_simulated']!), ['pairs', 'pearson_overall', 'same_story']);
    assert.deepEqual(Object.keys(report['dimensions']!), DIMENSIONS);
    for (const dimension of DIMENSIONS) {
      const value = report['dimensions']![dimension];
      assert.ok(typeof value === 'number' && value >= -1 && value <= 1, `${dimension}: ${String(value)}`);
    }
    // Same-place and same-people pairs are scored most alike by the humans: the sign must make that agreement positive.
    assert.ok((report['dimensions']!['geography'] as number) > 0.5);
    assert.ok((report['dimensions']!['entities'] as number) > 0.5);
  });

  it('prints the dimensions as text, and n/a for one the file does not score', () => {
    const lines = readFileSync(PAIRS, 'utf8').trim().split('\n');
    const withoutTone = lines.map((line) => {
      const { tone: _tone, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return JSON.stringify(rest);
    });
    writeFileSync(join(work, 'pairs-without-tone.jsonl'), `${withoutTone.join('\n')}\n`);
    const r = parallax(['eval', 'pairs-without-tone.jsonl']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^pairs 6; Pearson r with −overall \(higher is better\) -?\d\.\d{3}$/m);
    assert.match(r.stdout, /Pearson r with −human score \(higher is better\)/);
    assert.match(r.stdout, /geography -?\d\.\d{3} .*tone n\/a$/m);
  });
});

describe('parallax stories with filters', () => {
  it('finds stories by words, outlet and dates, and refuses a date that is not one', () => {
    const db = join(work, 'filtered.db');
    const dated = JSON.stringify({ id: 'h1', source: 'Harbour Gazette', title: 'Dredging to begin in April', published_at: '2024-03-02T08:00:00Z', text: `${PROSE} The port said the work would cost 40 million euros.` });
    writeFileSync(join(work, 'dated.jsonl'), `${dated}\n`);
    const seeds = ['000_d0bc2620b6a5525f.txt', '002_f41a73bcec7900e6.txt'].map((file) => join(SEEDS, file));
    assert.equal(parallax(['--db', db, 'ingest', ...seeds, join(work, 'dated.jsonl')]).code, 0);
    const titles = (args: string[]) => jsonLines(parallax(['--db', db, '--json', 'stories', ...args]).stdout).map((story) => story['title']);
    assert.deepEqual(titles(['--search', 'Lavrov hockey']), ['US, Russia Downplay ‘Collisions’ as High-Level Talks Begin']);
    assert.deepEqual(titles(['--source', 'Harbour Gazette']), ['Dredging to begin in April']);
    assert.deepEqual(titles(['--from', '2024-03-01', '--to', '2024-03-31']), ['Dredging to begin in April']);
    assert.deepEqual(titles(['--from', '2024-04-01']), []);
    assert.equal(titles([]).length, 2);
    const bad = parallax(['--db', db, 'stories', '--from', '2024-13-01']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from must be an ISO 8601 date/);
  });
});

describe('parallax eval on labeled files', () => {
  it('scores a labels file that names article files (relative to itself) and lines of JSON Lines files', () => {
    mkdirSync(join(work, 'labeled', 'pages'), { recursive: true });
    cpSync(join(SEEDS, '000_d0bc2620b6a5525f.txt'), join(work, 'labeled', 'pages', 'ria.txt'));
    cpSync(join(SEEDS, '002_f41a73bcec7900e6.txt'), join(work, 'labeled', 'pages', 'st.txt'));
    writeFileSync(join(work, 'labeled', 'pages', 'other.jsonl'), `${record(1)}\n`);
    const labels = [
      { file: 'pages/ria.txt', story_id: 'talks' },
      { file: 'pages/st.txt', story_id: 'talks' },
      { file: 'pages/other.jsonl', line: 1, story_id: 'harbour' },
    ];
    writeFileSync(join(work, 'labeled', 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n'));
    const r = parallax(['--json', 'eval', join('labeled', 'labels.jsonl')]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { articles: number; stories: { predicted: number; labeled: number }; bcubed: { f1: number } };
    assert.equal(report.articles, 3);
    assert.deepEqual(report.stories, { predicted: 2, labeled: 2 });
    assert.equal(report.bcubed.f1, 1);

    // The named files, replayed in shuffled orders.
    const shuffled = parallax(['eval', join('labeled', 'labels.jsonl'), '--shuffles', '2']);
    assert.equal(shuffled.code, 0, shuffled.stderr);
    assert.match(shuffled.stdout, /^shuffled orders: BCubed F1 mean 1\.000, lowest 1\.000$/m);
    assert.match(shuffled.stdout, /seed 1 1\.000 \(2 stories\) {2}seed 2 1\.000 \(2 stories\)/);
    assert.equal(parallax(['eval', join('labeled', 'labels.jsonl'), '--shuffles', 'two']).code, 2);

    // Where the stories and the labels disagree: nowhere here.
    const errors = parallax(['eval', join('labeled', 'labels.jsonl'), '--errors']);
    assert.equal(errors.code, 0, errors.stderr);
    assert.match(errors.stdout, /^merged: 0 predicted stories hold several labeled ones\nsplit: 0 labeled stories are in several predicted ones$/m);
  });

  it('says which labeled files it could not read, and exits 1, instead of scoring them silently', () => {
    mkdirSync(join(work, 'labeled-missing'), { recursive: true });
    cpSync(join(SEEDS, '000_d0bc2620b6a5525f.txt'), join(work, 'labeled-missing', 'ria.txt'));
    const labels = [{ file: 'ria.txt', story_id: 'talks' }, { file: 'no-such-page.txt', story_id: 'talks' }];
    writeFileSync(join(work, 'labeled-missing', 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n'));
    const r = parallax(['--json', 'eval', join('labeled-missing', 'labels.jsonl')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^rejected labeled-missing\/no-such-page\.txt: no such file or directory/m);
    assertOneLineRejections(r.stderr);
    assert.equal((JSON.parse(r.stdout) as { articles: number }).articles, 2);
  });

  it('names the file, line and field of a bad labeled record in one line, not a stack trace', () => {
    writeFileSync(join(work, 'bad-labels.jsonl'), `${JSON.stringify({ id: 'a', story_id: 's', text: 'Some text.' })}\n{"id": "b", "text": "No story."}\nnot json\n`);
    const r = parallax(['eval', 'bad-labels.jsonl']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), 'parallax: bad-labels.jsonl:2: field "story_id": Invalid input (expected an article with id, text and story_id)');
    const missing = parallax(['eval', 'no-such-labels.jsonl']);
    assert.equal(missing.stderr.trim(), 'parallax: cannot read no-such-labels.jsonl: ENOENT');
  });
});

describe('usage errors exit 2 with a one-line message', () => {
  // A database to look ids up in: the cases must fail on their own arguments, not on a missing database.
  before(() => assert.equal(parallax(['--db', 'usage.db', 'ingest', 'german.txt']).code, 0));

  const cases: Array<[string, string[]]> = [
    ['an unknown command', ['frobnicate']],
    ['a missing argument', ['ingest']],
    ['an unknown format', ['ingest', '--format', 'pdf', 'german.txt']],
    ['a negative limit', ['articles', '--limit', '-3']],
    ['a limit in exponent notation', ['articles', '--limit', '1e3']],
    ['a limit too large to be exact', ['articles', '--limit', '99999999999999999999']],
    ['an unknown article id', ['article', 'a_nope']],
  ];
  for (const [what, args] of cases) {
    it(`for ${what}`, () => {
      const r = parallax(['--db', 'usage.db', ...args]);
      assert.equal(r.code, 2, r.stderr);
      assert.doesNotMatch(r.stderr, /^\s+at /m);
      assert.ok(r.stderr.trim().length > 0);
    });
  }

  it('refuses an empty --db (SQLite opens "" as a throw-away database: what was stored vanished), and takes an empty $PARALLAX_DB for unset', () => {
    const r = parallax(['--db', '', 'ingest', 'german.txt']);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr.trim(), 'parallax: cannot open database "": an empty file name (is --db or $PARALLAX_DB set to an empty value?)');
    const saved = process.env.PARALLAX_DB;
    try {
      process.env.PARALLAX_DB = '';
      assert.equal(defaultDbPath(), './parallax.db');
    } finally {
      if (saved === undefined) delete process.env.PARALLAX_DB;
      else process.env.PARALLAX_DB = saved;
    }
  });

  it('quotes an id it cannot find, so an empty or blank one shows', () => {
    const r = parallax(['--db', 'usage.db', 'article', '']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /no article with id ""/u);
  });

  it('serve on a port already in use is a usage error saying so', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = taken.address() as AddressInfo;
      const r = parallax(['--db', 'serve.db', 'serve', '--port', String(port)]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.trim(), `parallax: cannot listen on 127.0.0.1:${port}: the port is in use (pick another with --port, or 0 for any free one)`);
    } finally {
      taken.close();
    }
  });
});

describe('a database that cannot be opened', () => {
  const cases: Array<[string, () => string, string[], RegExp]> = [
    ['a folder', () => (mkdirSync(join(work, 'db-folder'), { recursive: true }), 'db-folder'), ['ingest', 'german.txt'], /it is a folder/],
    ['a file that is not SQLite', () => (writeFileSync(join(work, 'notes.db'), 'these are my notes, not a database\n'), 'notes.db'), ['articles'], /not a SQLite database/],
    ['a path in a missing folder', () => join('no-such-folder', 'x.db'), ['ingest', 'german.txt'], /its folder does not exist/],
    ['a missing file, for a command that only reads', () => 'never-created.db', ['stories'], /no database there/],
  ];
  for (const [what, dbPath, args, reason] of cases) {
    it(`is a usage error naming the file: ${what}`, () => {
      const path = dbPath();
      const r = parallax(['--db', path, ...args]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(r.stderr.includes(`cannot open database ${path}: `), r.stderr);
      assert.match(r.stderr, reason);
    });
  }

  it('refuses another program\'s SQLite database by name, and leaves it as it was (its journal mode too)', () => {
    const path = join(work, 'other-app.db');
    const other = new Database(path);
    other.exec('CREATE TABLE articles (x INTEGER); INSERT INTO articles VALUES (1);');
    other.close();
    for (const args of [['ingest', 'german.txt'], ['stories']]) {
      const r = parallax(['--db', 'other-app.db', ...args]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.trim(), 'parallax: cannot open database other-app.db: not a Parallax database (it holds tables of another program: articles; is --db the right file?)');
    }
    const reopened = new Database(path, { readonly: true });
    assert.equal(reopened.pragma('journal_mode', { simple: true }), 'delete');
    assert.deepEqual(reopened.prepare('SELECT x FROM articles').all(), [{ x: 1 }]);
    reopened.close();
  });

  it('names a damaged database when SQLite finds it so part-way, in one line', () => {
    assert.equal(parallax(['--db', 'damaged.db', 'ingest', 'german.txt', 'trees.html']).code, 0);
    const bytes = readFileSync(join(work, 'damaged.db'));
    // The first page (the schema) is kept, every page after it overwritten.
    writeFileSync(join(work, 'damaged.db'), Buffer.concat([bytes.subarray(0, 16_384), Buffer.alloc(bytes.length - 16_384, 0xff)]));
    const r = parallax(['--db', 'damaged.db', 'ingest', 'grocer.text']);
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
    assert.match(r.stderr.trim(), /^parallax: database damaged\.db: database disk image is malformed$/);
  });

  it('is not created by a command that only reads', () => {
    parallax(['--db', 'read-only-command.db', 'articles']);
    assert.equal(existsSync(join(work, 'read-only-command.db')), false);
  });
});

describe('an interrupted ingest', () => {
  it('leaves a consistent database after SIGKILL, a re-run stores the rest, and listing it stops quietly when the reader does', async () => {
    const total = 3000;
    const lines = Array.from({ length: total }, (_, i) => record(1000 + i));
    writeFileSync(join(work, 'large.jsonl'), `${lines.join('\n')}\n`);
    const dbPath = join(work, 'killed.db');
    const child = spawn(process.execPath, [BIN, '--db', dbPath, 'ingest', 'large.jsonl'], { cwd: work, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // Kill as soon as the first batches are committed, while the rest are still being cleaned.
    const started = Date.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      if (countArticles(dbPath) > 0 || Date.now() - started > 60_000) break;
    }
    child.kill('SIGKILL');
    await exited;

    const db = new Database(dbPath, { readonly: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      const raws = db.prepare('SELECT count(*) FROM raw_inputs').pluck().get() as number;
      const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      const orphans = db.prepare('SELECT count(*) FROM raw_inputs r WHERE rejected_reason IS NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.raw_id = r.id)').pluck().get() as number;
      assert.ok(articles > 0 && articles < total, `killed part-way (${articles} of ${total} stored)`);
      assert.equal(raws, articles, 'every stored input has its article');
      assert.equal(orphans, 0);
      assert.equal(articles % 200, 0, 'whole batches only');
    } finally {
      db.close();
    }

    const rerun = parallax(['--db', dbPath, 'ingest', 'large.jsonl']);
    assert.equal(rerun.code, 0, rerun.stderr);
    const [, stored, unchanged] = /stored (\d+), unchanged (\d+), rejected 0/.exec(rerun.stderr) ?? [];
    assert.equal(Number(stored) + Number(unchanged), total);
    assert.ok(Number(stored) > 0 && Number(unchanged) > 0);
    assert.equal(countArticles(dbPath), total);

    // The same large database: a reader that stops after one line (`parallax articles | head -1`).
    const lister = spawn(process.execPath, [BIN, '--db', dbPath, 'articles', '--limit', String(total)], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    lister.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    lister.stdout.once('data', () => lister.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => lister.once('close', (c) => resolve(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|^\s+at /m);
  });
});

describe('Ctrl-C during an ingest', () => {
  const total = 6000;
  const inputs: Array<[string, () => void]> = [
    ['a JSON Lines file', () => writeFileSync(join(work, 'interrupted.jsonl'), `${Array.from({ length: total }, (_, i) => record(20_000 + i)).join('\n')}\n`)],
    // Files are read synchronously: Ctrl-C was only handled once the whole folder was stored.
    ['a folder of files', () => {
      mkdirSync(join(work, 'interrupted'), { recursive: true });
      for (let i = 0; i < total; i++) writeFileSync(join(work, 'interrupted', `${i}.txt`), `Test Herald\n\n${PROSE} Page ${i} of the folder.\n`);
    }],
  ];
  for (const [what, write] of inputs) {
    it(`finishes the current batch, exits 130 (not 0: the run is not complete), and a re-run stores the rest: ${what}`, async () => {
      write();
      const input = what === 'a folder of files' ? 'interrupted' : 'interrupted.jsonl';
      const dbPath = join(work, `interrupted-${input}.db`);
      const child = spawn(process.execPath, [BIN, '--db', dbPath, 'ingest', input], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const started = Date.now();
      while (countArticles(dbPath) === 0 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
      child.kill('SIGINT');
      const code = await exited;
      assert.equal(code, 130, stderr);
      assert.match(stderr, /interrupted: finishing the current batch/);
      assert.match(stderr, /\(stopped early\)/);
      const stored = countArticles(dbPath);
      assert.ok(stored > 0 && stored < total, `stopped part-way (${stored} of ${total})`);

      const rerun = parallax(['--db', dbPath, 'ingest', input]);
      assert.equal(rerun.code, 0, rerun.stderr);
      assert.equal(countArticles(dbPath), total);
    });
  }
});

function countArticles(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}
