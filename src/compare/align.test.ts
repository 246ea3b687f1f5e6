import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { analyzeArticle } from '../analyze/index.ts';
import { compareArticles } from './compare.ts';

function statusesOf(texts: readonly string[], pattern: RegExp): string[] {
  const articles = texts.map((text, i) => makeArticle({ id: `a${i}`, source: `Outlet ${i}`, text }));
  const comparison = compareArticles(articles, articles.map((article) => analyzeArticle(article)));
  return comparison.sentences.filter((sentence) => pattern.test(sentence.text)).map((sentence) => sentence.status);
}

describe('sentence alignment', () => {
  it('matches a sentence of function words alone by its wording, which no term, name or number can find', () => {
    const lede = 'Dock workers at Rotterdam began a 48-hour strike on Tuesday over plans to automate container cranes.';
    const statuses = statusesOf([`${lede}\n"We want it the other way round."`, `${lede}\n“We want it the other way round.”`], /other way round/u);
    assert.deepEqual(statuses, ['shared', 'shared']);
  });

  it('still tells such a sentence one outlet alone prints', () => {
    const lede = 'Dock workers at Rotterdam began a 48-hour strike on Tuesday over plans to automate container cranes.';
    assert.deepEqual(statusesOf([`${lede}\n"We want it the other way round."`, lede], /other way round/u), ['unique']);
  });
});

describe('sentence alignment across languages', () => {
  const english = makeArticle({
    id: 'en',
    source: 'Wire',
    language: 'en',
    text: [
      'A strong earthquake struck southern Peru on Monday, officials said.',
      'The tremor was felt along the coast and in the mountains.',
      'Schools were closed for the day.',
      'Interior Minister Jorge Villanueva said three of the dead were killed when a house collapsed in Ocoña.',
      'Residents of Arequipa ran into the streets as buildings swayed.',
      'Hotels in Arequipa reported cancellations from tourists.',
    ].join('\n\n'),
  });
  const spanish = makeArticle({
    id: 'es',
    source: 'Diario',
    language: 'es',
    text: [
      'Un fuerte sismo sacudió el sur del Perú este lunes, informaron las autoridades.',
      'El temblor se sintió en la costa y en la sierra.',
      'Las escuelas cerraron durante el día.',
      'El ministro del Interior, Jorge Villanueva, precisó que tres de las víctimas murieron al derrumbarse una vivienda en Ocoña.',
      'La Marina descartó un tsunami en el litoral.',
    ].join('\n\n'),
  });
  const comparison = compareArticles([english, spanish], [analyzeArticle(english), analyzeArticle(spanish)]);
  const counterparts = (pattern: RegExp) => comparison.sentences.find((sentence) => pattern.test(sentence.text))!.counterparts;

  // Villanueva and Ocoña are named once, past the lead: no entity of the analysis, found by compare's own names.
  it('matches sentences in different languages by the names they share', () => {
    const villanueva = counterparts(/precisó/u);
    assert.equal(villanueva.length, 1);
    assert.match(comparison.sentences.find((s) => s.article_id === 'en' && s.index === villanueva[0]!.index)!.text, /Interior Minister/u);
  });

  it('leaves a sentence whose names the other language never writes as told by one outlet', () => {
    assert.deepEqual(counterparts(/tsunami/u), []);
    assert.deepEqual(counterparts(/Hotels in Arequipa/u), []);
  });
});
