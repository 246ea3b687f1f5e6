// Feeds and web archives: every item or HTML response becomes an article with the metadata its container gives.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createCleaner } from '../src/clean/index.ts';
import { readInputs, recordToItem } from '../src/ingest/index.ts';
import { readBytes } from '../src/ingest/read-bytes.ts';
import { describeOrigin, htmlText, type IngestItem, type InputWarning } from '../src/model/index.ts';
import { readStdinItems } from '../src/ingest/stdin.ts';

const FORMATS = new URL('./fixtures/formats/', import.meta.url).pathname;

async function collect(path: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs([path])) items.push(item);
  return items;
}

describe('RSS feed input', () => {
  it('turns each item into an article with the feed title as outlet and the item author as byline', async () => {
    const [first, second] = await collect(`${FORMATS}feed.rss`);
    assert.ok(first?.ok);
    const result = createCleaner()(first.raw);
    assert.ok(result.ok);
    assert.equal(result.article.source, 'Valley Gazette');
    assert.equal(result.article.title, 'Council approves new bridge over the Aare');
    assert.equal(result.article.byline, 'Lena Hofer');
    assert.equal(result.article.published_at, '2024-03-12T09:30:00.000Z');
    assert.equal(result.article.paragraphs.length, 2);
    assert.deepEqual(second, { ok: false, rejection: { origin: { file: `${FORMATS}feed.rss`, record: 2 }, reason: 'feed item has no content or description' } });
  });
});

describe('a feed cut short', () => {
  const item = (n: number) =>
    `<item><title>Bridge &amp; tunnel ${n}</title><link>https://x.example/${n}</link>` +
    `<description><![CDATA[<p>The city council on Tuesday approved a new pedestrian bridge over the Aare, report ${n}.</p>]]></description></item>`;
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>${item(1)}${item(2)}${item(3)}</channel></rss>`;
  const cutAt = (marker: string) => readBytes(Buffer.from(rss.slice(0, rss.indexOf(marker))), { file: 'cut.rss' });
  const read = (items: IngestItem[]) => items.map((i) => (i.ok ? i.raw.hints.url : `${describeOrigin(i.rejection.origin)}: ${i.rejection.reason}`));

  it('keeps the whole items and names the one it ends inside as cut, by its title when that is whole', () => {
    const cutItem = 'cut.rss (record 3): feed is cut off inside this item ("Bridge & tunnel 3"); the file ends before its closing tag';
    // Inside an open CDATA section (the parser failed on the whole feed), and inside the content after it (the
    // parser read the item as having no content).
    assert.deepEqual(read(cutAt('report 3')), ['https://x.example/1', 'https://x.example/2', cutItem]);
    assert.deepEqual(read(cutAt('.</p>]]></description></item></channel>')), ['https://x.example/1', 'https://x.example/2', cutItem]);
    assert.deepEqual(read(cutAt('tunnel 3')), ['https://x.example/1', 'https://x.example/2', 'cut.rss (record 3): feed is cut off inside this item; the file ends before its closing tag']);
    assert.deepEqual(read(cutAt('tunnel 1')), ['cut.rss (record 1): feed is cut off inside this item; the file ends before its closing tag']);
  });
});

describe('RSS feed dates', () => {
  const feed = (pubDate: string) =>
    Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><item><title>Bridge</title><pubDate>${pubDate}</pubDate>` +
      '<description><![CDATA[<p>The city council on Tuesday approved a new pedestrian bridge over the Aare, ending a decade of debate.</p>]]></description></item></channel></rss>');
  const cleaned = (pubDate: string) => {
    const [item] = readBytes(feed(pubDate), { file: 'dates.rss' }, { format: 'feed' });
    assert.ok(item?.ok);
    const result = createCleaner()(item.raw);
    assert.ok(result.ok);
    return result;
  };

  it('keeps a date the feed parser cannot read, for cleaning to read', () => {
    assert.match(cleaned('Mardi, 12 mars 2024 09:30').article.published_at ?? '', /^2024-03-12/);
  });

  it('warns about an item date that is no date, naming the field and value', () => {
    const result = cleaned('32 Jan 2024');
    assert.equal(result.article.published_at, null);
    assert.deepEqual(result.warnings, ['field "published_at": "32 Jan 2024" is not a publication date (ignored)']);
  });
});

