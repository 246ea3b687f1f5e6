// The golden test of "Compare coverage": `parallax compare` on the two seed pages (the demo corpus copies, whose
// sidecar names The Straits Times) must find the three shared Kerry quotes, the RIA-only Lavrov quote, each
// outlet's own facts and the shared summit cancellation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Comparison } from '../src/model/comparison.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = ['demo/corpus/kerry-lavrov/sputnik-ria-novosti.txt', 'demo/corpus/kerry-lavrov/straits-times-afp.txt'];
const RIA = 'Sputnik International';
const ST = 'The Straits Times';

function runCompare(args: readonly string[]): string {
  return execFileSync(process.execPath, ['bin/parallax.js', 'compare', '--no-store', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('parallax compare on the seeds', () => {
  const comparison = JSON.parse(runCompare(['--json', ...CORPUS])) as Comparison;
  const quote = (pattern: RegExp) => comparison.quotes.find((group) => group.variants.some((variant) => pattern.test(variant.text)));
  const factsOf = (source: string) => comparison.unique.find((outlet) => outlet.source === source)?.facts.map((fact) => fact.text).join('\n') ?? '';

  it('lists both outlets with their provenance', () => {
    assert.deepEqual(comparison.articles.map((article) => article.source), [RIA, ST]);
    assert.deepEqual(comparison.articles[0]?.agencies, ['RIA Novosti', 'AP']);
  });

  for (const [name, pattern] of [
    ['relationship', /relationship between the United States and Russia/u],
    ['hockey', /hockey/u],
    ['candid', /So we.{1,4}candid, very candid/u],
  ] as const) {
    it(`matches the ${name} quote of Kerry in both outlets, with its word differences`, () => {
      const group = quote(pattern);
      assert.ok(group, `a ${name} quote group`);
      assert.deepEqual([...group.sources].sort(), [RIA, ST]);
      assert.equal(group.speaker, 'John Kerry');
      assert.equal(group.single_source, false);
      assert.ok(group.diff.some((part) => part.op !== 'equal'), 'the wordings differ');
    });
  }

  it('finds the Lavrov quote only in RIA Novosti', () => {
    const group = quote(/We have a full agenda today/u);
    assert.ok(group);
    assert.deepEqual(group.sources, [RIA]);
    assert.equal(group.single_source, true);
    assert.match(group.speaker ?? '', /Lavrov/u);
  });

  it('lists facts only RIA Novosti reports', () => {
    const facts = factsOf(RIA);
    for (const fact of [/Hagel/u, /Shoigu/u, /missile defense/u, /White House announced/u, /espionage charges/u]) assert.match(facts, fact);
  });

  it('lists facts only The Straits Times reports', () => {
    const facts = factsOf(ST);
    for (const fact of [/Iran and Afghanistan/u, /two-plus-two/u, /Assad/u, /rebellion/u, /former Cold War foes/u]) assert.match(facts, fact);
  });

  it('aligns the summit cancellation over Snowden as shared, and puts it in the consensus', () => {
    const summit = comparison.sentences.filter((sentence) => /cancel+ed a (planned )?summit/u.test(sentence.text));
    assert.equal(summit.length, 2);
    for (const sentence of summit) assert.equal(sentence.status, 'shared');
    assert.ok(comparison.summary.some((sentence) => /summit/u.test(sentence.text)));
  });

  it('matches the paraphrased ledes but not sentences that only share the topic', () => {
    const ledes = comparison.sentences.filter((sentence) => sentence.index === 0);
    for (const lede of ledes) assert.equal(lede.status, 'shared');
    const coldWar = comparison.sentences.find((sentence) => /Cold War foes/u.test(sentence.text));
    assert.equal(coldWar?.status, 'unique');
  });

  it('scores the pair on every dimension in [0, 1] with evidence', () => {
    const pair = comparison.similarity[0];
    assert.ok(pair);
    for (const dimension of ['overall', 'entities', 'places', 'time', 'narrative', 'style', 'tone'] as const) {
      assert.ok(pair[dimension] >= 0 && pair[dimension] <= 1, dimension);
    }
    assert.ok(pair.evidence.entities.shared.length > 0);
  });

  it('prints readable text and Markdown', () => {
    const text = runCompare(CORPUS);
    assert.match(text, /only in Sputnik International/u);
    assert.match(text, /\{\+|\[-/u);
    const markdown = runCompare(['--markdown', ...CORPUS]);
    assert.match(markdown, /^# Coverage comparison/mu);
    assert.match(markdown, /~~/u);
  });

  it('works on the seed pages without outlet names', () => {
    const seeds = JSON.parse(runCompare(['--json', 'test/fixtures/seeds/000_d0bc2620b6a5525f.txt', 'test/fixtures/seeds/002_f41a73bcec7900e6.txt'])) as Comparison;
    assert.equal(seeds.quotes.filter((group) => !group.single_source).length, 3);
  });
});

describe('parallax compare across languages', () => {
  const comparison = JSON.parse(runCompare(['--json', ...CORPUS, 'test/fixtures/translations/vechernyaya-gazeta.txt'])) as Comparison;
  const onlyNames = (source: string) => comparison.emphasis.find((outlet) => outlet.source === source)?.entities ?? [];

  it('does not call a name one outlet’s own when another names it in another language or case', () => {
    const russian = onlyNames('Вечерняя газета').join(', ');
    // "Лавров", "Путиным", "Сноудену", "Москве", "Шойгу" are Lavrov, Putin, Snowden, Moscow and Shoigu of the English pages.
    for (const name of ['Лавров', 'Путин', 'Сноуден', 'Москв', 'Шойгу']) assert.doesNotMatch(russian, new RegExp(name, 'u'));
    assert.doesNotMatch(onlyNames(RIA).join(', '), /Shoigu|Lavrov|Snowden/u);
  });
});
