import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { analyzeArticle } from './analyze.ts';
import { mergeMentions, type EntityMention } from './entities.ts';

const mention = (text: string, sentence: number): EntityMention => ({ text, key: text.toLowerCase(), sentence, initialSingle: false });

describe('mergeMentions', () => {
  it('credits a lone last name to the most mentioned full name ending with it (ties by key), and no other', () => {
    const mentions = [
      mention('Mary Kerry', 0),
      mention('John Kerry', 1),
      mention('John Kerry', 2),
      mention('Anne Lee', 3),
      mention('Bob Lee', 3),
      mention('Kerry', 4),
      mention('Lee', 5),
      mention('Lavrov', 5),
      mention('Lavrov', 6),
    ];
    const entities = mergeMentions(mentions, { minMentions: 1, leadSentences: 2, lowercaseWords: new Set(), kindOf: () => 'other' });
    const counts = Object.fromEntries(entities.map((entity) => [entity.key, entity.count]));
    assert.deepEqual(counts, { 'john kerry': 3, 'anne lee': 2, 'bob lee': 1, 'lavrov': 2, 'mary kerry': 1 });
  });
});

describe('names that open a sentence', () => {
  const names = (text: string) => analyzeArticle(makeArticle({ id: 'a', language: 'en', text })).entities.map((entity) => entity.text);

  it('a word joined by "of" at a sentence start is not part of the name unless the article names it so elsewhere', () => {
    assert.deepEqual(names('Dozens of Dutch tourists were evacuated from Evia. Residents of Arequipa ran into the streets of Arequipa.').filter((name) => / of /u.test(name)), []);
    assert.ok(names('Dozens of Dutch tourists were evacuated. The Dutch government said so.').includes('Dutch'));
    assert.ok(names('Bank of England officials met on Monday. Traders said the Bank of England would act.').includes('Bank of England'));
    assert.ok(names('John Kerry met Sergei Lavrov on Friday.').includes('John Kerry'));
  });

  it('a possessive after "of" belongs to what follows, not to a name of two words before it', () => {
    const found = names('"It is a coincidence," said Lucía Benavides of Peru\'s Geophysical Institute. Lucía Benavides said so twice.');
    assert.ok(found.includes('Lucía Benavides') && !found.some((name) => name.includes('Benavides of')), found.join(' | '));
  });

  it('the word after a dateline opens the sentence: a capital there is no name unless the article names it elsewhere', () => {
    assert.ok(!names('ROTTERDAM, June 3 (Reuters) - Dock workers at Rotterdam began a strike. The workers want guarantees.').includes('Dock'));
    assert.ok(names('ROTTERDAM, June 3 (Reuters) - Maersk said on Tuesday that Maersk ships would wait.').includes('Maersk'));
  });

  it('a name is shown as the text writes it, not as a dateline in capitals writes it', () => {
    assert.ok(names('REYKJAVIK – The ministers met in Reykjavik on Monday.').includes('Reykjavik'));
  });
});

describe('names across scripts', () => {
  it('a run of capitals does not join a word of one script to a name in another', () => {
    const found = analyzeArticle(makeArticle({ id: 'ru', language: 'ru', text: 'Ракета Ariane 6 вывела на орбиту спутник. Запуск Ariane 6 прошёл успешно.' })).entities.map((entity) => entity.text);
    assert.ok(found.includes('Ariane') && !found.some((name) => name.includes('Ракета')), found.join(' | '));
  });
});