describe('WARC input', () => {
  for (const name of ['archive.warc', 'archive.warc.gz']) {
    it(`reads the HTML response of ${name} with its target URL, skipping warcinfo`, async () => {
      const items = await collect(`${FORMATS}${name}`);
      assert.equal(items.length, 1);
      const [item] = items;
      assert.ok(item?.ok);
      assert.equal(item.raw.hints.url, 'https://courier.example/2024/05/06/strike');
      const result = createCleaner()(item.raw);
      assert.ok(result.ok);
      assert.equal(result.article.title, 'Harbour cranes idle as dockers strike');
      assert.deepEqual(result.article.dateline, { place: 'ROTTERDAM', date: null, agency: 'Reuters' });
      assert.ok(!result.article.text.includes('Home'));
    });
  }

  /** One WARC record: an HTTP response (or a bare resource) with its Content-Length. */
  const warcRecord = (uri: string, type: string, payload: Buffer, http = true): Buffer => {
    const block = http ? Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n\r\n`), payload]) : payload;
    const head = `WARC/1.0\r\nWARC-Type: ${http ? 'response' : 'resource'}\r\nWARC-Target-URI: ${uri}\r\nContent-Type: ${http ? 'application/http; msgtype=response' : type}\r\nContent-Length: ${block.length}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
  };
  const page = (title: string) => Buffer.from(`<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>The harbour authority said on Monday that dredging of the main channel would begin in April after a delay of three years.</p></article></body></html>`);
  const image = warcRecord('https://x.example/a.png', 'image/png', Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)));
  const pdf = warcRecord('https://x.example/a.pdf', 'application/pdf', Buffer.from('%PDF-1.4 not a page'), false);
  const first = warcRecord('https://x.example/1', 'text/html; charset=utf-8', page('Dredging to begin'));
  const last = warcRecord('https://x.example/2', 'text/html', page('Dredging starts'));

  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-warc-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('skips non-HTML records and reads the HTML ones around them', async () => {
    writeFileSync(join(dir, 'mixed.warc'), Buffer.concat([first, image, pdf, last]));
    const items = await collect(join(dir, 'mixed.warc'));
    assert.deepEqual(items.map((i) => (i.ok ? [i.raw.origin.record, i.raw.hints.url] : i.rejection.reason)), [[1, 'https://x.example/1'], [4, 'https://x.example/2']]);
  });

  it('names a record the archive ends inside, after the whole ones (no hang skipping it, no half page stored)', { timeout: 30_000 }, async () => {
    writeFileSync(join(dir, 'cut-html.warc'), Buffer.concat([first, last.subarray(0, last.length - 120)]));
    writeFileSync(join(dir, 'cut-image.warc'), Buffer.concat([first, image.subarray(0, 1000)]));
    writeFileSync(join(dir, 'cut.warc.gz'), Buffer.concat([gzipSync(first), gzipSync(last).subarray(0, 60)]));
    for (const [name, record, reason] of [['cut-html.warc', 2, 'WARC record is cut short'], ['cut-image.warc', 2, 'WARC record is cut short'], ['cut.warc.gz', 2, 'corrupt gzip data']] as const) {
      const items = await collect(join(dir, name));
      assert.deepEqual(items.map((i) => i.ok), [true, false], name);
      const rejection = items[1]!.ok ? null : items[1]!.rejection;
      assert.equal(rejection?.origin.record, record, name);
      assert.ok(rejection?.reason.startsWith(reason), `${name}: ${rejection?.reason}`);
    }
  });

  it('reads an archive by its content when its name does not say WARC, gzipped or not', async () => {
    writeFileSync(join(dir, 'crawl-00001'), Buffer.concat([first, image, last]));
    writeFileSync(join(dir, 'crawl-00002.gz'), Buffer.concat([gzipSync(first), gzipSync(last)]));
    for (const name of ['crawl-00001', 'crawl-00002.gz']) {
      const items = await collect(join(dir, name));
      assert.deepEqual(items.map((i) => (i.ok ? i.raw.hints.url : i.rejection.reason)), ['https://x.example/1', 'https://x.example/2'], name);
    }
  });

  it('tells a small gzipped archive with trailing garbage by its content, in a file and on stdin, and warns of the garbage', async () => {
    const archive = Buffer.concat([gzipSync(first), gzipSync(last), Buffer.from('GARBAGE')]);
    writeFileSync(join(dir, 'crawl-00003'), archive);
    const warnings: string[] = [];
    const onWarning = (w: InputWarning) => warnings.push(`${describeOrigin(w.origin)}: ${w.message}`);
    const fromFile: IngestItem[] = [];
    for await (const item of readInputs([join(dir, 'crawl-00003')], { onWarning })) fromFile.push(item);
    const fromStdin: IngestItem[] = [];
    for await (const item of readStdinItems(Readable.from([archive]), { onWarning })) fromStdin.push(item);
    for (const items of [fromFile, fromStdin]) assert.deepEqual(items.map((i) => (i.ok ? i.raw.hints.url : i.rejection.reason)), ['https://x.example/1', 'https://x.example/2']);
    assert.deepEqual(warnings, [`${join(dir, 'crawl-00003')}: trailing garbage after the gzip data ignored (7 bytes)`, 'stdin: trailing garbage after the gzip data ignored (7 bytes)']);
  });

  it('says what is not a WARC archive, and stops at a record whose length cannot be read rather than swallow the rest', async () => {
    writeFileSync(join(dir, 'notes.warc'), 'These are notes, not an archive.\n'.repeat(5));
    writeFileSync(join(dir, 'cut-header.warc'), first.subarray(0, 30));
    writeFileSync(join(dir, 'bad-length.warc'), Buffer.concat([first, Buffer.from(last.toString('latin1').replace('Content-Length: ', 'Content-Length: x'), 'latin1'), first]));
    const reasons = async (name: string) => (await collect(join(dir, name))).map((i) => (i.ok ? i.raw.origin.record : `${i.rejection.origin.record}: ${i.rejection.reason}`));
    assert.deepEqual(await reasons('notes.warc'), ['1: not a WARC record (it does not start with a WARC/ version line)']);
    assert.deepEqual(await reasons('cut-header.warc'), ['1: WARC record header has no Content-Length (cut short?); the records after it cannot be found']);
    const length = /Content-Length: (\d+)/.exec(last.toString('latin1'))![1];
    assert.deepEqual(await reasons('bad-length.warc'), [1, `2: WARC record header has a Content-Length that is no number ("x${length}"); the records after it cannot be found`]);
  });
});

