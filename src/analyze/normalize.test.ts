// Keys that meet across spellings and scripts, and the term key every stage shares.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageToolbox } from './language.ts';
import { foldDiacritics, latinFold, termOfWord } from './normalize.ts';

describe('latinFold', () => {
  it('spells other scripts in Latin letters, so names meet across them', () => {
    assert.equal(latinFold('Лавров'), 'lavrov');
    assert.equal(latinFold('北京'), 'beijing');
    assert.equal(latinFold('Αθήνα'), 'athina');
  });

  it('folds Latin letters as foldDiacritics does, and letters it cannot decompose too', () => {
    for (const word of ['Müller', 'Straße', 'naïve', 'Kerry’s', 'plain']) assert.equal(latinFold(word), foldDiacritics(word));
    assert.equal(latinFold('Łódź'), 'lodz');
    assert.equal(latinFold('København'), 'kobenhavn');
  });
});

describe('termOfWord', () => {
  const toolsFor = createLanguageToolbox();

  it('stems in the word’s own language, then keys the stem in Latin letters', () => {
    assert.equal(termOfWord('Переговоры', toolsFor('ru'), 3), latinFold(toolsFor('ru').stem!('переговоры')));
    assert.match(termOfWord('Переговоры', toolsFor('ru'), 3) ?? '', /^[a-z]+$/u);
    assert.equal(termOfWord('talks', toolsFor('en'), 3), 'talk');
  });

  it('has no term for stopwords, numbers and short words', () => {
    assert.equal(termOfWord('the', toolsFor('en'), 3), null);
    assert.equal(termOfWord('и', toolsFor('ru'), 3), null);
    assert.equal(termOfWord('2013', toolsFor('en'), 3), null);
    assert.equal(termOfWord('ox', toolsFor('en'), 3), null);
  });
});

describe('languages without a stemmer', () => {
  it('stem by a word’s first letters, so inflected forms share a term', () => {
    const polish = createLanguageToolbox()('pl');
    assert.equal(termOfWord('Warszawy', polish, 3), termOfWord('Warszawie', polish, 3));
    assert.equal(termOfWord('koronawirusem', polish, 3), termOfWord('koronawirusa', polish, 3));
  });
});
