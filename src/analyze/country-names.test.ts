import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNames } from './country-names.ts';
import { createAnalyzer } from './analyze.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';

test('a country has one key in every language: its English name', () => {
  assert.equal(countryNames('de', null).keyOf('deutschland'), 'germany');
  assert.equal(countryNames('fr', null).keyOf('allemagne'), 'germany');
  assert.equal(countryNames('pl', null).keyOf('niemcy'), 'germany');
  assert.equal(countryNames('de', null).keyOf('vereinigte staaten'), 'united states');
  assert.equal(countryNames('de', null).keyOf('usa'), 'united states');
  assert.equal(countryNames('en', null).keyOf('germany'), 'germany');
});

test('English names are read in any language; two-letter short forms and other words are not countries', () => {
  assert.equal(countryNames('de', null).keyOf('russia'), 'russia');
  // Spanish "RU" (Reino Unido) is too short to be read as a country.
  assert.equal(countryNames('es', null).keyOf('ru'), undefined);
  assert.equal(countryNames('de', null).keyOf('lawrow'), undefined);
});

test('one-word names match inflected forms through the language stem', () => {
  const names = countryNames('de', (word) => word.replace(/s$/u, ''));
  assert.equal(names.keyOf('russlands'), 'russia');
});

test('analysis keys countries by their English name, typed as places, even opening a sentence', () => {
  const analysis = createAnalyzer()(
    makeArticle({ id: 'a', language: 'de', text: 'Russland und die USA verhandeln in Genf. Moskau sagte, Russland bleibe dabei.' }),
  );
  const russia = analysis.entities.find((entity) => entity.key === 'russia');
  assert.ok(russia, JSON.stringify(analysis.entities));
  assert.equal(russia.kind, 'place');
  assert.equal(russia.count, 2);
  assert.equal(russia.text, 'Russland');
  assert.ok(analysis.entities.some((entity) => entity.key === 'united states'));
});
