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

describe('headline words as the story writes them', () => {
  const headlineTerms = (title: string, text: string, language = 'en') => {
    const articles = [
      makeArticle({ id: 'a', source: 'Wire', language, title, text }),
      makeArticle({ id: 'b', source: 'Other', language, title: 'Unrelated words here', text }),
    ];
    const headline = compareArticles(articles, articles.map((article) => analyzeArticle(article))).headlines[0]!;
    return [...headline.entities, ...headline.terms];
  };

  it('a title-case headline shows its words in lower case and a hyphenated compound whole', () => {
    const terms = headlineTerms('Ministers Downplay Collisions as High-Level Talks Begin', 'The ministers met for talks on Friday. They said collisions happen in diplomacy.');
    assert.ok(terms.includes('downplay') && terms.includes('collisions') && terms.includes('high-level'), JSON.stringify(terms));
    assert.ok(!terms.some((term) => /^[A-Z]/u.test(term) && term !== 'Ministers'), JSON.stringify(terms));
  });

  it('a German headline keeps its capitalised nouns', () => {
    const terms = headlineTerms('Niedrigwasser: Pegel fällt unter 40 Zentimeter', 'Der Pegel fällt weiter. Das Niedrigwasser trifft die Schifffahrt, der Pegel lag bei 38 Zentimeter.', 'de');
    assert.ok(terms.includes('Zentimeter') && !terms.includes('zentimeter') && !terms.includes('niedrigwasser'), JSON.stringify(terms));
  });
});
