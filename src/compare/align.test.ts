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
