import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { storyErrors } from './story-errors.ts';

describe('storyErrors', () => {
  it('lists predicted stories that hold several labeled ones, and labeled stories cut in pieces, largest first', () => {
    const gold = new Map([['a1', 'A'], ['a2', 'A'], ['a3', 'A'], ['b1', 'B'], ['b2', 'B'], ['c1', 'C'], ['c2', 'C']]);
    const predicted = new Map([['a1', 's1'], ['a2', 's1'], ['b1', 's1'], ['a3', 's2'], ['b2', 's3'], ['c1', 's4'], ['c2', 's4']]);
    const errors = storyErrors(predicted, gold, (story) => (story === 's1' ? 'Harbour strike' : null));
    assert.deepEqual(errors.merged, [{ story: 's1', title: 'Harbour strike', labels: [{ label: 'A', articles: 2 }, { label: 'B', articles: 1 }] }]);
    assert.deepEqual(errors.split, [
      { label: 'A', parts: [{ story: 's1', articles: 2 }, { story: 's2', articles: 1 }] },
      { label: 'B', parts: [{ story: 's1', articles: 1 }, { story: 's3', articles: 1 }] },
    ]);
  });

  it('finds nothing when the stories are the labeled ones', () => {
    const gold = new Map([['a1', 'A'], ['a2', 'A'], ['b1', 'B']]);
    assert.deepEqual(storyErrors(new Map([['a1', 'x'], ['a2', 'x'], ['b1', 'y']]), gold), { merged: [], split: [] });
  });
});
