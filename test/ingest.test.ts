// Readers and the ingest pipeline on awkward inputs: each bad input becomes a one-line rejection naming its file
// (and line), and the good inputs around it are still stored, once.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readBytes, readInputs } from '../src/ingest/index.ts';
import type { IngestItem, RawInput } from '../src/model/index.ts';
import { describeOrigin } from '../src/model/index.ts';
import { MAX_RECORD_CHARS } from '../src/ingest/records.ts';
import { MAX_ARTICLE_CHARS, createCleaner } from '../src/clean/cleaner.ts';
import { ingest, reclean, type IngestEvent } from '../src/pipeline.ts';
import { stoppedWhileWaiting } from './fixtures/held-writer.ts';
import { openSqliteStore } from '../src/store/index.ts';

const PROSE = 'The council voted on Tuesday to extend the library opening hours on weekends from next month.';
const record = (n: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: `r${n}`, source: 'Test Wire', title: `Story ${n}`, text: `${PROSE} This is report number ${n}, with a second sentence.`, ...extra });

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const rejections = (items: readonly IngestItem[]) => items.flatMap((i) => (i.ok ? [] : [`${describeOrigin(i.rejection.origin)}: ${i.rejection.reason}`]));
const raws = (items: readonly IngestItem[]): RawInput[] => items.flatMap((i) => (i.ok ? [i.raw] : []));

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('reading one input', () => {
  it('rejects an empty or blank input as empty', () => {
    for (const bytes of [new Uint8Array(), Buffer.from('  \n\n\t ')]) {
      assert.deepEqual(rejections(readBytes(bytes, { file: 'x.txt' })), ['x.txt: empty input']);
    }
  });

  it('rejects binary data with a reason, not an exception', () => {
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
    const [reason] = rejections(readBytes(binary, { file: 'photo.jpg' }));
    assert.match(reason!, /^photo\.jpg: binary data/);
  });

  it('names a packing other than gzip in its rejection, with how to read it, rather than calling it binary data', async () => {
    const packed = (magic: readonly number[]) => Buffer.concat([Buffer.from(magic), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256))]);
    assert.deepEqual(rejections(readBytes(packed([0x42, 0x5a, 0x68, 0x39]), { file: 'dump.jsonl.bz2' })), ['dump.jsonl.bz2: bzip2-compressed data, which is not read (gzip is): unpack it first, e.g. `bzcat FILE | parallax ingest -`']);
    writeFileSync(join(dir, 'dump.jsonl'), packed([0x28, 0xb5, 0x2f, 0xfd]));
    writeFileSync(join(dir, 'dump.csv'), packed([0x50, 0x4b, 0x03, 0x04]));
    assert.deepEqual(rejections(await collect(readInputs([join(dir, 'dump.jsonl'), join(dir, 'dump.csv')]))), [
      `${join(dir, 'dump.jsonl')}: zstd-compressed data, which is not read (gzip is): unpack it first, e.g. \`zstdcat FILE | parallax ingest -\``,
      `${join(dir, 'dump.csv')}: a zip archive, which is not read (gzip is): unpack it first, e.g. \`unzip -p FILE | parallax ingest -\``,
    ]);
  });

  it('rejects corrupt gzip data naming the file', () => {
    const truncated = gzipSync(Buffer.from(PROSE.repeat(50))).subarray(0, 40);
    assert.match(rejections(readBytes(truncated, { file: 'page.txt.gz' }))[0]!, /^page\.txt\.gz: corrupt gzip data/);
  });

  it('decodes UTF-8 with a BOM, UTF-16 and a legacy Cyrillic charset', () => {
    const russian = 'Волжский автомобильный завод в среду запустил новую производственную линию электробусов для городов.';
    const inputs = [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PROSE)]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROSE, 'utf16le')]), iconv.encode(russian, 'windows-1251')];
    const texts = inputs.map((bytes) => {
      const [item] = readBytes(bytes, { file: 'page.txt' });
      assert.ok(item?.ok && item.raw.body.kind === 'text');
      return item.raw.body.text;
    });
    assert.deepEqual(texts, [PROSE, PROSE, russian]);
  });

  it('numbers the records of a JSON array so a bad one can be named (by record, not as a line: an array spans lines as it likes)', () => {
    const items = readBytes(Buffer.from(`[\n${record(1)},\n {"title": "no body"},\n ${record(3)}\n]`), { file: 'export.json' });
    assert.equal(raws(items).length, 2);
    assert.deepEqual(raws(items).map((r) => r.origin), [{ file: 'export.json', record: 1 }, { file: 'export.json', record: 3 }]);
    assert.deepEqual(rejections(items), ['export.json (record 2): record has neither "text" nor "html" (nor content, body, maintext…)']);
  });

  it('reads an {"articles": [...]} wrapper and keeps unknown fields', () => {
    const [item] = readBytes(Buffer.from(JSON.stringify({ articles: [JSON.parse(record(1, { section: 'World' }))] })), { file: 'export.json' });
    assert.ok(item?.ok);
    assert.deepEqual(item.raw.hints.extra, { section: 'World' });
  });

  it('names the field of a record with a wrong type', () => {
    const [reason] = rejections(readBytes(Buffer.from(`${record(1, { title: 42 })}\n`), { file: 'export.jsonl' }));
    assert.match(reason!, /^export\.jsonl:1: field "title"/);
  });

  it('reads JSON Lines with Windows line ends and blank lines', () => {
    const items = readBytes(Buffer.from(`${record(1)}\r\n\r\n${record(2)}\r\n`), { file: 'export.jsonl' });
    assert.deepEqual(raws(items).map((r) => r.origin.line), [1, 3]);
  });
});

