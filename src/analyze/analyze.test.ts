import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { analyzeArticle, createAnalyzer } from './analyze.ts';
import { parseNumber } from './numbers.ts';

const kerry = makeArticle({
  id: 'a1',
  title: 'US, Russia have shared interests despite gaps: Kerry',
  text: [
    'WASHINGTON (AFP) - US Secretary of State John Kerry said on Friday that the United States still has "shared interests" with Russia.',
    'Kerry met Russian Foreign Minister Sergei Lavrov on August 9, 2013 in Washington. Lavrov said 1,200 diplomats attended.',
    'The talks came after Russia granted asylum to Edward Snowden. Snowden has been in Moscow since June.',
  ].join('\n\n'),
});

describe('analyzeArticle', () => {
  const analysis = analyzeArticle(kerry);

  it('splits sentences and records paragraph, index and offsets into the article text', () => {
    assert.equal(analysis.sentences.length, 5);
    for (const sentence of analysis.sentences) assert.equal(kerry.text.slice(sentence.start, sentence.end), sentence.text);
    assert.deepEqual(analysis.sentences.map((sentence) => sentence.paragraph), [0, 1, 1, 2, 2]);
    assert.deepEqual(analysis.sentences.map((sentence) => sentence.index), [0, 1, 2, 3, 4]);
  });

  it('stems content terms and drops stopwords', () => {
    assert.ok((analysis.terms['talk'] ?? 0) >= 1);
    assert.equal(analysis.terms['the'], undefined);
    assert.ok((analysis.title_terms['russia'] ?? 0) >= 1);
  });

  it('finds people by their full name and credits later surname mentions to them', () => {
    const byKey = new Map(analysis.entities.map((entity) => [entity.key, entity]));
    assert.equal(byKey.get('john kerry')?.count, 3);
    assert.equal(byKey.get('john kerry')?.kind, 'person');
    assert.ok(byKey.has('sergei lavrov'));
    assert.ok(byKey.has('edward snowden'));
    assert.ok(!byKey.has('the'));
  });

  it('types every English name from its words (person, place, organisation), not only the most mentioned', () => {
    const article = makeArticle({
      id: 'kinds',
      text: 'Sergei Lavrov met Google executives in Southern California. Justice Neil Gorsuch visited the Gulf of Aden.\n' +
        'Lavrov, Google, Gorsuch and the Gulf of Aden came up again. Southern California too.',
    });
    const kinds = new Map(analyzeArticle(article).entities.map((entity) => [entity.key, entity.kind]));
    assert.equal(kinds.get('sergei lavrov'), 'person');
    assert.equal(kinds.get('justice neil gorsuch'), 'person');
    assert.equal(kinds.get('google'), 'organization');
    assert.equal(kinds.get('southern california'), 'place');
    assert.equal(kinds.get('gulf of aden'), 'place');
  });

  it('reads names that are also the names of Object\'s members ("Constructor"): no month, no crash, a kind', () => {
    const kindsOf = (text: string) => new Map(analyzeArticle(makeArticle({ id: 'members', text })).entities.map((entity) => [entity.key, entity.kind]));
    assert.equal(kindsOf('Talks with Constructor ended. Analysts said Constructor would recover.').get('constructor'), 'other');
    assert.equal(kindsOf('Talks with Dan Constructor ended. Analysts said Dan Constructor would recover.').get('dan constructor'), 'person');
    const numbers = analyzeArticle(makeArticle({ id: 'scale', text: 'The team won 12 constructor titles and 40 million euros.' })).numbers.map((number) => number.value);
    assert.deepEqual(numbers, [12, 40_000_000]);
  });

  it('ends a name at a spaced dash and at a possessive, and keeps hyphenated names whole', () => {
    const nordic = analyzeArticle(makeArticle({
      id: 'n',
      text: "REYKJAVIK – The Nordic ministers met in Reykjavik on Tuesday. Finland's Antti Rautio spoke first, then Jean-Pierre Duval. Antti Rautio and Jean-Pierre Duval agreed.",
    }));
    const keys = nordic.entities.map((entity) => entity.key);
    assert.ok(keys.includes('reykjavik'), keys.join(' | '));
    assert.ok(keys.includes('antti rautio'));
    assert.ok(keys.includes('jean pierre duval'));
    assert.ok(!keys.some((key) => key.startsWith('reykjavik ') || key.startsWith('finland ')), keys.join(' | '));
  });

  it('cuts a title off the name only where it stands apart ("Pan-American Highway" is no "Pan" before a name)', () => {
    const peru = analyzeArticle(makeArticle({
      id: 'p',
      text: 'Landslides cut the Pan-American Highway near Camaná. President Dina Boluarte flew to Camaná. The Pan-American Highway stayed closed.',
    }));
    const keys = peru.entities.map((entity) => entity.key);
    assert.ok(keys.includes('pan american highway'), keys.join(' | '));
    assert.ok(keys.includes('dina boluarte'), keys.join(' | '));
    const quoted = analyzeArticle(makeArticle({ id: 'd', text: '"It is bad," said Dr. Ana Ruiz in Lima. Dr. Ana Ruiz then left.' }));
    assert.ok(!quoted.entities.some((entity) => entity.key === 'dr'), quoted.entities.map((entity) => entity.key).join(' | '));
  });

  it('cuts titles off names in other languages and scripts too', () => {
    const keysOf = (text: string, language: string) => analyzeArticle(makeArticle({ id: language, text, language })).entities.map((entity) => entity.key);
    assert.ok(keysOf('Президент Владимир Путин провел встречу. Путин заявил об этом.', 'ru').includes('vladimir putin'));
    assert.ok(keysOf('Präsident Emmanuel Macron reiste nach Berlin. Macron sprach dort.', 'de').includes('emmanuel macron'));
    assert.ok(keysOf('Cumhurbaşkanı Recep Tayyip Erdoğan konuştu. Erdoğan açıkladı.', 'tr').includes('recep tayyip erdogan'));
  });

  it('takes a line set in capitals for a headline left in the text, not a name, and keeps short names in capitals', () => {
    const shouted = analyzeArticle(makeArticle({
      id: 's',
      text: 'Governor Ron DeSantis signed the bill on Friday. WHITE HOUSE SAYS IT OPPOSES DESANTIS TAKING ACTION AGAINST DISNEY The company said the FBI and the UNITED NATIONS were told.',
    }));
    const keys = shouted.entities.map((entity) => entity.key);
    assert.ok(!keys.some((key) => key.includes('opposes')), keys.join(' | '));
    assert.ok(keys.includes('fbi') && keys.includes('united nations') && keys.includes('ron desantis'), keys.join(' | '));
  });

  it('reads numbers and dates', () => {
    assert.deepEqual(analysis.numbers.map((number) => number.value), [1200]);
    assert.ok(analysis.dates.some((date) => date.normalized === '2013-08-09'));
  });

  it('stems languages without a snowball stemmer by their first letters', () => {
    const other = createAnalyzer()(makeArticle({ id: 'x', text: 'Zażółć gęślą jaźń. Warszawa 2020.', language: 'xx' }));
    assert.equal(other.stemmed, true);
    assert.ok(other.terms['zazol'] !== undefined);
    assert.ok(other.terms['warsz'] !== undefined);
  });

  it('works without a stemmer when the language is unknown', () => {
    const other = createAnalyzer()(makeArticle({ id: 'x', text: 'Zażółć gęślą jaźń. Warszawa 2020.', language: null }));
    assert.equal(other.stemmed, false);
    assert.ok(other.terms['zazolc'] !== undefined);
  });

  it('stems German words and folds diacritics so spellings match', () => {
    const german = analyzeArticle(makeArticle({ id: 'd', text: 'Fünf Surfer sind vor der Küste ums Leben gekommen.', language: 'de' }));
    assert.equal(german.stemmed, true);
    assert.ok(german.terms['kust'] !== undefined);
  });
});

describe('parseNumber', () => {
  it('tells thousands separators from decimal marks', () => {
    assert.equal(parseNumber('1,200'), 1200);
    assert.equal(parseNumber('1.200.000'), 1200000);
    assert.equal(parseNumber('3,5'), 3.5);
    assert.equal(parseNumber('2.75'), 2.75);
  });
});
