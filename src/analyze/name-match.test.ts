// One name across languages: inflected, transliterated, or the same; within reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latinFold } from './normalize.ts';
import { findName, NameIndex, sameNameAcrossLanguages } from './name-match.ts';

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

describe('NameIndex', () => {
  it('finds what findName finds, first match in the set’s order', () => {
    const names = ['kerry', 'lavrov', 'lavrova', 'washington', 'shoigu', 'putin', 'obama', 'moscow', 'iran', 'snowden'];
    const index = new NameIndex(names);
    const lookup = new Map(names.map((name) => [name, 1]));
    for (const word of ['kerri', 'lavrovym', 'vashington', 'shoygu', 'putinym', 'obam', 'moskve', 'irana', 'snouden', 'hagel', 'lohan', 'kerry']) {
      assert.equal(index.find(word), findName(lookup, word, true), word);
    }
  });
});