describe('reading command-line inputs', () => {
  it('walks folders recursively, skipping hidden files and sidecars, and applies sidecar hints', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'sub', '.hidden'), { recursive: true });
    writeFileSync(join(tree, 'a.txt'), PROSE);
    writeFileSync(join(tree, 'a.txt.meta.json'), JSON.stringify({ source: 'Sidecar Times' }));
    writeFileSync(join(tree, 'sub', 'b.txt'), `${PROSE} Again.`);
    writeFileSync(join(tree, 'sub', '.hidden', 'c.txt'), PROSE);
    writeFileSync(join(tree, '.DS_Store'), 'x');
    const items = await collect(readInputs([tree]));
    assert.deepEqual(raws(items).map((r) => r.origin.file), [join(tree, 'a.txt'), join(tree, 'sub', 'b.txt')]);
    assert.equal(raws(items)[0]!.hints.source, 'Sidecar Times');
  });

  // chmod cannot stop root from reading a folder, so this runs only as an ordinary user.
  it('reports an unreadable subfolder and walks on past it', { skip: process.getuid?.() === 0 ? 'running as root' : false }, async () => {
    const tree = join(dir, 'locked-tree');
    mkdirSync(join(tree, 'locked'), { recursive: true });
    writeFileSync(join(tree, 'locked', 'x.txt'), PROSE);
    writeFileSync(join(tree, 'z.txt'), PROSE);
    chmodSync(join(tree, 'locked'), 0o000);
    try {
      const items = await collect(readInputs([tree]));
      assert.deepEqual(raws(items).map((r) => r.origin.file), [join(tree, 'z.txt')]);
      assert.match(rejections(items)[0]!, /locked: cannot read folder: permission denied \(EACCES\)/);
    } finally {
      chmodSync(join(tree, 'locked'), 0o755);
    }
  });

  it('follows symbolic links in a folder, walks a linked loop once, and names a broken or looping link', async () => {
    const tree = join(dir, 'linked-tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'outside.txt'), `${PROSE} Linked in.`);
    symlinkSync(join(dir, 'outside.txt'), join(tree, 'a-link.txt'));
    symlinkSync(tree, join(tree, 'sub', 'up'));
    symlinkSync(join(dir, 'gone.txt'), join(tree, 'broken.txt'));
    symlinkSync('loop2', join(tree, 'loop1'));
    symlinkSync('loop1', join(tree, 'loop2'));
    const items = await collect(readInputs([tree]));
    assert.deepEqual(raws(items).map((r) => r.origin.file), [join(tree, 'a-link.txt')]);
    assert.deepEqual(rejections(items), [
      `${join(tree, 'broken.txt')}: broken symbolic link (its target does not exist)`,
      `${join(tree, 'loop1')}: symbolic link loop (ELOOP)`,
      `${join(tree, 'loop2')}: symbolic link loop (ELOOP)`,
    ]);
  });

  it('says a folder holds nothing to read, rather than that it does not exist', async () => {
    mkdirSync(join(dir, 'empty-folder', '.hidden'), { recursive: true });
    const found = rejections(await collect(readInputs([join(dir, 'empty-folder'), join(dir, 'not-there')])));
    assert.deepEqual(found, [`${join(dir, 'empty-folder')}: folder holds no files to read`, `${join(dir, 'not-there')}: no such file or directory (ENOENT)`]);
  });

  it('rejects a missing path and a glob that matches nothing, and goes on', async () => {
    writeFileSync(join(dir, 'ok.txt'), PROSE);
    const items = await collect(readInputs([join(dir, 'missing.txt'), join(dir, 'none-*.html'), join(dir, 'ok.txt')]));
    assert.equal(raws(items).length, 1);
    assert.equal(rejections(items).length, 2);
    for (const r of rejections(items)) assert.doesNotMatch(r, /\n/);
  });

  it('quotes a file name with a line break, so its rejection is still one line', async () => {
    writeFileSync(join(dir, 'two\nlines.txt'), '');
    assert.deepEqual(rejections(await collect(readInputs([join(dir, 'two\nlines.txt')]))), [`${JSON.stringify(join(dir, 'two\nlines.txt'))}: empty input`]);
  });

  it('rejects an invalid sidecar instead of guessing', async () => {
    writeFileSync(join(dir, 'side.txt'), PROSE);
    writeFileSync(join(dir, 'side.txt.meta.json'), '{not json');
    const [reason] = rejections(await collect(readInputs([join(dir, 'side.txt')])));
    assert.match(reason!, /side\.txt\.meta\.json: invalid JSON/);
  });

  it('reads a sidecar\'s fields as a record\'s are (a Unix time as the date), and names one it cannot read, for every format', async () => {
    writeFileSync(join(dir, 'dated.txt'), PROSE);
    writeFileSync(join(dir, 'dated.txt.meta.json'), JSON.stringify({ source: 'Sidecar Times', published_at: 1709632800, byline: [{ name: 'Ann Lee' }] }));
    const [dated] = raws(await collect(readInputs([join(dir, 'dated.txt')])));
    assert.deepEqual(dated?.hints, { source: 'Sidecar Times', published_at: '2024-03-05T10:00:00.000Z', byline: 'Ann Lee' });
    writeFileSync(join(dir, 'listed.txt'), `${PROSE} Listed.`);
    writeFileSync(join(dir, 'listed.txt.meta.json'), JSON.stringify({ title: ['A', 'B'] }));
    writeFileSync(join(dir, 'crawl.warc'), 'WARC/1.0\r\n');
    writeFileSync(join(dir, 'crawl.warc.meta.json'), '{not json');
    mkdirSync(join(dir, 'folder.txt.meta.json'));
    writeFileSync(join(dir, 'folder.txt'), `${PROSE} Foldered.`);
    const items = await collect(readInputs([join(dir, 'listed.txt'), join(dir, 'crawl.warc'), join(dir, 'folder.txt')]));
    assert.deepEqual(raws(items), []);
    const [listed, crawl, folder] = rejections(items);
    assert.equal(listed, `${join(dir, 'listed.txt.meta.json')}: field "title": Invalid input: expected string, received array`);
    assert.ok(crawl?.startsWith(`${join(dir, 'crawl.warc.meta.json')}: invalid JSON: `), crawl);
    assert.equal(folder, `${join(dir, 'folder.txt.meta.json')}: cannot read: is a folder (EISDIR)`);
  });

  it('streams gzipped JSON Lines and names the line of a bad record', async () => {
    writeFileSync(join(dir, 'feed.jsonl.gz'), gzipSync(`${record(1)}\n{oops\n${record(3)}\n`));
    const items = await collect(readInputs([join(dir, 'feed.jsonl.gz')]));
    assert.deepEqual(raws(items).map((r) => r.origin.line), [1, 3]);
    assert.match(rejections(items)[0]!, /feed\.jsonl\.gz:2: invalid JSON/);
  });

  it('reports where a truncated gzipped export breaks off, after the records before it', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => record(i)).join('\n');
    const whole = gzipSync(lines);
    writeFileSync(join(dir, 'cut.jsonl.gz'), whole.subarray(0, Math.floor(whole.length / 2)));
    const items = await collect(readInputs([join(dir, 'cut.jsonl.gz')]));
    assert.ok(raws(items).length > 0, 'the whole records before the break are read');
    const [reason] = rejections(items);
    assert.match(reason!, /cut\.jsonl\.gz:\d+: corrupt gzip data/);
  });

  it('reads gzip data with trailing garbage as gunzip does, warning of the garbage by the file name', async () => {
    const garbage = Buffer.from('\nGARBAGE appended by a broken upload');
    writeFileSync(join(dir, 'tail.jsonl.gz'), Buffer.concat([gzipSync(`${record(1)}\n${record(2)}\n`), garbage]));
    writeFileSync(join(dir, 'tail.json.gz'), Buffer.concat([gzipSync(record(3)), garbage]));
    const warnings: string[] = [];
    const items = await collect(readInputs([join(dir, 'tail.jsonl.gz'), join(dir, 'tail.json.gz')], { onWarning: (w) => warnings.push(`${describeOrigin(w.origin)}: ${w.message}`) }));
    assert.deepEqual(rejections(items), []);
    assert.deepEqual(raws(items).map((r) => r.hints.id), ['r1', 'r2', 'r3']);
    assert.deepEqual(warnings, ['tail.jsonl.gz', 'tail.json.gz'].map((name) => `${join(dir, name)}: trailing garbage after the gzip data ignored (${garbage.length} bytes)`));
  });

  it('keeps the whole records of gzip data read whole that breaks off, and says at which line it broke', () => {
    const lines = Array.from({ length: 400 }, (_, i) => record(i)).join('\n');
    const whole = gzipSync(lines);
    const items = readBytes(whole.subarray(0, Math.floor(whole.length / 2)), { file: 'cut.json.gz' });
    const kept = raws(items).length;
    assert.ok(kept > 100, `${kept} records kept`);
    assert.deepEqual(raws(items).map((r) => r.hints.id), Array.from({ length: kept }, (_, i) => `r${i}`));
    assert.deepEqual(rejections(items), [`cut.json.gz:${kept + 1}: corrupt gzip data (unexpected end of file)`]);
  });

  it('keeps the whole records of a gzipped JSON array that breaks off, and names the record it broke in', () => {
    // Brackets and quotes inside the texts are no structure.
    const records = Array.from({ length: 400 }, (_, i) => JSON.parse(record(i, { title: `Story ${i} [update] {"live"}` })) as unknown);
    const whole = gzipSync(JSON.stringify(records, null, 1));
    const items = readBytes(whole.subarray(0, Math.floor(whole.length / 2)), { file: 'cut.json.gz' });
    const kept = raws(items).length;
    assert.ok(kept > 100, `${kept} records kept`);
    assert.deepEqual(raws(items).map((r) => [r.origin.record, r.hints.id, r.hints.title]), Array.from({ length: kept }, (_, i) => [i + 1, `r${i}`, `Story ${i} [update] {"live"}`]));
    assert.deepEqual(rejections(items), [`cut.json.gz (record ${kept + 1}): corrupt gzip data (unexpected end of file)`]);
  });

  it('reads a JSON array or a pretty-printed object in a .jsonl file as one JSON document', async () => {
    writeFileSync(join(dir, 'array.jsonl'), `[${record(1)},\n ${JSON.stringify({ id: 'bad', text: { nested: true } })},\n ${record(3)}]\n`);
    writeFileSync(join(dir, 'array.jsonl.gz'), gzipSync(`[${record(4)}]`));
    writeFileSync(join(dir, 'pretty.jsonl'), JSON.stringify(JSON.parse(record(5)), null, 2));
    const items = await collect(readInputs([join(dir, 'array.jsonl'), join(dir, 'array.jsonl.gz'), join(dir, 'pretty.jsonl')]));
    assert.deepEqual(raws(items).map((r) => r.hints.id), ['r1', 'r3', 'r4', 'r5']);
    assert.deepEqual(rejections(items), [`${join(dir, 'array.jsonl')} (record 2): field "text": Invalid input: expected string, received object`]);
  });

  it('streams UTF-16 JSON Lines and CSV files (with their byte order mark) instead of taking them for binary data', async () => {
    const utf16 = (text: string, encoding: 'utf-16le' | 'utf-16be') => iconv.encode(text, encoding, { addBOM: true });
    writeFileSync(join(dir, 'wide.jsonl'), utf16(`${record(1, { title: 'Zürich café' })}\r\n${record(2)}\r\n`, 'utf-16le'));
    writeFileSync(join(dir, 'wide.csv'), utf16(`id,source,text\n7,Wire,"${PROSE} Straße."\n`, 'utf-16be'));
    const items = await collect(readInputs([join(dir, 'wide.jsonl'), join(dir, 'wide.csv')]));
    assert.deepEqual(rejections(items), []);
    assert.deepEqual(raws(items).map((r) => [r.hints.id, r.origin.line]), [['r1', 1], ['r2', 2], ['7', 2]]);
    assert.equal(raws(items)[0]!.hints.title, 'Zürich café');
    const csvBody = raws(items)[2]!.body;
    assert.ok(csvBody.kind === 'text' && csvBody.text.endsWith('Straße.'));
  });

  it('reads UTF-16 without its byte order mark (Latin-script text, told by its zero bytes) as text, and binary data still as binary', async () => {
    const bare = (text: string, encoding: 'utf-16le' | 'utf-16be') => iconv.encode(text, encoding, { addBOM: false });
    writeFileSync(join(dir, 'bare.jsonl'), bare(`${record(1, { title: 'Zürich café' })}\n`, 'utf-16le'));
    writeFileSync(join(dir, 'bare.csv'), bare(`id,source,text\n7,Wire,"${PROSE} Straße."\n`, 'utf-16be'));
    writeFileSync(join(dir, 'bare.txt'), bare(`${PROSE}\n\n${PROSE}`, 'utf-16le'));
    writeFileSync(join(dir, 'zeros.bin'), Buffer.alloc(3000));
    const items = await collect(readInputs([join(dir, 'bare.jsonl'), join(dir, 'bare.csv'), join(dir, 'bare.txt'), join(dir, 'zeros.bin')]));
    assert.deepEqual(raws(items).map((r) => r.hints.id ?? r.body.kind), ['r1', '7', 'text']);
    assert.equal(raws(items)[0]!.hints.title, 'Zürich café');
    const text = raws(items)[2]!.body;
    assert.ok(text.kind === 'text' && text.text.startsWith(PROSE), JSON.stringify(text).slice(0, 80));
    assert.deepEqual(rejections(items), [`${join(dir, 'zeros.bin')}: binary data, not an article (expected text, HTML, JSON, JSON Lines, CSV, a feed or a WARC)`]);
  });

  it('reads JSON Lines and CSV files in a legacy charset (Windows-1252) by their detected charset, as a .json file is read', async () => {
    const latin = (text: string) => iconv.encode(text, 'windows-1252');
    const french = `Le conseil municipal a voté mardi le budget du quartier du port. Élus et habitants étaient présents à la séance.`;
    writeFileSync(join(dir, 'latin.json'), latin(`[${record(1, { title: 'Budget approuvé à Genève', text: french })}]`));
    writeFileSync(join(dir, 'latin.jsonl'), latin(`${record(2, { title: 'Budget approuvé à Genève', text: french })}\n`));
    writeFileSync(join(dir, 'latin.jsonl.gz'), gzipSync(latin(`${record(3, { title: 'Budget approuvé à Genève', text: french })}\n`)));
    writeFileSync(join(dir, 'latin.csv'), latin(`id,title,text\n4,Budget approuvé à Genève,"${french}"\n`));
    const names = ['latin.json', 'latin.jsonl', 'latin.jsonl.gz', 'latin.csv'];
    const items = await collect(readInputs(names.map((name) => join(dir, name))));
    assert.deepEqual(rejections(items), []);
    assert.deepEqual(raws(items).map((r) => r.hints.title), names.map(() => 'Budget approuvé à Genève'));
    assert.deepEqual(raws(items).map((r) => r.body.kind === 'text' && r.body.text), names.map(() => french));
  });

  it('reads a named pipe (a FIFO, a shell\'s <(zcat …)) once, as stdin is: by its name, by --format, by its content', { skip: process.platform === 'win32' }, async () => {
    const piped = async (name: string, content: string, options: { format?: 'csv' } = {}) => {
      const path = join(dir, name);
      execFileSync('mkfifo', [path]);
      const written = writeFile(path, content);
      const items = await collect(readInputs([path], options));
      await written;
      return items;
    };
    const lines = await piped('pipe.jsonl', `${record(1)}\n${record(2)}\n`);
    assert.deepEqual(rejections(lines), []);
    assert.deepEqual(raws(lines).map((r) => [r.origin.file, r.origin.line, r.hints.id]), [[join(dir, 'pipe.jsonl'), 1, 'r1'], [join(dir, 'pipe.jsonl'), 2, 'r2']]);
    const rows = await piped('63', `id,text\n7,"${PROSE}"\n`, { format: 'csv' });
    assert.deepEqual(raws(rows).map((r) => [r.origin.line, r.hints.id]), [[2, '7']]);
  });

  it('rejects a file too large to read whole in the words stdin\'s are, not by Node\'s error code, and goes on', async () => {
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 3 * 2 ** 30); // sparse: no disk is used
    writeFileSync(join(dir, 'after-huge.txt'), PROSE);
    const items = await collect(readInputs([join(dir, 'huge.txt'), join(dir, 'after-huge.txt')]));
    rmSync(join(dir, 'huge.txt'));
    assert.equal(raws(items).length, 1);
    assert.deepEqual(rejections(items), [`${join(dir, 'huge.txt')}: too large to read whole (over 2 GB; JSON Lines, CSV, WARC and JSON array files of any size are streamed)`]);
  });

  it('rejects a JSON line too long to read by its line and reads the lines after it (it threw out of readline)', { timeout: 60_000 }, async () => {
    const path = join(dir, 'long-line.jsonl');
    const filler = 'x'.repeat(1 << 20);
    writeFileSync(path, `${record(1)}\n{"id": "long", "text": "`);
    for (let written = 0; written <= MAX_RECORD_CHARS; written += filler.length) appendFileSync(path, filler);
    appendFileSync(path, `"}\n${record(3)}\n`);
    const items = await collect(readInputs([path]));
    assert.deepEqual(raws(items).map((r) => r.origin.line), [1, 3]);
    assert.deepEqual(rejections(items), [`${path}:2: line too long to read (over 256 MB; one line holds one article)`]);
  });

  it('rejects empty and binary JSON Lines files', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, 'binary.jsonl'), Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 91) % 256)));
    const found = rejections(await collect(readInputs([join(dir, 'empty.jsonl'), join(dir, 'binary.jsonl')])));
    assert.deepEqual(found, [`${join(dir, 'empty.jsonl')}: empty input`, `${join(dir, 'binary.jsonl')}: binary data, not JSON Lines`]);
  });
});

