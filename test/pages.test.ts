// Pages the cleaner has never been tuned on: varied layouts and chrome, each with the article a careful reader
// would cut out of it (test/fixtures/pages/<case>/expected.json, written by hand; UPDATE_GOLDEN=1 rewrites).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createCleaner } from '../src/clean/index.ts';
import { readBytes } from '../src/ingest/index.ts';
import type { Article } from '../src/model/index.ts';
import { assertGolden } from './helpers/golden.ts';

const PAGES = new URL('./fixtures/pages/', import.meta.url);
const CASES = readdirSync(PAGES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

function inputFileOf(name: string): string {
  const file = readdirSync(new URL(`${name}/`, PAGES)).find((f) => f.startsWith('input.'));
  assert.ok(file, `case ${name} has an input file`);
  return file;
}

function cleanCase(name: string): Article {
  const file = inputFileOf(name);
  const [item] = readBytes(readFileSync(new URL(`${name}/${file}`, PAGES)), { file: `${name}/${file}` });
  assert.ok(item?.ok, `${name} is read`);
  const result = createCleaner()(item.raw);
  assert.ok(result.ok, `${name} is cleaned`);
  return result.article;
}

/** What the expected files pin: the metadata a reader sees and the exact paragraphs. */
const pinnedView = (a: Article) => ({
  title: a.title,
  source: a.source,
  published_at: a.published_at,
  partial_date: a.partial_date,
  dateline: a.dateline,
  agencies: a.agencies,
  byline: a.byline,
  language: a.language,
  paragraphs: a.paragraphs,
});

describe('pages the cleaner was not written for', () => {
  it('has at least twelve cases', () => assert.ok(CASES.length >= 12, `found ${CASES.length}`));
  for (const name of CASES) {
    it(`cleans ${name} as a reader would`, () => {
      assertGolden(new URL(`${name}/expected.json`, PAGES).pathname, pinnedView(cleanCase(name)));
    });
  }
});

describe('what every page keeps and drops', () => {
  const articles = CASES.map((name) => ({ name, article: cleanCase(name) }));
  it('keeps each paragraph once', () => {
    for (const { name, article } of articles) {
      assert.equal(new Set(article.paragraphs).size, article.paragraphs.length, `${name} repeats a paragraph`);
    }
  });
  it('never keeps a subscribe, share, cookie or comment line', () => {
    const chrome = /^(?:subscribe|share|tweet|email|reply|accept all|log in|sign in|comments?)$/i;
    for (const { name, article } of articles) {
      for (const p of article.paragraphs) assert.ok(!chrome.test(p), `${name} kept "${p}"`);
    }
  });
  it('never takes a photo caption for the headline', () => {
    for (const { name, article } of articles) assert.ok(!/\b(?:photo|foto|image)\b/i.test(article.title ?? ''), `${name}: ${article.title}`);
  });
});
