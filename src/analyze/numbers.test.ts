import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from './analyze.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';

const analysed = (text: string, language: string) => analyzeArticle(makeArticle({ id: 'a', text, language }));

describe('numbers and dates in scripts written without spaces', () => {
  it('reads a number run into Chinese, Japanese or Korean text, scaled by the signs after it', () => {
    const zh = analysed('日本首相岸田文雄宣布了一项总额约17万亿日元（约合1130亿美元）的计划，每人减免4万日元。', 'zh');
    assert.deepEqual(zh.numbers.map((n) => [n.text, n.value]), [['17万亿', 17e12], ['1130亿', 113e9], ['4万', 4e4]]);
    assert.deepEqual(analysed('政府は17兆円の経済対策を発表した。', 'ja').numbers.map((n) => n.value), [17e12]);
    assert.deepEqual(analysed('정부는 17조 원 규모의 대책을 발표했다.', 'ko').numbers.map((n) => n.value), [17e12]);
  });

  it('reads year, month and day signs as a date, not as numbers', () => {
    const zh = analysed('新华社东京11月12日电 日本首相2023年11月12日在东京宣布。', 'zh');
    assert.deepEqual(zh.dates.map((d) => d.normalized), ['--11-12', '2023-11-12']);
    assert.deepEqual(zh.numbers, []);
    assert.deepEqual(analysed('2024년 3월 15일 서울에서 발표했다.', 'ko').dates.map((d) => d.normalized), ['2024-03-15']);
  });

  it('still leaves figures inside Latin names alone', () => {
    assert.deepEqual(analysed('The G20 met as COVID19 cases rose and an A320 landed with 150 people.', 'en').numbers.map((n) => n.value), [150]);
  });
});

describe('dates and scaled numbers in more languages', () => {
  it('reads month names ICU gives for the language, declined ones included', () => {
    assert.deepEqual(analysed('МОСКВА, 20 марта 2023 года — Президент провел 15 встреч.', 'ru').dates.map((d) => d.normalized), ['2023-03-20']);
    assert.deepEqual(analysed('Praha 5. května 2021 přijelo 30 lidí.', 'cs').dates.map((d) => d.normalized), ['2021-05-05']);
    assert.deepEqual(analysed('Lisboa, 15 de março de 2023. O governo aprovou.', 'pt').dates.map((d) => d.normalized), ['2023-03']);
  });

  it('does not take a common word for a month: Polish "się" is no abbreviation of sierpień', () => {
    assert.deepEqual(analysed('Okazało się 20 razy, że tak.', 'pl').dates, []);
  });

  it('scales numbers by Portuguese, Italian, Dutch, Polish, Turkish and Russian words', () => {
    assert.deepEqual(analysed('O governo aprovou 300 milhões. Правительство выделило 5 млрд рублей и 20 тысяч. Depremde 12 bin kişi.', 'pt').numbers.map((n) => n.value), [300e6, 5e9, 20e3, 12e3]);
  });
});
