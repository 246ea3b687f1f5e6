import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { RawId } from '../model/index.ts';
import { createCleaner } from './cleaner.ts';

const LEAD =
  'The harbour ferry between the north shore and the old town will stop running in the autumn, the city utility said on Tuesday in a paper for the transport committee.';
const MORE = [
  'The utility blames higher costs for crews and fuel: the ferry loses about 400,000 euros a year, according to the paper, which the committee discusses next week.',
  'Residents on the north shore plan to collect signatures for keeping the ferry, and a local group said it would ask the council to find the money elsewhere.',
];

test('an article cut from a page text keeps no view into the page', () => {
  // The stories' window keeps each story's title and outlets, and the analysis's names cut from the text, for days:
  // as views into the page they were cut from, they kept every such page alive (the window's stories held ~5 KB of
  // page each on page-text streams).
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const heapAfterCollection = () => {
    collect();
    return process.memoryUsage().heapUsed;
  };
  const clean = createCleaner();
  const kept: string[] = [];
  const before = heapAfterCollection();
  // 300 pages of 100 KB: pinned, they would keep 30 MB alive; what is kept of their articles takes tens of KB.
  for (let page = 0; page < 300; page++) {
    const footer = Array.from({ length: 2_000 }, (_, i) => `Most read ${page}-${i}: council news`).join('\n');
    const body = page % 2 === 0 ? [LEAD, ...MORE] : [LEAD];
    const text = [`Harbour Gazette ${page % 7}`, `Ferry to stop running in autumn, utility says (${page})`, 'By Jane Doe', 'Published: 3 March 2025', ...body, 'Share', footer].join('\n');
    const result = clean({ id: `r_${page}` as RawId, origin: { file: 'test' }, body: { kind: 'text', text }, hints: {} });
    assert.ok(result.ok);
    const { title, source, byline, text: articleText } = result.article;
    kept.push(title!, source!, byline!, articleText);
  }
  const grown = heapAfterCollection() - before;
  assert.ok(grown < 8_000_000, `heap grew by ${grown} bytes`);
  assert.equal(kept[0], 'Ferry to stop running in autumn, utility says (0)');
  assert.equal(kept[1], 'Harbour Gazette 0');
  assert.equal(kept[2], 'Jane Doe');
});

test('a Chinese wire report names its reporters in its dateline: they are its byline when no line gives one', () => {
  const text = '新华社北京3月5日电（记者张三、李四）国务院总理5日在十四届全国人大二次会议上作政府工作报告，提出今年国内生产总值增长预期目标为5%左右。\n\n报告说，今年城镇新增就业目标为1200万人以上，居民消费价格涨幅3%左右。';
  const result = createCleaner()({ id: 'r_xinhua' as RawId, origin: { file: 'test' }, body: { kind: 'text', text }, hints: {} });
  assert.ok(result.ok);
  assert.equal(result.article.byline, '张三、李四');
  assert.deepEqual(result.article.dateline, { place: '北京', date: '3月5日', agency: 'Xinhua' });
});

test('a URL without a host (file:, urn:, javascript:) names no outlet: the given --source or the page names it instead of ""', () => {
  for (const url of ['file:///home/me/saved/ferry.html', 'urn:uuid:0f1e2d3c', 'javascript:void(0)']) {
    const raw = (kind: 'text' | 'html') => ({
      id: `r_${kind}` as RawId,
      origin: { file: 'test.jsonl', line: 1 },
      body: kind === 'text' ? ({ kind, text: [LEAD, ...MORE].join('\n\n') } as const) : ({ kind, html: `<html><body><article><p>${[LEAD, ...MORE].join('</p><p>')}</p></article></body></html>` } as const),
      hints: { url },
    });
    for (const kind of ['text', 'html'] as const) {
      const given = createCleaner({ defaultSource: 'Harbour Gazette' })(raw(kind));
      assert.ok(given.ok);
      assert.equal(given.article.source, 'Harbour Gazette', `${kind} ${url}`);
      const none = createCleaner()(raw(kind));
      assert.ok(none.ok);
      assert.equal(none.article.source, null, `${kind} ${url}`);
    }
  }
});

test('a control character a scraper saved into a paragraph is not kept in the article text', () => {
  const text = ['Harbour Gazette', 'Ferry to stop running in autumn, utility says', `${LEAD}\u0000`, `${MORE[0]}\u0085`, MORE[1]].join('\n');
  const result = createCleaner()({ id: 'r_nul' as RawId, origin: { file: 'test' }, body: { kind: 'text', text }, hints: {} });
  assert.ok(result.ok);
  assert.doesNotMatch(result.article.text, /[\u0000\u0085]/u);
  assert.equal(result.article.paragraphs[0], LEAD);
});
