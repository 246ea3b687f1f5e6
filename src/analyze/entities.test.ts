import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
