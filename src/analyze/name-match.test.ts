// One name across languages: inflected, transliterated, or the same; within reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latinFold } from './normalize.ts';
import { NameIndex, sameNameAcrossLanguages } from './name-match.ts';

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

describe('NameIndex', () => {
  it('finds a name exactly, and the same name spelled otherwise', () => {
    const index = new NameIndex(['kerry', 'lavrov']);
    assert.equal(index.find('kerry'), 'kerry');
    assert.equal(index.find('lavrova'), 'lavrov');
    assert.equal(index.find('lohan'), undefined);
  });

  it('finds what a scan of every name finds, first match in the set’s order', () => {
    const names = ['kerry', 'lavrov', 'lavrova', 'washington', 'shoigu', 'putin', 'obama', 'moscow', 'iran', 'snowden'];
    const index = new NameIndex(names);
    // The scan the index replaces: the word itself, else the first name that is the same name across languages.
    const scan = (word: string) => (names.includes(word) ? word : names.find((name) => sameNameAcrossLanguages(name, word)));
    for (const word of ['kerri', 'lavrovym', 'vashington', 'shoygu', 'putinym', 'obam', 'moskve', 'irana', 'snouden', 'hagel', 'lohan', 'kerry']) {
      assert.equal(index.find(word), scan(word), word);
    }
  });
});
