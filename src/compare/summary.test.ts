import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../analyze/index.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { compareArticles } from './compare.ts';

test('the consensus tells a statement in the language most outlets write, whichever outlet matched the others best', () => {
  const articles = [
    makeArticle({ id: 'en1', source: 'Wire', language: 'en', text: 'The launch was the third flight of Ariane 6 from Kourou. Its operator plans eight flights in 2025.' }),
    makeArticle({ id: 'en2', source: 'Daily', language: 'en', text: 'It was the third Ariane 6 flight from Kourou. The rocket carried a weather satellite.' }),
    makeArticle({ id: 'ru', source: 'Вестник', language: 'ru', text: 'Это был третий полёт Ariane 6 с космодрома Kourou. Спутник отделился через 64 минуты.' }),
  ];
  const comparison = compareArticles(articles, articles.map((article) => analyzeArticle(article)));
  const third = comparison.summary.filter((sentence) => sentence.support === 3);
  assert.equal(third.length, 1, JSON.stringify(comparison.summary));
  assert.ok(!/[А-я]/u.test(third[0]!.text), JSON.stringify(third));
});

test('a consensus sentence inside a quotation of several sentences is shown with the whole quotation', () => {
  const text =
    'Dock workers began a strike on Tuesday.\n\n"Nobody is against new technology. We are against being thrown away by it," union negotiator Sanne de Groot told reporters at a picket line.';
  const articles = [
    makeArticle({ id: 'a', source: 'Wire', language: 'en', text }),
    makeArticle({ id: 'b', source: 'Daily', language: 'en', text }),
  ];
  const comparison = compareArticles(articles, articles.map((article) => analyzeArticle(article)));
  const quoted = comparison.summary.filter((sentence) => sentence.text.includes('thrown away'));
  assert.equal(quoted.length, 1, JSON.stringify(comparison.summary));
  assert.ok(quoted[0]!.text.startsWith('"Nobody is against new technology.'), JSON.stringify(quoted));
});
