import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adjustedRandIndex, bcubed, binaryScores, pairwise, pearson } from './metrics.ts';

const labels = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

describe('clustering measures', () => {
  const gold = labels({ a: '1', b: '1', c: '1', d: '2', e: '2' });

  it('score a perfect clustering 1 whatever the labels are called', () => {
    const predicted = labels({ a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' });
    assert.deepEqual(bcubed(predicted, gold), { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(pairwise(predicted, gold), { precision: 1, recall: 1, f1: 1 });
    assert.equal(adjustedRandIndex(predicted, gold), 1);
  });

  it('compute BCubed by hand for one merged cluster', () => {
    const allInOne = labels({ a: 'x', b: 'x', c: 'x', d: 'x', e: 'x' });
    const score = bcubed(allInOne, gold);
    assert.ok(Math.abs(score.precision - (3 * 3 / 5 + 2 * 2 / 5) / 5) < 1e-12);
    assert.equal(score.recall, 1);
  });

  it('give singletons pairwise precision 1 and recall 0', () => {
    const singletons = labels({ a: '1', b: '2', c: '3', d: '4', e: '5' });
    assert.deepEqual(pairwise(singletons, gold), { precision: 1, recall: 0, f1: 0 });
    assert.ok(adjustedRandIndex(singletons, gold) <= 0);
  });
});

describe('pearson and binary scores', () => {
  it('finds perfect and inverse correlation', () => {
    assert.ok(Math.abs(pearson([1, 2, 3], [2, 4, 6]) - 1) < 1e-12);
    assert.ok(Math.abs(pearson([1, 2, 3], [3, 2, 1]) + 1) < 1e-12);
  });
  it('counts true and false positives', () => {
    assert.deepEqual(binaryScores([true, true, false, false], [true, false, true, false]), { precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});
