import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import xxhash from 'xxhash-wasm';
import type { ArticleId, ArticleLink } from '../model/index.ts';
import { normalizedWords } from '../dedup/index.ts';
import { COPY_KINDS, generateCopies, linesOf, paragraphsOf, type SourceArticle } from './dedup-copies.ts';
import { createOverlaps, evaluateDedup, expectedKinds, scoreDedup, streamOrder, type DedupRun } from './dedup.ts';
import { seededRandom } from './seeded-random.ts';

const hasher = await xxhash();

/** Made-up words, so the articles share no phrase by accident; each article draws its sentences from its own words. */
function article(id: string, story: string, seed: number, lines = 12): SourceArticle {
  const random = seededRandom(seed);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pu', 'da', 'fe'];
  const word = (): string => Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const sentence = (): string => `${Array.from({ length: 11 }, word).join(' ')}.`;
  return { id, story, text: Array.from({ length: lines }, sentence).join('\n'), title: `Headline of ${id}`, published_at: null };
}

const CORPUS: SourceArticle[] = [
  article('a1', 'A', 1),
  article('a2', 'A', 2),
  article('b1', 'B', 3),
  article('b2', 'B', 4),
  article('c1', 'C', 5),
  article('c2', 'C', 6),
  article('d1', 'D', 7),
];

describe('derived copies', () => {
  const copies = generateCopies(CORPUS, { seed: 3, perKind: 1 });
  const byKind = new Map(copies.map((copy) => [copy.kind, copy]));
  const source = (kind: (typeof COPY_KINDS)[number]): SourceArticle => CORPUS.find((a) => a.id === byKind.get(kind)!.of)!;

  it('are the same for the same seed, one of each kind from distinct originals', () => {
    assert.deepEqual(generateCopies(CORPUS, { seed: 3, perKind: 1 }), copies);
    assert.deepEqual(copies.map((copy) => copy.kind), [...COPY_KINDS]);
    assert.equal(new Set(copies.map((copy) => copy.of)).size, COPY_KINDS.length);
    assert.notDeepEqual(generateCopies(CORPUS, { seed: 4, perKind: 1 }), copies);
  });

  it('groups sentence lines into paragraphs of 30 words or more', () => {
    const paragraphs = paragraphsOf(CORPUS[0]!.text);
    assert.equal(paragraphs.length, 4);
    assert.deepEqual(paragraphs.flat(), linesOf(CORPUS[0]!.text));
  });

  it('a repost changes only typography: the same words', () => {
    const repost = byKind.get('repost')!;
    assert.notEqual(repost.text, source('repost').text);
    assert.deepEqual(normalizedWords(repost.text), normalizedWords(source('repost').text));
  });

  it('a near duplicate keeps all but one sentence and adds a line', () => {
    const lines = linesOf(byKind.get('near-duplicate')!.text);
    const original = linesOf(source('near-duplicate').text);
    assert.equal(lines.length, original.length + 1);
    assert.equal(original.filter((line) => !lines.includes(line)).length, 1);
  });

  it('wire copy plus a local paragraph holds the original and 1-2 paragraphs of another story', () => {
    const copy = byKind.get('local-paragraph')!;
    const lines = linesOf(copy.text);
    const donor = CORPUS.find((a) => a.id === copy.donor)!;
    assert.notEqual(donor.story, copy.story);
    assert.ok(linesOf(source('local-paragraph').text).every((line) => lines.includes(line)));
    const added = lines.filter((line) => linesOf(donor.text).includes(line)).length;
    assert.ok(added >= 3 && added <= 6, String(added));
  });

  it('a shortened copy is the first 40-70% of the paragraphs', () => {
    const kept = paragraphsOf(byKind.get('shortened')!.text).flat();
    const original = linesOf(source('shortened').text);
    assert.deepEqual(kept, original.slice(0, kept.length));
    assert.ok(kept.length >= 0.4 * original.length && kept.length <= 0.7 * original.length, `${kept.length} of ${original.length}`);
  });

  it('a boilerplate copy wraps the whole text in page furniture and related headlines', () => {
    const lines = linesOf(byKind.get('boilerplate')!.text);
    assert.ok(linesOf(source('boilerplate').text).every((line) => lines.includes(line)));
    assert.ok(lines.some((line) => line.startsWith('Related: ')));
  });

  it('streams each copy after its original', () => {
    const stream = streamOrder(CORPUS, copies, 9);
    assert.equal(stream.length, CORPUS.length + copies.length);
    for (const copy of copies) assert.ok(stream.findIndex((item) => item.id === copy.id) > stream.findIndex((item) => item.id === copy.of));
  });
});

describe('dedup scoring', () => {
  const [a1, a2] = CORPUS as [SourceArticle, SourceArticle];
  const copies = generateCopies(CORPUS, { seed: 3, perKind: 1 });
  const shortened = copies.find((copy) => copy.kind === 'shortened')!;
  const repost = copies.find((copy) => copy.kind === 'repost')!;
  const texts = new Map([...CORPUS, ...copies].map((item) => [item.id, item.text]));
  const link = (from: string, to: string, kind: ArticleLink['kind'], shared: number): ArticleLink => ({ from: from as ArticleId, to: to as ArticleId, kind, score: shared, shared });

  it('counts recall per kind, a wrong kind, a backwards link, the share error and false links between originals', () => {
    const run: DedupRun = {
      texts,
      links: [link(repost.id, repost.of, 'copy', 1), link(shortened.of, shortened.id, 'copy', 0.5), link(a2.id, a1.id, 'copy', 0.7)],
      rejected: [],
      seconds: 0,
    };
    const report = scoreDedup('tiny', CORPUS, copies, run, createOverlaps(hasher, texts));
    assert.deepEqual([report.kinds.repost.linked, report.kinds.repost.right_kind], [1, 0]);
    assert.equal(report.kinds.shortened.reversed, 1);
    assert.equal(report.kinds['near-duplicate'].recall, 0);
    assert.equal(report.missed.length, 4);
    assert.deepEqual(report.links, { total: 3, correct: 2, precision: 2 / 3 });
    assert.deepEqual(report.same_story, { pairs: 3, linked: 1, rate: 1 / 3 });
    assert.equal(report.other_story.linked, 0);
    assert.equal(report.false_links[0]?.same_story, true);
  });

  it('expects a duplicate above the threshold, a copy below, and allows either near it', () => {
    assert.deepEqual(expectedKinds(1), ['duplicate']);
    assert.deepEqual(expectedKinds(0.5), ['copy']);
    assert.deepEqual(expectedKinds(0.8), ['duplicate', 'copy']);
  });

  it('finds every kind of copy in a tiny stream through the real stage, and links no two originals', async () => {
    const report = await evaluateDedup('tiny', CORPUS, { seed: 3, perKind: 1 });
    for (const kind of COPY_KINDS) assert.equal(report.kinds[kind].recall, 1, kind);
    assert.equal(report.links.precision, 1);
    assert.equal(report.same_story.linked + report.other_story.linked, 0);
    assert.ok((report.kinds.shortened.share_mae ?? 1) < 0.15);
  });
});
