import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import xxhash from 'xxhash-wasm';
import type { ArticleId } from '../model/index.ts';
import { createDeduplicatorWith } from './deduplicator.ts';
import { estimatedJaccard, exactHash, minhash, normalizedWords, shingleHashes } from './shingles.ts';
import { xxh32 } from './xxh32.ts';
import { seededRandom } from '../eval/seeded-random.ts';

const hasher = await xxhash();
const id = (value: string): ArticleId => value as ArticleId;

const WIRE = Array.from({ length: 12 }, (_, i) =>
  `Paragraph ${i}: officials in the northern province said rescue teams had reached village number ${i * 7 + 3} after the river burst its banks overnight, and that ${i + 2} families were moved to shelters.`,
).join('\n\n');
const LOCAL = 'Our reporter in Smalltown spoke to volunteers at the town hall, who were collecting blankets for the families.';

describe('deduplicator', () => {
  it('links an exact duplicate (formatting aside) to the first copy', () => {
    const dedup = createDeduplicatorWith(hasher);
    assert.deepEqual(dedup.add(id('a'), WIRE), []);
    const links = dedup.add(id('b'), WIRE.toUpperCase().replace(/,/gu, ''));
    assert.deepEqual(links, [{ from: 'b', to: 'a', kind: 'duplicate', score: 1, shared: 1 }]);
  });

  it('still finds a copy of an old text when boilerplate it shares with every later text fills its keys', () => {
    const dedup = createDeduplicatorWith(hasher, { maxTextsPerKey: 3 });
    const boilerplate = Array.from({ length: 6 }, (_, i) => `Sign up for the morning briefing number ${i} and get the news that matters delivered before breakfast every day.`).join('\n\n');
    dedup.add(id('wire'), `${WIRE}\n\n${boilerplate}`);
    for (let n = 0; n < 8; n++) dedup.add(id(`other-${n}`), `${LOCAL.replace('Smalltown', `Town ${n}`)} Story ${n} of the day.\n\n${boilerplate}`);
    const links = dedup.add(id('copy'), `${WIRE}\n\n${boilerplate}`);
    assert.equal(links[0]?.to, 'wire');
    assert.equal(links[0]?.kind, 'duplicate');
  });

  it('finds a near duplicate with an edited sentence', () => {
    const dedup = createDeduplicatorWith(hasher);
    dedup.add(id('a'), WIRE);
    const [link] = dedup.add(id('b'), WIRE.replace('Paragraph 5:', 'In a later update,'));
    assert.equal(link?.kind, 'duplicate');
    assert.ok((link?.score ?? 0) >= 0.8);
  });

  it('gives a near duplicate the share of its text reused, which its Jaccard score understates', () => {
    // Varied words, so that shingles are distinct; b edits three sentences of a and adds a line.
    const random = seededRandom(7);
    const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x${Math.floor(random() * 1e6).toString(36)}`);
    const sentence = () => Array.from({ length: 18 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ') + '.';
    const sentences = Array.from({ length: 40 }, sentence);
    const a = sentences.join('\n\n');
    const b = [...sentences.map((text, i) => ([5, 17, 29].includes(i) ? sentence() : text)), sentence()].join('\n\n');
    const dedup = createDeduplicatorWith(hasher);
    dedup.add(id('a'), a);
    const [link] = dedup.add(id('b'), b);
    assert.equal(link?.kind, 'duplicate');
    const shingles = (text: string) => new Set(shingleHashes(hasher, normalizedWords(text), 5));
    const [inA, inB] = [shingles(a), shingles(b)];
    const common = [...inB].filter((shingle) => inA.has(shingle)).length;
    const trueShare = common / inB.size;
    const trueJaccard = common / (inA.size + inB.size - common);
    assert.ok(trueJaccard < trueShare - 0.04, `the case must tell them apart: ${trueJaccard} vs ${trueShare}`);
    assert.ok(Math.abs(link!.shared - trueShare) < Math.abs(link!.shared - trueJaccard), `shared ${link!.shared}: share ${trueShare}, Jaccard ${trueJaccard}`);
  });

  it('finds copies of texts written without spaces, character by character (Chinese, Japanese)', () => {
    const paragraphs = [
      '日本首相岸田文雄二日在东京宣布了一项总额约十七万亿日元的经济刺激计划，内容包括减免所得税和向低收入家庭发放现金补贴，以应对物价上涨给消费者带来的压力。',
      '岸田文雄对记者表示，政府要把增长的成果还给国民。根据该计划，明年六月将对每人临时减免四万日元的所得税和居民税，并向免缴居民税的家庭每户发放七万日元补贴。',
      '日本政府将编制约十三万亿日元的补充预算为上述措施提供资金。政府称，这些措施将在三年内使国内生产总值平均提高一点二个百分点。',
      '反对党立宪民主党批评称，减税措施来得太晚，无法帮助面临食品和能源价格上涨的家庭。经济学家则担心财政赤字进一步扩大。',
    ];
    const dedup = createDeduplicatorWith(hasher);
    dedup.add(id('wire'), paragraphs.join('\n\n'));
    const [edited] = dedup.add(id('edited'), paragraphs.join('\n\n').replace('二日在东京', '周四在首都东京'));
    assert.equal(edited?.kind, 'duplicate', JSON.stringify(edited));
    const fresh = createDeduplicatorWith(hasher);
    fresh.add(id('wire'), paragraphs.join('\n\n'));
    const [shortened] = fresh.add(id('shortened'), paragraphs.slice(0, 2).join('\n\n'));
    assert.equal(shortened?.to, 'wire', JSON.stringify(shortened));
    assert.equal(shortened?.kind, 'copy');
    const other = '中国人民银行周四宣布维持贷款市场报价利率不变，一年期利率为百分之三点四五，五年期以上利率为百分之四点二。分析人士认为，央行在经济复苏放缓的背景下仍保持谨慎，预计年内可能进一步下调存款准备金率，以支持实体经济和房地产市场的稳定。';
    assert.deepEqual(fresh.add(id('other'), other), []);
  });

  it('links wire copy plus a local paragraph, and a shortened copy, as copies with the reused share', () => {
    const dedup = createDeduplicatorWith(hasher);
    dedup.add(id('wire'), WIRE);
    const [extended] = dedup.add(id('local'), `${LOCAL}\n\n${WIRE}\n\n${LOCAL}`);
    assert.ok(extended !== undefined && extended.to === 'wire');
    const shortened = WIRE.split('\n\n').slice(0, 5).join('\n\n');
    const [short] = dedup.add(id('short'), shortened);
    assert.ok(short !== undefined);
    assert.equal(short.kind, 'copy');
    assert.ok(short.shared > 0.9);
  });

  it('points a copy at the earlier publication when an import brings the copy first', () => {
    const shortened = WIRE.split('\n\n').slice(0, 5).join('\n\n');
    const dedup = createDeduplicatorWith(hasher);
    dedup.add(id('short'), shortened, '2025-03-10T14:05:00Z');
    const [link] = dedup.add(id('wire'), WIRE, '2025-03-10T09:30:00Z');
    assert.equal(link?.kind, 'copy');
    assert.deepEqual([link.from, link.to], ['short', 'wire']);
    // The share is the copy's: nearly all of the shortened text is in the wire story.
    assert.ok(link.shared > 0.9, String(link.shared));
    // A date without a time may be either side of a timestamp that day: arrival order stands.
    const sameDay = createDeduplicatorWith(hasher);
    sameDay.add(id('short'), shortened, '2025-03-10T14:05:00Z');
    const [undecided] = sameDay.add(id('wire'), WIRE, '2025-03-10');
    assert.deepEqual([undecided?.from, undecided?.to], ['wire', 'short']);
    // Duplicates too, once the earlier one is remembered with its date.
    const restored = createDeduplicatorWith(hasher);
    restored.remember(id('late'), WIRE, '2025-03-11');
    assert.deepEqual(restored.add(id('early'), WIRE, '2025-03-09T08:00:00Z'), [{ from: 'late', to: 'early', kind: 'duplicate', score: 1, shared: 1 }]);
  });

  it('keeps the two independent seed reports apart (same quotes, different agencies)', () => {
    const dir = 'test/fixtures/seeds';
    const [first, second] = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
    const dedup = createDeduplicatorWith(hasher);
    dedup.add(id('ria'), first ?? '');
    assert.deepEqual(dedup.add(id('afp'), second ?? ''), []);
  });

  it('finds links to texts it was only told to remember', () => {
    const dedup = createDeduplicatorWith(hasher);
    dedup.remember(id('a'), WIRE);
    assert.equal(dedup.size, 1);
    assert.equal(dedup.add(id('b'), WIRE)[0]?.to, 'a');
  });

  it('ignores unrelated texts', () => {
    const dedup = createDeduplicatorWith(hasher);
    dedup.add(id('a'), WIRE);
    assert.deepEqual(dedup.add(id('b'), 'The central bank left interest rates unchanged on Thursday, citing slowing inflation and a weaker labour market across the region this spring.'), []);
  });
});

describe('fingerprints', () => {
  it('pins the exact hash of a known text', () => {
    assert.equal(exactHash(hasher, normalizedWords('Hello, World!')), hasher.h64ToString('hello world'));
  });

  it('hashes shingles in place to the values xxhash-wasm gives their joined text (any script, any length)', () => {
    const words = normalizedWords('Zażółć gęślą jaźń 😀 𝒳 Ünïcödé — one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen');
    const expected = new Set<number>();
    for (let i = 0; i + 5 <= words.length; i++) expected.add(hasher.h32(words.slice(i, i + 5).join(' ')) >>> 0);
    assert.deepEqual([...shingleHashes(hasher, words, 5)], [...expected].sort((a, b) => a - b));
    const bytes = new TextEncoder().encode('0123456789abcdefghijklmnopqrstuvwxyz');
    for (let end = 0; end <= bytes.length; end++) assert.equal(xxh32(bytes, 0, end), hasher.h32('0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, end)) >>> 0);
  });

  it('estimates Jaccard close to the true value', () => {
    const a = shingleHashes(hasher, normalizedWords(WIRE), 5);
    const b = shingleHashes(hasher, normalizedWords(WIRE.split('\n\n').slice(0, 6).join(' ')), 5);
    const bSet = new Set(b);
    const truth = a.filter((x) => bSet.has(x)).length / new Set([...a, ...b]).size;
    assert.ok(Math.abs(estimatedJaccard(minhash(a, 128), minhash(b, 128)) - truth) < 0.12);
  });

  it('finds through LSH every pair a brute-force scan finds above the duplicate threshold', () => {
    const dedup = createDeduplicatorWith(hasher);
    const texts = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? WIRE : WIRE.replace(`Paragraph ${i % 12}:`, `Update ${i}:`)));
    const found = new Set<string>();
    texts.forEach((text, i) => {
      for (const link of dedup.add(id(`t${i}`), text)) found.add(`${link.from}>${link.to}`);
    });
    const signatures = texts.map((text) => minhash(shingleHashes(hasher, normalizedWords(text), 5), 128));
    for (let i = 1; i < texts.length; i++) {
      const matches = signatures.slice(0, i).filter((signature) => estimatedJaccard(signatures[i]!, signature) >= 0.8).length;
      const linked = [...found].filter((pair) => pair.startsWith(`t${i}>`)).length;
      assert.ok(linked >= Math.min(matches, 5), `t${i}: brute force ${matches}, LSH ${linked}`);
    }
  });
});
