import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { parseHumanDate, PATTERN_REBUILDING_PARSERS, RELATIVE_PHRASE_WORDS, withRelativePhrasesGuarded } from './dates.ts';

test("each guarded relative-phrase parser's pattern still needs its words, as the guard writes them", () => {
  const context = new chrono.ParsingContext('', new Date(), { forwardDate: false });
  const found = new Set<string>();
  for (const locale of [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.nl, chrono.it]) {
    for (const parser of locale.casual.parsers) {
      const words = RELATIVE_PHRASE_WORDS[parser.constructor.name];
      if (words === undefined) continue;
      found.add(parser.constructor.name);
      const pattern = parser.pattern(context);
      // The group is the pattern's own, with its flags; that it is not optional there is read off the pattern.
      assert.ok(pattern.source.includes(words.source), `${parser.constructor.name}: ${pattern.source}`);
      assert.equal(words.flags, pattern.flags);
    }
  }
  assert.deepEqual([...found].sort(), Object.keys(RELATIVE_PHRASE_WORDS).sort());
});

test('the parsers whose pattern is kept build the same pattern for any context', () => {
  const contexts = [new chrono.ParsingContext('', new Date(), { forwardDate: false }), new chrono.ParsingContext('il y a 3 jours', new Date('2020-01-01'), { forwardDate: true })];
  const found = new Set<string>();
  for (const locale of [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.nl, chrono.it]) {
    for (const parser of locale.casual.parsers) {
      if (!PATTERN_REBUILDING_PARSERS.has(parser.constructor.name)) continue;
      found.add(parser.constructor.name);
      const [first, second] = contexts.map((context) => parser.pattern(context));
      assert.equal(first!.source, second!.source, parser.constructor.name);
      assert.equal(first!.flags, second!.flags, parser.constructor.name);
    }
  }
  assert.deepEqual([...found].sort(), [...PATTERN_REBUILDING_PARSERS].sort());
});

test('the guarded parsers find what chrono finds, relative phrases included', () => {
  const texts = ['3 days ago, on 12 March 2021', 'Posted 2 hours later than 5 May 2020', 'next 3 days from 1 June 2019',
    '5 giorni fa, 3 marzo 2020', 'due settimane dopo il 4 aprile 2018', 'Updated: March 3, 2021 - 2 min read', '26. Januar 2022',
    'il y a 3 jours, le 12 mars 2021', 'dans 2 semaines, 4 avril 2018', 'vor 3 Tagen, am 12. März 2021', 'in 2 Wochen, 4. April 2018',
    'binnen 3 dagen, 12 maart 2021'];
  const reference = new Date('2024-01-10T12:00:00Z');
  for (const locale of [chrono.en, chrono.it, chrono.fr, chrono.de, chrono.nl]) {
    const guarded = withRelativePhrasesGuarded(locale.casual);
    // Each text twice: the second parse runs on the kept patterns.
    for (const text of [...texts, ...texts]) {
      const plain = locale.casual.parse(text, reference, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString()]);
      const mine = guarded.parse(text, reference, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString()]);
      assert.deepEqual(mine, plain, text);
    }
  }
  assert.equal(parseHumanDate('26 March 2021, 3 days ago'), '2021-03-26');
});
