import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiveTemplates } from '../live-templates.ts';
import { extractPageText } from './page-text.ts';
import { BLOB_LINE_CHARS, pageLineHashes, withoutTemplateSentences } from './templates.ts';

const NOTICE = 'To improve our website and show you relevant news we collect technical information about your visit.';
const PROMO = 'Sign up to our morning newsletter and get the five stories you need before breakfast every day.';

/** A whole article on one line, as scraped exports often hold it: headline, notice, story sentences, promo. */
function blob(n: number): string {
  const story = Array.from({ length: 12 }, (_, k) => `Council vote number ${n} met objection ${k} from residents of the harbour district on Tuesday.`);
  const headline = ['Ferry fares rise', 'Harbour bridge shut', 'Fish market moves', 'Mayor faces vote', 'Council vote delayed'][n - 1];
  return [headline, NOTICE, ...story.slice(0, 6), PROMO, ...story.slice(6)].join(' ');
}

test('a blob line records its sentences, an ordinary line only itself', () => {
  assert.ok(blob(1).length > BLOB_LINE_CHARS);
  assert.ok(pageLineHashes(blob(1)).length > 10);
  assert.equal(pageLineHashes(`${NOTICE}\n${PROMO}`).length, 2);
});

test("an outlet's recurring sentences are dropped from its blob lines once learned, the story's kept", () => {
  const templates = new LiveTemplates();
  for (const n of [1, 2, 3, 4]) templates.record('harbour.example', pageLineHashes(blob(n)));
  const cleaned = withoutTemplateSentences(templates, 'harbour.example', blob(5));
  assert.ok(!cleaned.includes(NOTICE) && !cleaned.includes(PROMO), cleaned);
  assert.ok(cleaned.startsWith('Council vote delayed Council vote number 5 met objection 0'), cleaned);
  assert.ok(cleaned.includes('objection 11'));
  // Another outlet, or one seen on too few pages, keeps everything.
  assert.equal(withoutTemplateSentences(templates, 'other.example', blob(5)), blob(5));
  assert.equal(withoutTemplateSentences(new LiveTemplates(), 'harbour.example', blob(5)), blob(5));
  assert.ok(!extractPageText(blob(5), 'harbour.example', templates).paragraphs.join(' ').includes(PROMO));
});

test('the line hashes the cleaner records are pageLineHashes of the text, learned blob sentences and blank lines included', () => {
  const templates = new LiveTemplates();
  for (const n of [1, 2, 3, 4]) templates.record('harbour.example', pageLineHashes(blob(n)));
  const page = [' Harbour Daily ', 'Ferry fares rise\u00a0again', '\u200b', '   ', blob(5), `  ${NOTICE}\t`, PROMO, PROMO].join('\n');
  for (const lookup of [templates, new LiveTemplates()]) {
    assert.deepEqual(extractPageText(page, 'harbour.example', lookup).lineHashes, pageLineHashes(page));
  }
  assert.equal(extractPageText(page, null, templates).lineHashes, null);
});
