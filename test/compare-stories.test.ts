// `parallax compare` on stories it was never tuned on: invented multi-outlet stories in test/fixtures/compare
// (outlet and time in each file's .meta.json sidecar). They exercise quotes attributed by pronoun ("she said",
// "he added"), a quotation continued across paragraphs, two speakers in one paragraph, one statement quoted in
// different words by two outlets, and facts only one outlet reports.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Comparison, QuoteGroup } from '../src/model/comparison.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = 'test/fixtures/compare';

function compare(...files: string[]): Comparison {
  const output = execFileSync(process.execPath, ['bin/parallax.js', 'compare', '--no-store', '--json', ...files.map((file) => `${FIXTURES}/${file}`)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as Comparison;
}

function quoteGroup(comparison: Comparison, pattern: RegExp): QuoteGroup {
  const group = comparison.quotes.find((candidate) => candidate.variants.some((variant) => pattern.test(variant.text)));
  assert.ok(group, `a quote group matching ${pattern}`);
  return group;
}

function sentence(comparison: Comparison, source: string, pattern: RegExp) {
  const id = comparison.articles.find((article) => article.source === source)?.id;
  const found = comparison.sentences.find((candidate) => candidate.article_id === id && pattern.test(candidate.text));
  assert.ok(found, `a ${source} sentence matching ${pattern}`);
  return found;
}

function factsOf(comparison: Comparison, source: string): string {
  return comparison.unique.find((outlet) => outlet.source === source)?.facts.map((fact) => fact.text).join('\n') ?? '';
}

describe('compare: the Harbour Bridge story (three outlets)', () => {
  const bridge = compare('bridge/coastal-herald.txt', 'bridge/daily-ledger.txt', 'bridge/metro-wire.txt');
  const HERALD = 'Coastal Herald';
  const LEDGER = 'Daily Ledger';
  const WIRE = 'Metro Wire';

  it('lists the three outlets', () => {
    assert.deepEqual(bridge.articles.map((article) => article.source), [HERALD, LEDGER, WIRE]);
  });

  it('resolves "she said" to the mayor introduced in the sentence before', () => {
    const group = quoteGroup(bridge, /We will not reopen the bridge/u);
    assert.equal(group.speaker, 'Helena Vargas');
    const herald = group.variants.find((variant) => variant.source === HERALD);
    assert.equal(herald?.speaker, 'Helena Vargas');
  });

  it('groups the same statement in different words across outlets, with a word diff', () => {
    const group = quoteGroup(bridge, /corroded far worse/u);
    assert.deepEqual([...group.sources].sort(), [HERALD, LEDGER]);
    assert.equal(group.speaker, 'Tomas Berg');
    assert.equal(group.single_source, false);
    assert.ok(group.variants.some((variant) => /much more corroded than anyone expected/u.test(variant.text)));
    assert.ok(group.diff.some((part) => part.op !== 'equal'));
  });

  it('joins a quotation continued across paragraphs into one variant, and "he added" to the engineer', () => {
    const group = quoteGroup(bridge, /rust inside the sheathing/u);
    const ledger = group.variants.filter((variant) => variant.source === LEDGER);
    assert.equal(ledger.length, 1, 'one Daily Ledger variant, not two');
    assert.match(ledger[0]!.text, /eleven cables.*take that risk/u);
    assert.equal(ledger[0]!.speaker, 'Tomas Berg');
    const herald = group.variants.find((variant) => variant.source === HERALD);
    assert.match(herald?.text ?? '', /fifth of their strength/u);
    assert.equal(herald?.speaker, 'Tomas Berg');
  });

  it('tells two speakers in one paragraph apart', () => {
    const inLedger = bridge.quotes.flatMap((group) => group.variants).filter((variant) => variant.source === LEDGER);
    const vargas = inLedger.find((variant) => /reopen/u.test(variant.text));
    const berg = inLedger.find((variant) => /corroded/u.test(variant.text));
    assert.ok(vargas && berg);
    assert.equal(vargas.paragraph, berg.paragraph);
    assert.equal(vargas.speaker, 'Helena Vargas');
    assert.equal(berg.speaker, 'Tomas Berg');
  });

  it('marks a quote only one outlet prints', () => {
    const group = quoteGroup(bridge, /entirely predictable/u);
    assert.deepEqual(group.sources, [LEDGER]);
    assert.equal(group.single_source, true);
    assert.equal(group.speaker, 'Martin Osei');
  });

  it('lists speech reported without quotation marks', () => {
    assert.ok(bridge.reported_speech.some((item) => item.source === WIRE && item.speaker === 'Tomas Berg' && /rust/u.test(item.text)));
  });

  it('aligns the ledes as shared and keeps each outlet-only fact unique', () => {
    for (const source of [HERALD, LEDGER, WIRE]) assert.equal(sentence(bridge, source, /closed|shut/u).status, 'shared', source);
    assert.equal(sentence(bridge, WIRE, /40,000 vehicles/u).status, 'unique');
    assert.equal(sentence(bridge, HERALD, /Bluewater Lines/u).status, 'unique');
    assert.equal(sentence(bridge, LEDGER, /detours/u).status, 'unique');
    assert.match(factsOf(bridge, WIRE), /40,000 vehicles/u);
    assert.match(factsOf(bridge, HERALD), /Bluewater Lines/u);
    assert.match(factsOf(bridge, HERALD), /1968/u);
    assert.match(factsOf(bridge, LEDGER), /Osei/u);
  });

  it('aligns a paraphrase of the mayor across a quote and reported speech', () => {
    const wire = sentence(bridge, WIRE, /stay closed until every cable/u);
    assert.equal(wire.status, 'shared');
  });
});

describe('compare: the Lake Orin algae story (two outlets)', () => {
  const algae = compare('algae/lakeside-times.txt', 'algae/valley-courier.txt');
  const TIMES = 'Lakeside Times';
  const COURIER = 'Valley Courier';

  it('groups the minister’s warning, quoted in other words by each outlet, under her full name', () => {
    const group = quoteGroup(algae, /not safe/u);
    assert.deepEqual([...group.sources].sort(), [TIMES, COURIER]);
    assert.equal(group.speaker, 'Ruth Adler');
    for (const variant of group.variants) assert.equal(variant.speaker, 'Ruth Adler');
  });

  it('gives the second speaker of the paragraph his own quote, in one outlet only', () => {
    const group = quoteGroup(algae, /fertiliser run-off/u);
    assert.equal(group.speaker, 'Samuel Mensah');
    assert.deepEqual(group.sources, [TIMES]);
    const adler = quoteGroup(algae, /not safe/u).variants.find((variant) => variant.source === TIMES);
    assert.equal(adler?.paragraph, group.variants[0]?.paragraph);
  });

  it('finds the speaker before an apposition, not the name inside it', () => {
    const item = algae.reported_speech.find((candidate) => /could last for weeks/u.test(candidate.text) && candidate.source === TIMES);
    assert.equal(item?.speaker, 'Samuel Mensah');
  });

  it('aligns the biologist’s quote with its paraphrase, and keeps outlet-only facts unique', () => {
    assert.equal(sentence(algae, COURIER, /fertiliser run-off/u).status, 'shared');
    assert.equal(sentence(algae, COURIER, /Three dogs fell ill/u).status, 'unique');
    assert.equal(sentence(algae, TIMES, /Anglers/u).status, 'unique');
    assert.match(factsOf(algae, COURIER), /Three dogs/u);
    assert.match(factsOf(algae, TIMES), /reviewed on Monday/u);
  });
});

describe('compare: similarity across stories', () => {
  it('scores two outlets of one story well above two articles of different stories', () => {
    const same = compare('algae/lakeside-times.txt', 'algae/valley-courier.txt').similarity[0]!;
    const different = compare('bridge/daily-ledger.txt', 'algae/lakeside-times.txt').similarity[0]!;
    assert.ok(same.overall - different.overall > 0.25, `same story ${same.overall}, different stories ${different.overall}`);
    assert.ok(same.narrative > different.narrative);
    assert.equal(compare('bridge/daily-ledger.txt', 'algae/lakeside-times.txt').sentences.every((item) => item.status === 'unique'), true);
  });
});
