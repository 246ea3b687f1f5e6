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
