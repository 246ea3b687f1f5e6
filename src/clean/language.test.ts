import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/extrasmall';
import { detectLanguage, eldLanguage } from './language.ts';
import { seededRandom } from '../eval/seeded-random.ts';
import { dataDirectory } from '../eval/extraction-data.ts';

const SEMEVAL_ARTICLES = join(dataDirectory(), 'semeval2022-dev/articles.jsonl');

/** Pieces of many scripts, plus the characters ELD's byte encoding and word cutting treat specially. */
const PIECES = [
  'the', 'and', 'government', 'said', 'der', 'Stadtrat', 'Fähre', 'été', 'Straße', 'niño', 'año', 'Łódź', 'żółw', 'İstanbul', 'ğüşıöç',
  'Москва', 'сегодня', 'Ελλάδα', 'καλημέρα', 'שלום', 'مرحبا', 'السلام', '東京', '日本語の文章', 'ひらがな', 'カタカナ', '한국어', 'ภาษาไทย',
  'हिन्दी', 'বাংলা', 'தமிழ்', 'ქართული', 'Հայերեն', 'አማርኛ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '😀', '𠜎𠜱', '\ud800', '\udc00', "don't", 'it’s', '`quoted`',
  '1234', '3.14', 'e-mail', 'https://example.com/a?b=c', 'a', 'ab', 'abc', 'abcd', 'abcde', 'x'.repeat(75), 'ü'.repeat(40), '—', '…', '«»',
  '\u00a0', '\t', '\n', '  ', ' ', ' ', ' ',
];

function randomText(random: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 120);
  for (let i = 0; i < n; i++) parts.push(PIECES[Math.floor(random() * PIECES.length)]!);
  return parts.join(random() < 0.5 ? ' ' : '');
}

test('scores exactly as ELD does on texts of many scripts and shapes', () => {
  const random = seededRandom(42);
  for (let i = 0; i < 3000; i++) {
    const text = randomText(random);
    assert.equal(eldLanguage(text), eld.detect(text).language, JSON.stringify(text));
  }
  for (const text of ['', ' ', 'a', '1234 5678', '\ud800\udc00', 'x'.repeat(2000), 'ab '.repeat(500)]) {
    assert.equal(eldLanguage(text), eld.detect(text).language, JSON.stringify(text));
  }
});

test('scores exactly as ELD does on the SemEval-2022 dev articles', { skip: !existsSync(SEMEVAL_ARTICLES) && 'SemEval-2022 data not present' }, () => {
  const lines = readFileSync(SEMEVAL_ARTICLES, 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const { text, title } = JSON.parse(line) as { text: string; title: string | null };
    for (const sample of [text.slice(0, 500), text.slice(0, 1200), text.slice(0, 60), title ?? '']) {
      assert.equal(eldLanguage(sample), eld.detect(sample).language);
    }
  }
});

test('reports no language for a text with too few letters', () => {
  assert.equal(detectLanguage('12:30 — 14 / 15'), null);
  assert.equal(detectLanguage('The government said on Tuesday that the new rules would take effect next month.'), 'en');
});
