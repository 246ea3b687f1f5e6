import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from './analyze.ts';
import { isCaselessWord } from './caseless-names.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';

const entityKeys = (text: string, language: string, title: string | null = null) =>
  analyzeArticle(makeArticle({ id: 'a', text, language, title })).entities.map((entity) => [entity.key, entity.kind, entity.count]);

test('words of scripts without capitals are told from cased ones', () => {
  assert.equal(isCaselessWord('北京'), true);
  assert.equal(isCaselessWord('إيران'), true);
  assert.equal(isCaselessWord('Iran'), false);
  assert.equal(isCaselessWord('iran'), false);
  assert.equal(isCaselessWord('2023'), false);
});

test('Chinese text names countries, keyed by their English name', () => {
  assert.deepEqual(entityKeys('日本首相在东京宣布，俄罗斯和美国的代表出席。日本政府表示欢迎。', 'zh'), [
    ['japan', 'place', 2], ['russia', 'place', 1], ['united states', 'place', 1],
  ]);
});

test('Arabic and Hebrew country names are found under joined conjunctions and prepositions, and in several words', () => {
  assert.deepEqual(entityKeys('قال الرئيس إن الولايات المتحدة ستفرض عقوبات على إيران. وبإيران ومصر.', 'ar', null).map(([key]) => key).sort(), ['egypt', 'iran', 'united states']);
  assert.deepEqual(entityKeys('השר אמר כי ארצות הברית תטיל סנקציות. בסין ובמצרים.', 'he').map(([key]) => key).sort(), ['china', 'egypt', 'united states']);
});

test('a title in a caseless script names its countries too', () => {
  assert.deepEqual(entityKeys('政府表示欢迎。', 'zh', '日本宣布经济刺激计划'), [['japan', 'place', 1]]);
});

test('a Chinese word that sounds like a country is no country: names are compared in their own script', () => {
  // In pinyin without tones 治理 "governance" is 智利 (Chile), 飞机 "aeroplane" 斐济 (Fiji), 多个 "several" 多哥 (Togo).
  assert.deepEqual(entityKeys('政府加强治理，多个航班的飞机停飞，影响太过严重。', 'zh'), []);
  assert.deepEqual(entityKeys('智利和斐济的代表出席会议。智利表示欢迎。', 'zh').map(([key]) => key), ['chile', 'fiji']);
});

test('countries are read in traditional Chinese and in Arabic written without hamza or with heh for teh marbuta', () => {
  assert.deepEqual(entityKeys('美國與日本代表在東京會面。', 'zh').map(([key]) => key).sort(), ['japan', 'united states']);
  assert.deepEqual(entityKeys('وصل وفد من الامارات العربية المتحده إلى المملكه العربيه السعوديه.', 'ar').map(([key]) => key).sort(), ['saudi arabia', 'united arab emirates']);
});
