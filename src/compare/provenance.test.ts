import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { analyzeArticle } from '../analyze/index.ts';
import type { ArticleLink } from '../model/index.ts';
import { compareArticles } from './compare.ts';

const WIRE = 'Dock workers at Rotterdam began a 48-hour strike on Tuesday over plans to automate container cranes.\n"We will not let machines take our jobs," union leader Marco Salas said.';
const REWRITE = 'A strike has shut the port of Rotterdam for two days, the union said on Tuesday.\nThe port authority said ships were being diverted to Antwerp.';

describe('provenance', () => {
  it('compares one outlet\'s article stored twice once, naming the copy, and keeps another outlet\'s identical text', () => {
    const articles = [
      makeArticle({ id: 'a1', source: 'Harbour Gazette', text: WIRE }),
      makeArticle({ id: 'a2', source: 'Port Daily', text: REWRITE }),
      makeArticle({ id: 'a3', source: 'harbour gazette', text: WIRE }),
      makeArticle({ id: 'a4', source: 'Coast Times', text: WIRE }),
    ];
    const links = [{ from: 'a3', to: 'a1', kind: 'duplicate', score: 1, shared: 1 }, { from: 'a4', to: 'a1', kind: 'duplicate', score: 1, shared: 1 }] as ArticleLink[];
    const comparison = compareArticles(articles, articles.map((article) => analyzeArticle(article)), links);
    assert.deepEqual(comparison.articles.map((article) => [article.id, article.copies]), [['a1', ['a3']], ['a2', []], ['a4', []]]);
    assert.deepEqual(comparison.links.map((link) => [link.from, link.to]), [['a4', 'a1']]);
    assert.ok(comparison.sentences.every((sentence) => sentence.article_id !== 'a3'));
    assert.deepEqual(comparison.quotes.map((group) => group.sources), [['Harbour Gazette', 'Coast Times']]);
  });
});

describe('first report', () => {
  const dated = (id: string, source: string, published_at: string | null, text: string) => ({ ...makeArticle({ id, source, text }), published_at });
  const firstOf = (articles: ReturnType<typeof dated>[], links: ArticleLink[] = []) =>
    compareArticles(articles, articles.map((article) => analyzeArticle(article)), links).first_report;

  it('is the earliest timestamp', () => {
    assert.equal(firstOf([dated('a1', 'Harbour Gazette', '2025-03-10T14:30:00Z', WIRE), dated('a2', 'Port Daily', '2025-03-10T09:05:00Z', REWRITE)]), 'a2');
  });

  it('is not a date without a time on the day of a timestamp: nobody is named, whichever way a copy link points', () => {
    const articles = [dated('a1', 'Harbour Gazette', '2025-03-10', WIRE), dated('a2', 'Port Daily', '2025-03-10T14:05:00Z', REWRITE)];
    assert.equal(firstOf(articles), null);
    assert.equal(firstOf(articles, [{ from: 'a1', to: 'a2', kind: 'copy', score: 0.8, shared: 0.7 }] as ArticleLink[]), null);
    // A day before is before.
    assert.equal(firstOf([dated('a1', 'Harbour Gazette', '2025-03-09', WIRE), articles[1]!]), 'a1');
  });

  it('marks a copy link dated only when the dates show its original came first', () => {
    const linksOf = (original: string | null, copy: string | null) => {
      const articles = [dated('a1', 'Harbour Gazette', original, WIRE), dated('a2', 'Port Daily', copy, REWRITE)];
      const links = [{ from: 'a2', to: 'a1', kind: 'copy', score: 0.8, shared: 0.7 }] as ArticleLink[];
      return compareArticles(articles, articles.map((article) => analyzeArticle(article)), links).links.map((link) => link.dated);
    };
    assert.deepEqual(linksOf('2025-03-10T09:00:00Z', '2025-03-10T14:05:00Z'), [true]);
    assert.deepEqual(linksOf('2025-03-10', '2025-03-10T14:05:00Z'), [false]);
    assert.deepEqual(linksOf(null, null), [false]);
  });

  it('without dates, is the one original the others copied', () => {
    const articles = [dated('a1', 'Harbour Gazette', null, WIRE), dated('a2', 'Port Daily', null, REWRITE)];
    assert.equal(firstOf(articles), null);
    assert.equal(firstOf(articles, [{ from: 'a2', to: 'a1', kind: 'copy', score: 0.8, shared: 0.7 }] as ArticleLink[]), 'a1');
  });
});
