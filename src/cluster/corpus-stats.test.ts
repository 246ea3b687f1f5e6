import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Analysis } from '../model/analysis.ts';
import type { Article, ArticleId } from '../model/index.ts';
import { DEFAULT_CLUSTER_CONFIG } from './config.ts';
import { createCorpusStats, forgetUnusedTerms, toSignal } from './signal.ts';

function article(id: string, terms: readonly string[]): { article: Article; analysis: Analysis } {
  const counts = Object.fromEntries(terms.map((term) => [term, 1]));
  return {
    article: { id: id as ArticleId, source: null, title: null, text: terms.join(' '), paragraphs: [terms.join(' ')], published_at: null, language: 'en' } as unknown as Article,
    analysis: { article_id: id, language: 'en', stemmed: false, sentences: [], word_count: terms.length, terms: counts, title_terms: {}, entities: [], numbers: [], dates: [] } as unknown as Analysis,
  };
}

test('document frequencies forget terms no article used for a whole pass, and keep counting the rest', () => {
  const stats = createCorpusStats();
  const { maxBodyTerms, leadSentences, maxEntities, gramTerms, charGrams } = DEFAULT_CLUSTER_CONFIG;
  const add = (id: string, terms: readonly string[]) => {
    const { article: a, analysis } = article(id, terms);
    toSignal(a, analysis, stats, { maxBodyTerms, leadSentences, maxEntities, gramTerms, charGrams });
    forgetUnusedTerms(stats, 2);
  };
  add('a1', ['harbour', 'storm']);
  add('a2', ['harbour', 'flood']); // first pass: everything counted so far was used in it
  const documentCounts = () => [...stats.terms.counts].map(([term, count]) => [term, count.df]);
  assert.deepEqual(documentCounts(), [['harbour', 2], ['storm', 1], ['flood', 1]]);
  add('a3', ['harbour', 'ferry']);
  add('a4', ['ferry', 'harbour']); // second pass: storm and flood were not used in it
  assert.deepEqual(documentCounts(), [['harbour', 4], ['ferry', 2]]);
  assert.equal(stats.terms.documents, 4);
});