describe('CSV and TSV input', () => {
  for (const name of ['export.csv', 'export.csv.gz']) {
    it(`reads ${name} row by row, columns by their usual names, multi-line cells, rows named by their line`, async () => {
      const items = await collect(`${FORMATS}${name}`);
      assert.equal(items.length, 3);
      const [first, second, third] = items;
      assert.ok(first?.ok && second?.ok);
      assert.deepEqual(first.raw.origin, { file: `${FORMATS}${name}`, line: 2 });
      const result = createCleaner()(first.raw);
      assert.ok(result.ok);
      assert.equal(result.article.title, 'Council approves new bridge over the Aare');
      assert.equal(result.article.byline, 'Lena Hofer');
      assert.equal(result.article.url, 'https://gazette.example/bridge');
      assert.equal(result.article.paragraphs.length, 2);
      assert.deepEqual(first.raw.hints.extra, { section: 'local' });
      // The second row starts after the first's three-line cell; its compact date is read as a date.
      assert.equal(second.raw.origin.line, 5);
      assert.equal(second.raw.hints.published_at, '2024-03-13');
      assert.equal(second.raw.hints.title, 'Floods close, again, the lakeside road');
      assert.deepEqual(third, { ok: false, rejection: { origin: { file: `${FORMATS}${name}`, line: 6 }, reason: 'record has neither "text" nor "html" (nor content, body, maintext…)' } });
    });
  }

  it('keeps the whole rows of a small gzipped CSV cut short, drops the row it cuts, and names that row\'s line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-csv-cut-'));
    const body = (n: number) => `The council voted on Tuesday to extend the library opening hours, report ${n} said.`;
    const csv = `id,source,text\n${Array.from({ length: 40 }, (_, i) => `r${i},Wire,"${body(i)}\nIts second line."`).join('\n')}\n`;
    try {
      // Cut inside a row's quoted cell, and inside a row after its cell.
      for (const [name, marker] of [['quoted.csv.gz', 'report 30 said'], ['unquoted.csv.gz', 'r30,Wi']] as const) {
        const text = csv.slice(0, csv.indexOf(marker) + marker.length);
        const gzipped = gzipSync(text, { level: 0 });
        // Stored uncompressed (level 0) the cut falls in the same place: the data runs to the cut, the trailer is gone.
        writeFileSync(join(dir, name), gzipped.subarray(0, gzipped.length - 8));
        const items = await collect(join(dir, name));
        assert.deepEqual(items.map((i) => (i.ok ? i.raw.hints.id : `${i.rejection.origin.line}: ${i.rejection.reason}`)), [
          ...Array.from({ length: 30 }, (_, i) => `r${i}`),
          '62: corrupt gzip data (unexpected end of file)',
        ], name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a TSV', async () => {
    const [item] = await collect(`${FORMATS}export.tsv`);
    assert.ok(item?.ok);
    assert.equal(item.raw.hints.language, 'de');
    assert.equal(item.raw.hints.title, 'Regen schließt Uferstraße');
  });

  it('reads CSV from stdin by its header, and rejects a header without a text column or a broken quote', () => {
    const csv = 'title;text\nUn titre;Le conseil municipal a voté mardi le budget.\n';
    const [item] = readBytes(Buffer.from(csv), { file: 'stdin' });
    assert.ok(item?.ok);
    assert.equal(item.raw.hints.title, 'Un titre');
    assert.deepEqual(readBytes(Buffer.from('a,b\n1,2\n'), { file: 'x.csv' }), [
      { ok: false, rejection: { origin: { file: 'x.csv', line: 1 }, reason: 'CSV header has no text column (text, html, content, body, maintext…)' } },
    ]);
    const [broken] = readBytes(Buffer.from('title,text\nA,"open quote\n'), { file: 'y.csv' });
    assert.ok(broken && !broken.ok);
    assert.match(broken.rejection.reason, /^invalid CSV: .*quote/i);
  });

  it('names the line of a quote opened inside an unquoted cell, as it names other CSV errors, and keeps the rows before it', async () => {
    const csv = 'title,text\nA,The council met on Tuesday.\nB,He said "no" on Tuesday.\n';
    const dir = mkdtempSync(join(tmpdir(), 'parallax-csv-'));
    try {
      writeFileSync(join(dir, 'quote.csv'), csv);
      for (const items of [readBytes(Buffer.from(csv), { file: 'quote.csv' }), await collect(join(dir, 'quote.csv'))]) {
        const [kept, broken] = items;
        assert.equal(items.length, 2);
        assert.ok(kept?.ok && broken && !broken.ok);
        assert.equal(broken.rejection.origin.line, 3);
        assert.match(broken.rejection.reason, /^invalid CSV: Invalid Opening Quote/);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('rejects a row with more filled cells than the header names (its text would be a fragment), and reads short rows and trailing blanks', () => {
    const csv = 'id,source,text\n1,Wire,The council met, and voted, on Tuesday.\n2,Wire\n3,Wire,The council met on Tuesday.,,\n';
    const items = readBytes(Buffer.from(csv), { file: 'r.csv' });
    assert.deepEqual(items.map((i) => (i.ok ? i.raw.hints.id : `${i.rejection.origin.line}: ${i.rejection.reason}`)), [
      '2: row has 5 cells, the header names 3 (a separator inside an unquoted cell?)',
      '3: record has neither "text" nor "html" (nor content, body, maintext…)',
      '3',
    ]);
  });
});

describe('JSON exports under other field names', () => {
  it('rejects a record with a field nested thousands of levels deep, naming the field, and reads the records around it', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const json = `[{"text":"The council met."},{"text":"The council voted.","meta":${deep}},{"text":"The council left."}]`;
    const items = readBytes(Buffer.from(json), { file: 'deep.json' });
    assert.deepEqual(items.map((i) => i.ok || i.rejection), [
      true,
      { origin: { file: 'deep.json', record: 2 }, reason: 'field "meta": nested more than 100 levels deep' },
      true,
    ]);
  });

  it('reads a NewsAPI response: source object, author, publishedAt, content', async () => {
    const [item] = await collect(`${FORMATS}newsapi.json`);
    assert.ok(item?.ok);
    assert.equal(item.raw.hints.source, 'Valley Gazette');
    assert.equal(item.raw.hints.byline, 'Lena Hofer');
    assert.equal(item.raw.hints.published_at, '2024-03-12T09:30:00Z');
    assert.equal(item.raw.body.kind, 'text');
    assert.deepEqual(item.raw.hints.extra, { urlToImage: 'https://gazette.example/bridge.jpg' });
  });

  it('prefers the Parallax name, reads author lists and Unix times, and leaves odd-typed namesakes in extra', () => {
    const record = {
      text: 'The body.', content: 'A summary.', authors: ['A One', { name: 'B Two' }], date: 1709632800, media: [{ url: 'x' }],
    };
    const item = recordToItem(record, { file: 'r.json' });
    assert.ok(item.ok);
    assert.deepEqual(item.raw.body, { kind: 'text', text: 'The body.' });
    assert.equal(item.raw.hints.byline, 'A One, B Two');
    assert.equal(item.raw.hints.published_at, '2024-03-05T10:00:00.000Z');
    assert.deepEqual(item.raw.hints.extra, { content: 'A summary.', media: [{ url: 'x' }] });
  });

  it('reads Elasticsearch hits: a search response and an elasticdump line, the document in _source', () => {
    const hit = (id: string, title: string) => ({
      _index: 'news', _id: id, _score: 1.5, _source: { title, content: 'The harbour authority said on Monday that dredging would begin in April.', publishedAt: '2024-03-05' },
    });
    const response = { took: 3, hits: { total: { value: 2 }, hits: [hit('e1', 'Dredging to begin'), hit('e2', 'Harbour works')] } };
    const items = readBytes(Buffer.from(JSON.stringify(response)), { file: 'search.json' }, { format: 'json' });
    assert.deepEqual(items.map((item) => item.ok && item.raw.hints.title), ['Dredging to begin', 'Harbour works']);
    const [first] = items;
    assert.ok(first?.ok);
    assert.equal(first.raw.hints.published_at, '2024-03-05');
    assert.equal(first.raw.hints.id, 'e1');
    assert.deepEqual(first.raw.hints.extra, { _index: 'news', _score: 1.5 });
    const [line] = readBytes(Buffer.from(`${JSON.stringify(hit('e3', 'Dump line'))}\n`), { file: 'dump.jsonl' }, { format: 'jsonl' });
    assert.ok(line?.ok);
    assert.equal(line.raw.hints.title, 'Dump line');
  });

  it('reads an Event Registry article: source title, ISO 639-3 language, author objects, dateTime', () => {
    const record = {
      uri: '8001', lang: 'eng', dateTime: '2024-03-05T10:00:00Z', title: 'Council approves budget', body: 'The city council voted on Tuesday to approve a new budget that funds schools and roads.',
      source: { uri: 'bbc.co.uk', dataType: 'news', title: 'BBC' }, authors: [{ uri: 'jane@bbc', name: 'Jane Roe', type: 'author' }],
    };
    const item = recordToItem(record, { file: 'er.json' });
    assert.ok(item.ok);
    assert.equal(item.raw.hints.source, 'BBC');
    assert.equal(item.raw.hints.byline, 'Jane Roe');
    assert.equal(item.raw.hints.published_at, '2024-03-05T10:00:00Z');
    const cleaned = createCleaner()(item.raw);
    assert.ok(cleaned.ok);
    assert.equal(cleaned.article.language, 'en', 'eng is English: the analysis keys its stemmer and stopwords by en');
  });

  it('reads mongoexport dates ($date as text, milliseconds or $numberLong) and a text given as its paragraphs', () => {
    const dateOf = (published_at: unknown) => {
      const item = recordToItem({ _id: { $oid: '65e6f0a1' }, text: 'The body.', published_at }, { file: 'mongo.json' });
      assert.ok(item.ok);
      return item.raw.hints.published_at;
    };
    assert.equal(dateOf({ $date: '2024-03-05T10:00:00Z' }), '2024-03-05T10:00:00Z');
    assert.equal(dateOf({ $date: 1709632800000 }), '2024-03-05T10:00:00.000Z');
    assert.equal(dateOf({ $date: { $numberLong: '1709632800000' } }), '2024-03-05T10:00:00.000Z');
    const paragraphs = recordToItem({ title: 'T', content: ['First paragraph.', ' ', 'Second paragraph. '] }, { file: 'p.json' });
    assert.ok(paragraphs.ok);
    assert.deepEqual(paragraphs.raw.body, { kind: 'text', text: 'First paragraph.\n\nSecond paragraph.' });
    const mixed = recordToItem({ text: ['A paragraph.', 3] }, { file: 'p.json', line: 2 });
    assert.deepEqual(mixed.ok || mixed.rejection.reason, 'field "text": Invalid input: expected string, received array');
  });

  it('passes over a given date that cannot be a publication date, and keeps a real one', () => {
    const clean = createCleaner();
    const body = 'The council voted on Tuesday to extend the library opening hours on weekends from next month.';
    const dateOf = (published_at: unknown) => {
      const item = recordToItem({ id: 'd', source: 'Test Wire', text: body, published_at }, { file: 'dates.jsonl' });
      assert.ok(item.ok);
      const result = clean(item.raw);
      assert.ok(result.ok);
      return result.article.published_at;
    };
    assert.equal(dateOf('2013-02-30'), null, 'no 30 February');
    assert.equal(dateOf('2013-02-30T10:00:00Z'), null, 'not moved on to 2 March');
    assert.equal(dateOf(99999999999999), null, 'a Unix time in the wrong unit (year 5138)');
    assert.equal(dateOf('0001-01-01'), null, 'a placeholder');
    assert.equal(dateOf(0), null, 'the Unix epoch: an export\'s unset date, as "0" is');
    assert.equal(dateOf('00000000'), null, 'the epoch written as digits');
    for (const sentinel of [-1, '-1', 1.5, -86400, -1e12, { $date: -1 }]) assert.equal(dateOf(sentinel), null, `${JSON.stringify(sentinel)}: no date of 1969 or 1970`);
    assert.equal(dateOf(1e300), null, 'past any year');
    assert.equal(dateOf('yesterday'), null);
    assert.equal(dateOf('2013-02-28'), '2013-02-28');
    assert.equal(dateOf('2024-02-29T08:00:00Z'), '2024-02-29T08:00:00.000Z');
  });

  /** A record with the harbour text and these given fields, read and cleaned as ingest does. */
  const cleanHarbourRecord = (given: Record<string, unknown>, file: string) => {
    const text = 'Harbour dredging to begin in April\n\nThe harbour authority said on Monday that dredging of the main channel would begin in April after a delay of three years.';
    const item = recordToItem({ text, ...given }, { file, line: 1 });
    assert.ok(item.ok);
    const result = createCleaner()(item.raw);
    assert.ok(result.ok);
    return { raw: item.raw, article: result.article };
  };

  it('passes over a given title, outlet or byline too long to be one, and keeps the article', () => {
    const { raw, article } = cleanHarbourRecord({ title: 'Title '.repeat(50_000), source: 'Wire', byline: 'By '.repeat(1000) }, 'long.jsonl');
    assert.equal(article.title, 'Harbour dredging to begin in April');
    assert.equal(article.source, 'Wire');
    assert.equal(article.byline, null);
    assert.ok((raw.hints.title?.length ?? 0) > 200_000, 'the raw input keeps what was given');
  });

  it('reports an id of the wrong type instead of dropping it, and keeps a store\'s own _id object in extra', () => {
    const bad = recordToItem({ id: { key: 7 }, text: 'Text.' }, { file: 'r.jsonl', line: 2 });
    assert.deepEqual(bad, { ok: false, rejection: { origin: { file: 'r.jsonl', line: 2 }, reason: 'field "id": expected a string or a number' } });
    const mongo = recordToItem({ _id: { $oid: '65a1' }, id: 'n-1', text: 'Text.' }, { file: 'r.jsonl' });
    assert.ok(mongo.ok);
    assert.equal(mongo.raw.hints.id, 'n-1');
    assert.deepEqual(mongo.raw.hints.extra, { _id: { $oid: '65a1' } });
    const aliased = recordToItem({ _id: 'e-9', text: 'Text.' }, { file: 'r.jsonl' });
    assert.ok(aliased.ok && aliased.raw.hints.id === 'e-9');
  });

  it('rejects a numeric id too large to be exact, which JSON rounds into another record\'s id (one article was stored over the other)', () => {
    const [first, second] = [1234567890123456789, 1234567890123456788].map((id, i) => recordToItem(JSON.parse(`{"id": ${id}, "text": "Text ${i}."}`), { file: 'r.jsonl', line: i + 1 }));
    for (const item of [first, second]) {
      assert.deepEqual(item?.ok || item?.rejection.reason, 'field "id": 1234567890123456800 is past 2^53, where JSON numbers lose digits (give the id as a string)');
    }
    const exact = recordToItem({ id: Number.MAX_SAFE_INTEGER, text: 'Text.' }, { file: 'r.jsonl' });
    assert.ok(exact.ok && exact.raw.hints.id === '9007199254740991');
  });

  it('reports an outlet or byline that names no one instead of dropping it, keeps it in extra under another name, and passes over an empty one', () => {
    const reason = (record: Record<string, unknown>) => {
      const item = recordToItem({ text: 'Text.', ...record }, { file: 'r.jsonl', line: 3 });
      return item.ok ? item.raw.hints : item.rejection.reason;
    };
    assert.equal(reason({ source: ['Wire', 'Post'] }), 'field "source": Invalid input: expected string, received array');
    assert.equal(reason({ source: { id: 'wire-1' } }), 'field "source": Invalid input: expected string, received object');
    assert.equal(reason({ byline: [7, 8] }), 'field "byline": Invalid input: expected string, received array');
    assert.equal(reason({ byline: { url: 'https://x.example/ann' } }), 'field "byline": Invalid input: expected string, received object');
    assert.deepEqual(reason({ author: { url: 'https://x.example/ann' } }), { extra: { author: { url: 'https://x.example/ann' } } });
    assert.deepEqual(reason({ source: {}, byline: [], authors: [' ', null] }), { extra: { authors: [' ', null] } });
  });

  it('turns control characters in a given title, outlet or byline into spaces (a NUL or line break breaks listings)', () => {
    const { article } = cleanHarbourRecord({ title: 'Dredging\u0000to begin\nin April', source: 'Wire\u0000', byline: '\u0007' }, 'nul.jsonl');
    assert.equal(article.title, 'Dredging to begin in April');
    assert.equal(article.source, 'Wire');
    assert.equal(article.byline, null);
  });

  it("passes over a given title that is only a timestamp (an export took the date line for the headline), keeping the page's own", () => {
    for (const title of ['Friday, November 11, 2011', 'Posted 11 / 27 / 2005 7: 21 AM', '8: 24am:']) {
      const { raw, article } = cleanHarbourRecord({ title }, 'stamp.jsonl');
      assert.equal(article.title, 'Harbour dredging to begin in April', title);
      assert.equal(raw.hints.title, title, 'the raw input keeps what was given');
    }
    // A headline that mentions a date is still a headline.
    assert.equal(cleanHarbourRecord({ title: 'Dredging to begin on 4 April' }, 'dated.jsonl').article.title, 'Dredging to begin on 4 April');
  });

  it("passes over a given title that is a key (\"abortion_9_2\", a URL slug), keeping the page's own headline", () => {
    for (const title of ['abortion_9_2', 'story_104', 'harbour-dredging-to-begin']) {
      const { raw, article } = cleanHarbourRecord({ title }, 'key.jsonl');
      assert.equal(article.title, 'Harbour dredging to begin in April', title);
      assert.equal(raw.hints.title, title, 'the raw input keeps what was given');
    }
    for (const title of ['COVID-19', 'Brexit', 'Follow-up: dredging delayed']) assert.equal(cleanHarbourRecord({ title }, 'word.jsonl').article.title, title);
  });

  it('drops the part of a given title that names the outlet or its host, and only that part', () => {
    const named = cleanHarbourRecord({ title: 'Dredging to begin in April | Harbour Gazette', source: 'Harbour Gazette' }, 'site.jsonl');
    assert.equal(named.article.title, 'Dredging to begin in April');
    const hosted = cleanHarbourRecord({ title: 'Puerto en vivo - Dredging to begin', url: 'https://www.puertoenvivo.com/a/1' }, 'host.jsonl');
    assert.equal(hosted.article.title, 'Dredging to begin');
    // A site name between a section label and the headline: the longer side is the headline.
    const middle = cleanHarbourRecord({ title: 'Noticias - Puerto en vivo - Dredging of the channel to begin', url: 'https://www.puertoenvivo.com/a/2' }, 'middle.jsonl');
    assert.equal(middle.article.title, 'Dredging of the channel to begin');
    // A dash inside the headline stays: only a part naming the site goes.
    const own = cleanHarbourRecord({ title: 'Dredge or wait – what the harbour can afford', source: 'Harbour Gazette' }, 'dash.jsonl');
    assert.equal(own.article.title, 'Dredge or wait – what the harbour can afford');
  });

  it('names the key a bad value came under', () => {
    const item = recordToItem({ headline: 5, body: 'Text.' }, { file: 'r.json', line: 3 });
    assert.ok(item.ok);
    const bad = recordToItem({ title: 5, body: 'Text.' }, { file: 'r.json', line: 3 });
    assert.deepEqual(bad, { ok: false, rejection: { origin: { file: 'r.json', line: 3 }, reason: 'field "title": Invalid input: expected string, received number' } });
  });
});

describe('HTML page bodies', () => {
  it('keeps a UTF-8 page as its bytes and a legacy-charset page as its text, and both clean to the same article', () => {
    const page = (charset: string) =>
      `<html><head><meta charset="${charset}"><title>Grüße aus Köln</title></head><body><article><h1>Grüße aus Köln</h1>` +
      `<p>Die Stadt hat am Dienstag die Brücke über den Rhein wieder geöffnet, nachdem die Arbeiten drei Monate gedauert hatten.</p>` +
      `<p>«Wir sind froh», sagte die Bürgermeisterin. Der Verkehr läuft seit dem Morgen wieder über beide Spuren.</p></article></body></html>`;
    const utf8 = Buffer.from(page('utf-8'), 'utf8');
    const [fromUtf8] = readBytes(utf8, { file: 'a.html' });
    const [fromLatin1] = readBytes(Buffer.from(page('iso-8859-1'), 'latin1'), { file: 'b.html' });
    assert.ok(fromUtf8?.ok && fromLatin1?.ok);
    assert.ok(fromUtf8.raw.body.kind === 'html' && 'utf8' in fromUtf8.raw.body && Buffer.from(fromUtf8.raw.body.utf8).equals(utf8));
    assert.ok(fromLatin1.raw.body.kind === 'html' && 'html' in fromLatin1.raw.body);
    assert.equal(htmlText(fromUtf8.raw.body), page('utf-8'));
    const clean = createCleaner();
    const [a, b] = [clean(fromUtf8.raw), clean(fromLatin1.raw)];
    assert.ok(a.ok && b.ok);
    assert.equal(a.article.title, 'Grüße aus Köln');
    assert.deepEqual(a.article.paragraphs, b.article.paragraphs);
    assert.match(a.article.text, /«Wir sind froh», sagte die Bürgermeisterin/);
  });
});