describe('the ingest pipeline', () => {
  async function run(dbName: string, lines: string[]): Promise<IngestEvent[]> {
    const path = join(dir, `${dbName}.jsonl`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const store = openSqliteStore(join(dir, `${dbName}.db`));
    const events: IngestEvent[] = [];
    try {
      await ingest(store, readInputs([path]), { stories: false, onEvent: (e) => events.push(e) });
    } finally {
      await store.close();
    }
    return events;
  }
  const lineOf = (e: IngestEvent) => (e.kind === 'stored' ? e.article.origin.line : e.kind === 'unchanged' ? e.raw.origin.line : e.rejection.origin.line);

  it('reports every record in input order, the rejected ones between the stored ones', async () => {
    const events = await run('order', [record(1), '{broken', record(3), JSON.stringify({ title: 'empty' }), record(5)]);
    assert.deepEqual(events.map((e) => [lineOf(e), e.kind]), [[1, 'stored'], [2, 'rejected'], [3, 'stored'], [4, 'rejected'], [5, 'stored']]);
  });

  it('stores the same records once however often they are ingested', async () => {
    const lines = [record(1), record(2), record(2)];
    const first = await run('twice', lines);
    const second = await run('twice', lines);
    assert.deepEqual(first.map((e) => e.kind), ['stored', 'stored', 'unchanged']);
    assert.deepEqual(second.map((e) => e.kind), ['unchanged', 'unchanged', 'unchanged']);
  });

  it("learns an outlet's recurring lines as chrome and drops them from its later pages", async () => {
    const promo = 'Our reporters work around the clock to bring you the stories that matter to this city, every day.';
    const page = (n: number) => JSON.stringify({
      id: `p${n}`, source: 'Harbor Daily Ledger',
      text: `Harbor Daily Ledger\nCouncil vote number ${n} delayed again\n${PROSE} Vote ${n} was the subject.\n${promo}\nThe mayor said on Wednesday that vote ${n} would be held next month instead, after a legal review.`,
    });
    const events = await run('templates', [1, 2, 3, 4, 5].map(page));
    const kept = events.map((e) => (e.kind === 'stored' ? e.article.paragraphs.includes(promo) : null));
    assert.deepEqual(kept, [true, true, true, false, false]);
  });

  // The outlet is known before cleaning from the given source, the page's host or its masthead; the article's own
  // source can come from elsewhere on the page, so lines were once recorded under one name and looked up under none.
  for (const [name, fields] of [
    ['its address', (n: number) => ({ url: `https://www.harbor-ledger.example/news/${n}` })],
    ['its masthead alone', () => ({})],
  ] as const) {
    it(`learns the chrome of an outlet named only by ${name}`, async () => {
      const promo = 'Our reporters work around the clock to bring you the stories that matter to this city, every day.';
      const page = (n: number) => JSON.stringify({
        id: `p${n}`, ...fields(n),
        text: `Harbor Daily Ledger\nCouncil vote number ${n} delayed again\n${PROSE} Vote ${n} was the subject.\n${promo}\nThe mayor said on Wednesday that vote ${n} would be held next month instead, after a legal review.`,
      });
      const events = await run(`templates-${name.replace(/\W+/g, '-')}`, [1, 2, 3, 4, 5].map(page));
      const kept = events.map((e) => (e.kind === 'stored' ? e.article.paragraphs.includes(promo) : null));
      assert.deepEqual(kept, [true, true, true, false, false]);
    });
  }

  it('stores where each raw input came from, a line of JSON Lines or a record of a JSON array, and reads it back so', async () => {
    writeFileSync(join(dir, 'origins.json'), `[\n${record(1)},\n${record(2)}\n]\n`);
    writeFileSync(join(dir, 'origins.jsonl'), `${record(3)}\n${record(4)}\n`);
    const store = openSqliteStore(join(dir, 'origins.db'));
    try {
      await ingest(store, readInputs([join(dir, 'origins.json'), join(dir, 'origins.jsonl')]), { stories: false });
      const origins: string[] = [];
      for await (const raw of store.allRaws()) origins.push(describeOrigin(raw.origin).replace(`${dir}/`, ''));
      assert.deepEqual(origins.sort(), ['origins.json (record 1)', 'origins.json (record 2)', 'origins.jsonl:1', 'origins.jsonl:2']);
    } finally {
      await store.close();
    }
  });

  it('makes a bug a page trips in cleaning that page\'s rejection, naming the error, and cleans the next page', () => {
    const [raw] = readBytes(Buffer.from(record(1)), { file: 'one.jsonl' }).flatMap((item) => (item.ok ? [item.raw] : []));
    // A template lookup that fails stands for any bug a page might trip.
    let failing = true;
    const lookup = { pagesSeen: () => { if (failing) throw new RangeError('Maximum call stack size exceeded'); return 0; }, pagesWithLine: () => 0 };
    const clean = createCleaner({ templates: lookup });
    const result = clean(raw!);
    assert.deepEqual(result, { ok: false, reason: "internal error while cleaning (RangeError: Maximum call stack size exceeded); the raw input is kept for 'parallax reclean'" });
    failing = false;
    assert.equal(clean(raw!).ok, true);
  });

  it('keeps a record whose text has no article as a rejection with a reason', async () => {
    const [event] = await run('no-text', [JSON.stringify({ id: 'x', text: 'Home\nNews\nSport' })]);
    assert.equal(event?.kind, 'rejected');
    assert.ok(event.kind === 'rejected' && event.rejection.reason === 'no article text found');
  });

  it('keeps a record whose text is a brief too short to read as a page, and drops its timestamp line', async () => {
    const lines = [
      JSON.stringify({ id: 'brief', text: 'Fri., May. 3, 2013 11: 45 AM PDT\nEarly Friday morning the actress checked into a clinic in the desert.' }),
      JSON.stringify({ id: 'headline', text: 'Esther Williams, swimming star, dies at 91' }),
      JSON.stringify({ id: 'links', text: 'Home | News | Sport | Weather | Contact us' }),
    ];
    const events = await run('briefs', lines);
    assert.deepEqual(events.map((e) => e.kind), ['stored', 'stored', 'rejected']);
    assert.ok(events[0]!.kind === 'stored' && events[1]!.kind === 'stored');
    assert.deepEqual(events[0]!.article.paragraphs, ['Early Friday morning the actress checked into a clinic in the desert.']);
    assert.deepEqual(events[1]!.article.paragraphs, ['Esther Williams, swimming star, dies at 91']);
  });

  it('keeps a brief given as a JSON file of one record, and still rejects the same text read as a page text', () => {
    const brief = 'Esther Williams, swimming star, dies at 91';
    const clean = createCleaner();
    const cleaned = (items: readonly IngestItem[]) => raws(items).map((raw) => clean(raw).ok);
    assert.deepEqual(cleaned(readBytes(Buffer.from(JSON.stringify({ id: 'w', text: brief })), { file: 'one.json' })), [true]);
    assert.deepEqual(cleaned(readBytes(Buffer.from(brief), { file: 'page.txt' })), [false]);
  });

  it('rejects a text too long to be one article, keeps its raw input, and stores the records around it', async () => {
    const huge = JSON.stringify({ id: 'dump', text: `${PROSE} `.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1) / (PROSE.length + 1))) });
    const events = await run('too-long', [record(1), huge, record(3)]);
    assert.deepEqual(events.map((e) => e.kind), ['stored', 'rejected', 'stored']);
    assert.match(events[1]!.kind === 'rejected' ? events[1]!.rejection.reason : '', /^article text too long: [\d,]+ characters, more than the 500,000 one article can have$/);
    const store = openSqliteStore(join(dir, 'too-long.db'));
    try {
      const kept = store.db.prepare("SELECT length(body) AS chars, rejected_reason AS reason FROM raw_inputs WHERE origin_line = 2").get() as { chars: number; reason: string };
      assert.ok(kept.chars > MAX_ARTICLE_CHARS && kept.reason.startsWith('article text too long'));
    } finally {
      await store.close();
    }
  });

  it('lets one ingest write a database at a time: a second waits for the first, and the stories add up', async () => {
    const path = join(dir, 'shared.db');
    writeFileSync(join(dir, 'shared-a.jsonl'), Array.from({ length: 300 }, (_, i) => record(i)).join('\n'));
    writeFileSync(join(dir, 'shared-b.jsonl'), Array.from({ length: 200 }, (_, i) => record(200 + i)).join('\n'));
    const [first, second] = [openSqliteStore(path), openSqliteStore(path)];
    let waited = 0;
    try {
      const [a, b] = await Promise.all([
        ingest(first, readInputs([join(dir, 'shared-a.jsonl')])),
        ingest(second, readInputs([join(dir, 'shared-b.jsonl')]), { onWait: () => waited++ }),
      ]);
      assert.equal(waited, 1);
      assert.deepEqual([a.stored, b.stored, b.unchanged], [300, 100, 100]);
      const count = (sql: string) => first.db.prepare(sql).pluck().get() as number;
      assert.equal(count('SELECT count(*) FROM story_members'), 400);
      assert.equal(count('SELECT sum(article_count) FROM stories'), 400);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('stops an ingest told to stop (Ctrl-C) while it waits for another writer, without starting it', async () => {
    const path = join(dir, 'waiting.db');
    writeFileSync(join(dir, 'waiting.jsonl'), record(1));
    const [holder, waiter] = [openSqliteStore(path), openSqliteStore(path)];
    try {
      const summary = await stoppedWhileWaiting(holder, (options) => ingest(waiter, readInputs([join(dir, 'waiting.jsonl')]), options));
      assert.deepEqual(summary, { stored: 0, unchanged: 0, rejected: 0, stopped: true });
      assert.equal(await holder.countArticles(), 0);
    } finally {
      await Promise.all([holder.close(), waiter.close()]);
    }
  });

  it('stops a reclean told to stop while it waits for another writer, without starting it', async () => {
    const path = join(dir, 'reclean-waiting.db');
    writeFileSync(join(dir, 'reclean-waiting.jsonl'), record(1));
    const [holder, waiter] = [openSqliteStore(path), openSqliteStore(path)];
    try {
      await ingest(holder, readInputs([join(dir, 'reclean-waiting.jsonl')]));
      assert.deepEqual(await stoppedWhileWaiting(holder, (options) => reclean(waiter, options)), { articles: 0, rejected: 0, stopped: true });
      assert.deepEqual(await reclean(waiter), { articles: 1, rejected: 0, stopped: false }, 'a reclean not told to stop does its work');
    } finally {
      await Promise.all([holder.close(), waiter.close()]);
    }
  });

  it('keeps the outlet named with --source through a reclean, where the page names none', async () => {
    const path = join(dir, 'fallback-source.db');
    writeFileSync(join(dir, 'fallback-source.txt'), `Council vote delayed again\n${PROSE} ${PROSE}\nThe mayor said the vote would be held next month.`);
    const store = openSqliteStore(path);
    try {
      await ingest(store, readInputs([join(dir, 'fallback-source.txt')]), { defaultSource: 'Harbor Daily Ledger', stories: false });
      const sources = async () => (await store.listArticles()).map((article) => article.source);
      assert.deepEqual(await sources(), ['Harbor Daily Ledger']);
      await reclean(store);
      assert.deepEqual(await sources(), ['Harbor Daily Ledger']);
    } finally {
      await store.close();
    }
  });

  it('reports a record that had no article as rejected again when it is ingested again, not as unchanged', async () => {
    const lines = [JSON.stringify({ id: 'x', text: 'Home\nNews\nSport' }), record(2)];
    await run('no-text-twice', lines);
    const again = await run('no-text-twice', lines);
    assert.deepEqual(again.map((e) => e.kind), ['rejected', 'unchanged']);
    assert.ok(again[0]!.kind === 'rejected' && again[0]!.rejection.reason === 'no article text found');
  });
});
