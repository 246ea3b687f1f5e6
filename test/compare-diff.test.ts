// The word diff shown for quote variants: words and punctuation compared, spacing never a difference, deletions
// before insertions, and the parts rebuild both texts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordDiff } from '../src/compare/index.ts';
import type { DiffPart } from '../src/model/comparison.ts';

const side = (parts: readonly DiffPart[], keep: 'delete' | 'insert') => parts.filter((part) => part.op === 'equal' || part.op === keep).map((part) => part.text).join('');

describe('wordDiff', () => {
  it('keeps identical texts as one equal part', () => {
    assert.deepEqual(wordDiff('We have a full agenda today', 'We have a  full agenda today'), [{ op: 'equal', text: 'We have a full agenda today' }]);
  });

  it('marks reworded runs as a deletion then an insertion, around the shared words', () => {
    const parts = wordDiff('The cables are corroded far worse than we expected', 'The cables were much more corroded than anyone expected');
    assert.deepEqual(parts.slice(0, 4), [
      { op: 'equal', text: 'The cables ' },
      { op: 'delete', text: 'are ' },
      { op: 'insert', text: 'were much more ' },
      { op: 'equal', text: 'corroded ' },
    ]);
    assert.equal(side(parts, 'delete'), 'The cables are corroded far worse than we expected');
    assert.equal(side(parts, 'insert'), 'The cables were much more corroded than anyone expected');
  });

  it('treats curly and straight apostrophes alike and shows punctuation changes', () => {
    const parts = wordDiff('So we’re candid, very candid', "So we're candid, very candid.");
    assert.deepEqual(parts, [{ op: 'equal', text: "So we're candid, very candid" }, { op: 'insert', text: '.' }]);
  });
});
