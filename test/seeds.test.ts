// The founding examples: both seed pages must come out exactly as a careful reader would clean them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createCleaner } from '../src/clean/index.ts';
import { readBytes } from '../src/ingest/index.ts';
import type { Article } from '../src/model/index.ts';
import { assertGolden } from './helpers/golden.ts';

const SEEDS = new URL('./fixtures/seeds/', import.meta.url);
const RIA = '000_d0bc2620b6a5525f.txt';
const ST = '002_f41a73bcec7900e6.txt';

function cleanSeed(name: string): Article {
  const [item] = readBytes(readFileSync(new URL(name, SEEDS)), { file: name });
  assert.ok(item?.ok, 'seed is read');
  const result = createCleaner()(item.raw);
  assert.ok(result.ok, 'seed is cleaned');
  return result.article;
}

/** The golden part of an article: everything but ids and where it was read from. */
const goldenView = ({ id: _id, raw_id: _raw, origin: _origin, text: _text, ...rest }: Article) => rest;

describe('seed: Sputnik / RIA Novosti', () => {
  const a = cleanSeed(RIA);
  it('matches the golden article', () => assertGolden(new URL(`expected/${RIA}.json`, SEEDS).pathname, goldenView(a)));
  it('finds the headline, not the site name', () => assert.equal(a.title, 'US, Russia Downplay ‘Collisions’ as High-Level Talks Begin'));
  it('reads the dateline and credits RIA Novosti and AP', () => {
    assert.deepEqual(a.dateline, { place: 'WASHINGTON', date: 'August 9', agency: 'RIA Novosti' });
    assert.deepEqual(a.agencies, ['RIA Novosti', 'AP']);
  });
  it('keeps a date without a year as printed and invents no year', () => {
    assert.equal(a.published_at, null);
    assert.deepEqual(a.partial_date, { text: 'August 9', missing: 'year' });
  });
  it('prints the lede once', () => assert.equal(a.text.split('downplayed strained bilateral ties').length - 1, 1));
  it('drops header, promo, comment widget and the Cyrillic trailer', () => {
    for (const chrome of ['Sputnik International', 'Subscribe', 'Newsfeed', 'Chats', 'log in or register', 'Заголовок', 'Stay tuned']) {
      assert.ok(!a.text.includes(chrome), `"${chrome}" removed`);
    }
  });
});

describe('seed: The Straits Times / AFP', () => {
  const a = cleanSeed(ST);
  it('matches the golden article', () => assertGolden(new URL(`expected/${ST}.json`, SEEDS).pathname, goldenView(a)));
  it('reads the AFP dateline and the AP photo credit', () => {
    assert.deepEqual(a.dateline, { place: 'WASHINGTON', date: null, agency: 'AFP' });
    assert.deepEqual(a.agencies, ['AFP', 'AP']);
  });
  it('drops the photo caption printed twice and the Telegram promo', () => {
    assert.ok(!a.text.includes('PHOTO'));
    assert.ok(!a.text.includes('Lavrov(left)'));
    assert.ok(!a.text.includes('Telegram'));
    assert.ok(a.paragraphs[0]!.startsWith('WASHINGTON (AFP) -'));
  });
  it('names no outlet the page does not name', () => assert.equal(a.source, null));
});
