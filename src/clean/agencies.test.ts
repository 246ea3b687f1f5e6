import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgencies, isAgencyCredit } from './agencies.ts';
import { isHeadlineShaped } from './page-title.ts';

test('agencies are found under their names in other scripts', () => {
  assert.deepEqual(findAgencies(['МОСКВА, 20 марта — РИА Новости. Президент заявил, сообщает ТАСС.']), ['RIA Novosti', 'TASS']);
  assert.deepEqual(findAgencies(['新华社东京11月2日电 日本首相岸田文雄宣布，据路透社报道。']), ['Xinhua', 'Reuters']);
  assert.deepEqual(findAgencies(['وقالت وكالة رويترز إن']), ['Reuters']);
});

test('a spelling inside a longer word is no credit, in any script', () => {
  assert.deepEqual(findAgencies(['Reutersova zpráva', 'в Татарской ТАССР', 'the TASSled plan']), []);
});

test('a line that only credits an agency is a credit, never a headline', () => {
  for (const credit of ['Agencia EFE', 'Por Agencia EFE', 'AFP/Reuters', '(Reuters)', 'Source: Reuters', 'By The Associated Press']) {
    assert.equal(isAgencyCredit(credit), true, credit);
    assert.equal(isHeadlineShaped({ text: credit, words: credit.split(' ').length, kind: 'short' }), false, credit);
  }
  for (const headline of ['Reuters journalists win Pulitzer Prize', 'AFP chief steps down after ten years', 'Senate passes the budget']) {
    assert.equal(isAgencyCredit(headline), false, headline);
  }
  const headline = 'Reuters journalists win the Pulitzer Prize for coverage';
  assert.equal(isHeadlineShaped({ text: headline, words: 8, kind: 'short' }), true);
});
