import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNames } from './country-names.ts';
import { createAnalyzer } from './analyze.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';

test('a country has one key in every language: its English name', () => {
  assert.equal(countryNames('de').keyOf('deutschland'), 'germany');
  assert.equal(countryNames('fr').keyOf('allemagne'), 'germany');
  assert.equal(countryNames('pl').keyOf('niemcy'), 'germany');
  assert.equal(countryNames('de').keyOf('vereinigte staaten'), 'united states');
  assert.equal(countryNames('de').keyOf('usa'), 'united states');
  assert.equal(countryNames('en').keyOf('germany'), 'germany');
});

test('English names are read in any language; two-letter short forms and other words are not countries', () => {
  assert.equal(countryNames('de').keyOf('russia'), 'russia');
  // Spanish "RU" (Reino Unido) is too short to be read as a country.
  assert.equal(countryNames('es').keyOf('ru'), undefined);
  assert.equal(countryNames('de').keyOf('lawrow'), undefined);
});

test('one-word names of the language match their inflected forms, in any script', () => {
  assert.equal(countryNames('de').keyOf('russlands'), 'russia');
  assert.equal(countryNames('ru').keyOf('rossii'), 'russia'); // России
  assert.equal(countryNames('pl').keyOf('rosji'), 'russia');
  assert.equal(countryNames('pl').keyOf('niemiec'), 'germany');
  // English does not inflect names: "Indiana" is not India, "Francis" not France.
  assert.equal(countryNames('en').keyOf('indiana'), undefined);
  assert.equal(countryNames('en').keyOf('francis'), undefined);
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
