// One name across languages: inflected, transliterated, or the same; within reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latinFold } from './normalize.ts';
import { findName, sameNameAcrossLanguages } from './name-match.ts';

describe('sameNameAcrossLanguages', () => {
  it('matches inflected forms (Russian, Polish cases)', () => {
    assert.ok(sameNameAcrossLanguages(latinFold('Лаврова'), 'lavrov'));
    assert.ok(sameNameAcrossLanguages(latinFold('Путиным'), 'putin'));
    assert.ok(sameNameAcrossLanguages('trumpa', 'trump'));
  });

  it('matches transliterations by their sound', () => {
    assert.ok(sameNameAcrossLanguages(latinFold('Шойгу'), 'shoigu'));
    assert.ok(sameNameAcrossLanguages(latinFold('Сноуден'), 'snowden'));
    assert.ok(sameNameAcrossLanguages(latinFold('Вашингтон'), 'washington'));
    assert.ok(sameNameAcrossLanguages(latinFold('Керри'), 'kerry'));
  });

  it('keeps different names apart', () => {
    assert.ok(!sameNameAcrossLanguages('lavrov', 'lohan'));
    assert.ok(!sameNameAcrossLanguages('reid', 'ross'), 'short sound codes need the same first letter');
    assert.ok(!sameNameAcrossLanguages('obama', 'osama'));
    assert.ok(!sameNameAcrossLanguages('putin', 'puttingham'));
  });
});

describe('findName', () => {
  const names = new Map([['kerry', 1], ['lavrov', 1]]);

  it('finds a name exactly, and across languages only when asked', () => {
    assert.equal(findName(names, 'kerry', false), 'kerry');
    assert.equal(findName(names, 'lavrova', false), undefined);
    assert.equal(findName(names, 'lavrova', true), 'lavrov');
  });
});
