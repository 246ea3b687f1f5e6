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

describe('names a headline puts forward', () => {
  const headlineOf = (title: string, text: string, language = 'en') => {
    const articles = [
      makeArticle({ id: 'a', source: 'Wire', language, title, text }),
      makeArticle({ id: 'b', source: 'Other', language, title: 'Unrelated words here', text }),
    ];
    return compareArticles(articles, articles.map((article) => analyzeArticle(article))).headlines[0]!;
  };

  it('are the names it writes: a surname stands for the person, a last word does not stand for a place or an institution', () => {
    const spanish = headlineOf(
      'Sismo de magnitud 6,3 deja cuatro muertos en el sur del Perú',
      'Deslizamientos de tierra bloquearon la Panamericana Sur cerca de Ocoña. El sismo se registró a 40 kilómetros de Camaná, según el Instituto Geofísico del Perú. El Perú registra miles de sismos. La Panamericana Sur sigue cerrada.',
      'es',
    );
    assert.ok(!spanish.entities.some((name) => /Instituto|Panamericana/u.test(name)), JSON.stringify(spanish.entities));
    const english = headlineOf(
      'Quake off Peru kills 4, blocks highway',
      'Landslides cut a stretch of the Pan-American Highway, officials said. Peru sits on the Ring of Fire. The Pan-American Highway stays closed. Interior Minister Jorge Villanueva visited. Villanueva said 62 people were hurt.',
    );
    assert.ok(!english.entities.includes('Pan-American Highway'), JSON.stringify(english.entities));
    const person = headlineOf('Villanueva visits quake zone', 'Interior Minister Jorge Villanueva visited the quake zone. Villanueva said 62 people were hurt.');
    assert.deepEqual(person.entities, ['Jorge Villanueva']);
  });

  it('keeps a figure whole ("1.2m") and shows a sentence-case headline\'s first word in lower case', () => {
    const figure = headlineOf('Breach exposes 1.2m records', 'A data breach exposed 1.2 million records of customers.');
    assert.ok(figure.terms.includes('1.2m') && !figure.terms.includes('2m'), JSON.stringify(figure.terms));
    const sentenceCase = headlineOf('Strong earthquake cuts coastal highway', 'An earthquake struck on Monday and cut the coastal highway.');
    assert.ok(sentenceCase.terms.includes('strong') && !sentenceCase.terms.includes('Strong'), JSON.stringify(sentenceCase.terms));
  });
});
