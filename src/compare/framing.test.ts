import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { analyzeArticle } from '../analyze/index.ts';
import { compareArticles } from './compare.ts';

const BODY = 'Senator Joe Manchin said on Sunday that he would not back the $3.5 trillion bill. Manchin said the country could not afford it.';

describe('headlines', () => {
  it('does not put forward the outlet\'s own name, nor a name\'s word twice', () => {
    const articles = [
      makeArticle({ id: 'a', source: 'Kevin McLaughlin', title: 'Kevin McLaughlin: Stop the $3.5 trillion boondoggle', text: BODY }),
      makeArticle({ id: 'b', source: 'James Downie', title: 'Opinion | Joe Manchin’s selfishness', text: BODY }),
    ];
    const { headlines } = compareArticles(articles, articles.map((article) => analyzeArticle(article)));
    const shown = headlines.map((headline) => [...headline.entities, ...headline.terms]);
    assert.ok(!shown[0]!.some((item) => item.includes('McLaughlin')), shown[0]!.join(' | '));
    assert.ok(shown[0]!.includes('boondoggle'), shown[0]!.join(' | '));
    assert.deepEqual(shown[1]!.filter((item) => /manchin/iu.test(item)).length, 1, shown[1]!.join(' | '));
  });
});

describe('headlines in scripts without spaces', () => {
  it('a Chinese headline puts forward its words, not one run of characters', () => {
    const articles = [
      makeArticle({ id: 'zh', source: '通讯社', language: 'zh', title: '日本推出经济刺激计划', text: '日本政府批准了约17万亿日元的经济刺激计划。每人减免4万日元。' }),
      makeArticle({ id: 'en', source: 'Wire', language: 'en', title: 'Japan unveils stimulus', text: 'The government approved a package of 17 trillion yen.' }),
    ];
    const comparison = compareArticles(articles, articles.map((article) => analyzeArticle(article)));
    const terms = comparison.headlines.find((headline) => headline.source === '通讯社')!.terms;
    assert.ok(terms.length >= 3 && terms.every((term) => term.length <= 4), JSON.stringify(terms));
  });
});
