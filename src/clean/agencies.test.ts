import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAgencies } from './agencies.ts';

test('agencies are found under their names in other scripts', () => {
  assert.deepEqual(findAgencies(['МОСКВА, 20 марта — РИА Новости. Президент заявил, сообщает ТАСС.']), ['RIA Novosti', 'TASS']);
  assert.deepEqual(findAgencies(['新华社东京11月2日电 日本首相岸田文雄宣布，据路透社报道。']), ['Xinhua', 'Reuters']);
  assert.deepEqual(findAgencies(['وقالت وكالة رويترز إن']), ['Reuters']);
});

test('a spelling inside a longer word is no credit, in any script', () => {
  assert.deepEqual(findAgencies(['Reutersova zpráva', 'в Татарской ТАССР', 'the TASSled plan']), []);
});
