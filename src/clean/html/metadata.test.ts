// Page metadata (title, author, date) read from minimal pages, one behaviour per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allElements, parseHtml } from './dom.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';

const page = (head: string, body: string): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
function metadataOf(html: string, url: string | null = null): PageMetadata {
  const document = parseHtml(html);
  return readMetadata(document, allElements(document), url);
}

test('a one-word og:title naming the section gives way to a <title> that is a headline', () => {
  const html = page('<title>Impfen und Boostern ist bis Ende Februar noch überall möglich</title><meta property="og:title" content="Medienmitteilungen"><meta property="og:site_name" content="Kanton Bern">',
    '<h1>Medienmitteilung der Direktion : Impfen und Boostern ist bis Ende Februar noch überall möglich</h1>');
  assert.equal(metadataOf(html, 'https://www.be.ch/de/medienmitteilungen.html').title, 'Impfen und Boostern ist bis Ende Februar noch überall möglich');
});

test('a Chinese title drops the outlet joined without spaces', () => {
  const html = page('<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>', '<p>正文</p>');
  assert.equal(metadataOf(html).title, '武汉的声音：有英勇的你，才有英雄的城！');
});

test('an <h1> inside the logo banner is not taken for the headline', () => {
  const title = '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::';
  const html = page(`<title>${title}</title>`, '<div class="topbar"><h1 class="topbar__logo__title">痞客邦 PIXNET</h1></div><h1>史蒂文的家_藍天</h1><h2>新竹尖石_美樹營地賞楓 (2)</h2>');
  assert.notEqual(metadataOf(html).title, '痞客邦 PIXNET');
});
