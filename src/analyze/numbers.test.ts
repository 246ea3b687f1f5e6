import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from './analyze.ts';
import { hanNumeralValue } from './numbers.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';

const analysed = (text: string, language: string) => analyzeArticle(makeArticle({ id: 'a', text, language }));

describe('numbers and dates in scripts written without spaces', () => {
  it('reads a number run into Chinese, Japanese or Korean text, scaled by the signs after it', () => {
    const zh = analysed('日本首相岸田文雄宣布了一项总额约17万亿日元（约合1130亿美元）的计划，每人减免4万日元。', 'zh');
    assert.deepEqual(zh.numbers.map((n) => [n.text, n.value]), [['17万亿', 17e12], ['1130亿', 113e9], ['4万', 4e4]]);
    assert.deepEqual(analysed('政府は17兆円の経済対策を発表した。', 'ja').numbers.map((n) => n.value), [17e12]);
    // A day, an hour and a minute date the report; hours counted are a figure of it.
    assert.deepEqual(analysed('当地时间10日凌晨4时52分发生6.3级地震，造成至少40人受伤。', 'zh').numbers.map((n) => n.value), [40]);
    assert.deepEqual(analysed('ケリー国務長官は9日、24時間以内に回答すると述べた。', 'ja').numbers.map((n) => n.value), [24]);
    assert.deepEqual(analysed('케리 장관은 9일 24시간 안에 답하겠다고 말했다.', 'ko').numbers.map((n) => n.value), [24]);
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

  it('reads a year bounded by a word before it as the year, whatever the bound ("frühestens", "spätestens", "bis", "before")', () => {
    for (const bound of ['frühestens', 'spätestens', 'bis', 'ab', 'vor']) {
      assert.deepEqual(analysed(`Abgeschlossen sein soll das Projekt ${bound} 2030.`, 'de').dates.map((d) => d.normalized), ['2030'], bound);
    }
    assert.deepEqual(analysed('The project is not due to be completed before 2030.', 'en').dates.map((d) => d.normalized), ['2030']);
  });

  it('does not take a common word for a month: Polish "się" is no abbreviation of sierpień', () => {
    assert.deepEqual(analysed('Okazało się 20 razy, że tak.', 'pl').dates, []);
  });

  it('scales numbers by Portuguese, Italian, Dutch, Polish, Turkish and Russian words', () => {
    assert.deepEqual(analysed('O governo aprovou 300 milhões. Правительство выделило 5 млрд рублей и 20 тысяч. Depremde 12 bin kişi.', 'pt').numbers.map((n) => n.value), [300e6, 5e9, 20e3, 12e3]);
  });
});

describe('figures written in other digits and in Han numerals', () => {
  it('reads the digits of other scripts as the same figures', () => {
    assert.deepEqual(analysed('قال المسؤول إن ١٢٠٠ شخص أُجلوا في عام ٢٠٢٣.', 'ar').numbers.map((n) => n.value), [1200]);
    assert.deepEqual(analysed('قال المسؤول إن ١٢٠٠ شخص أُجلوا في عام ٢٠٢٣.', 'ar').dates.map((d) => d.normalized), ['2023']);
    assert.deepEqual(analysed('वित्त मंत्री ने १५०० करोड़ रुपये की घोषणा की।', 'hi').numbers.map((n) => n.value), [1500]);
    const ja = analysed('政府は２０２４年３月５日、１２００人を派遣した。', 'ja');
    assert.deepEqual(ja.dates.map((d) => d.normalized), ['2024-03-05']);
    assert.deepEqual(ja.numbers.map((n) => n.value), [1200]);
  });

  it('reads Han numerals with a hundred or more, as their figures in digits would be read', () => {
    const zh = analysed('台风造成约两万户停电，三千五百人转移，另有十万人受影响。', 'zh');
    assert.deepEqual(zh.numbers.map((n) => [n.text, n.value]), [['两万', 2e4], ['三千五百', 3500], ['十万', 1e5]]);
    assert.deepEqual(analysed('约2万户停电。', 'zh').numbers.map((n) => n.value), [2e4]);
  });

  it('adds and scales Han numeral groups', () => {
    assert.deepEqual(['三亿五千万', '两万亿', '一千零五', '十万', '三百二十'].map(hanNumeralValue), [3.5e8, 2e12, 1005, 1e5, 320]);
  });

  it('leaves words made of numeral signs, months and ordinals alone', () => {
    assert.deepEqual(analysed('你千万要小心，数百名百姓在十一月参加了第十四届会议。', 'zh').numbers, []);
  });
});
