import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../analyze/index.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { articleFromRecord } from '../eval/in-memory.ts';
import type { Article, StoryId } from '../model/index.ts';
import { assignArticle, createClusterState, joinStory, mergeConverged, resolveStory, scoreCandidates, signalOf, startStory, type Assignment } from './clusterer.ts';
import { articleAsComparable, computeFeatures } from './features.ts';
import { trainLogisticRegression, predict } from './logistic.ts';
import { createStoryIndex } from './story-index.ts';

type Labeled = { article: Article; story: string };
const corpus: Labeled[] = readFileSync(new URL('../../test/fixtures/stories/labeled.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; story_id: string; text: string; title: string; source: string; published_at: string; language: string })
  .map((record) => ({ article: articleFromRecord(record), story: record.story_id }));

function run(items: readonly Labeled[], options = {}): { assignments: Assignment[]; storyOf: (id: string) => StoryId } {
  const state = createClusterState(options);
  const analyze = createAnalyzer();
  const byArticle = new Map<string, StoryId>();
  const assignments = items.map(({ article }) => {
    const { assignment, splits } = assignArticle(state, article, analyze(article));
    byArticle.set(assignment.article_id, assignment.story_id);
    for (const split of splits) for (const member of split.moved) byArticle.set(member.article_id, member.story_id);
    return assignment;
  });
  mergeConverged(state);
  return { assignments, storyOf: (id) => resolveStory(state, byArticle.get(id)!) };
}

describe('streaming story clusterer', () => {
  it('puts the reports of one event together and keeps same-type events apart', () => {
    const { storyOf } = run(corpus);
    for (const a of corpus) {
      for (const b of corpus) {
        assert.equal(storyOf(a.article.id) === storyOf(b.article.id), a.story === b.story, `${a.article.id} / ${b.article.id}`);
      }
    }
  });

  it('joins a German report to the English story through shared names and numbers', () => {
    const { storyOf } = run(corpus);
    assert.equal(storyOf('flood-morgen'), storyOf('flood-wire'));
  });

  it('is deterministic for a given input order', () => {
    const first = run(corpus).assignments;
    const second = run(corpus).assignments;
    assert.deepEqual(second, first);
  });

  it('explains each assignment with the names, the parts and the time apart', () => {
    const joined = run(corpus).assignments.find((a) => a.article_id === 'flood-ledger');
    assert.ok(joined !== undefined && !joined.created && joined.explanation !== null);
    assert.match(joined.explanation.summary, /^joined because: .*Tlou.*; body 0\.\d\d;.* \d+ h apart/u);
    assert.ok(joined.explanation.parts.entities > 0);
    assert.ok(joined.explanation.score >= 0 && joined.explanation.score <= 1);
  });

  it('clusters articles without dates by content alone', () => {
    const undated = corpus.map(({ article, story }) => ({ article: { ...article, published_at: null }, story }));
    const { storyOf } = run(undated);
    assert.equal(storyOf('varga-1'), storyOf('varga-2'));
    assert.notEqual(storyOf('hart-rehab-1'), storyOf('briar-rehab-1'));
  });

  it('lets stories leave the in-memory window while their ids stay resolvable', () => {
    const state = createClusterState({ windowHours: 24 });
    const analyze = createAnalyzer();
    const byTime = [...corpus].sort((a, b) => (a.article.published_at! < b.article.published_at! ? -1 : 1));
    const ids = byTime.map(({ article }) => assignArticle(state, article, analyze(article)).assignment.story_id);
    // The stream ends on 9 December: only that day's story is still in memory.
    const days = [...state.active.values()].map((story) => new Date(story.last ?? 0).toISOString().slice(0, 10));
    assert.deepEqual([...new Set(days)], ['2025-12-09']);
    assert.ok(ids.every((id) => resolveStory(state, id) === id));
  });

  it('finds the story of an article that arrives after the clock moved past it (a bulk import out of date order)', () => {
    const byId = (id: string) => corpus.find(({ article }) => article.id === id)!;
    // December's flood reports move the clock five months on; July's transfer story leaves the window.
    const outOfOrder = [byId('varga-1'), byId('flood-wire'), byId('flood-herald'), byId('varga-2')];
    const { storyOf } = run(outOfOrder);
    assert.equal(storyOf('varga-2'), storyOf('varga-1'));
    assert.notEqual(run(outOfOrder, { lateStories: 0 }).storyOf('varga-2'), storyOf('varga-1'), 'without the late stories it starts its own');
  });

  it('finds the story of an undated article after dated ones moved the clock past it', () => {
    const byId = (id: string) => corpus.find(({ article }) => article.id === id)!;
    const varga = byId('varga-2');
    const undated = { article: { ...varga.article, published_at: null }, story: varga.story };
    const { storyOf } = run([byId('varga-1'), byId('flood-wire'), byId('flood-herald'), undated]);
    assert.equal(storyOf('varga-2'), storyOf('varga-1'));
  });

  it('keeps a late article from a story outside the window around its own date', () => {
    const byId = (id: string) => corpus.find(({ article }) => article.id === id)!;
    const hart = byId('hart-rehab-2');
    // The same report, dated two months after the story it would otherwise join.
    const later = { article: { ...hart.article, id: 'hart-rehab-later', published_at: '2025-05-03T15:00:00Z' } as Article, story: 'other' };
    const { storyOf } = run([byId('hart-rehab-1'), byId('flood-wire'), byId('flood-herald'), later]);
    assert.notEqual(storyOf('hart-rehab-later'), storyOf('hart-rehab-1'));
  });

  it('does not let one article dated far ahead send the live stories out of the window', () => {
    const byId = (id: string) => corpus.find(({ article }) => article.id === id)!;
    // A report whose date is a year wrong: alone, it does not move the clock, so the next report finds its story in
    // the window even with no late stories to look among.
    const misdated = { article: { ...byId('flood-wire').article, published_at: '2026-12-02T09:00:00Z' } as Article, story: 'flood' };
    const { storyOf } = run([byId('varga-1'), misdated, byId('varga-2')], { lateStories: 0 });
    assert.equal(storyOf('varga-2'), storyOf('varga-1'));
  });

  it('keeps an article dated far ahead of the clock from stories outside a window around its own date', () => {
    const byId = (id: string) => corpus.find(({ article }) => article.id === id)!;
    const hart = byId('hart-rehab-2');
    const ahead = { article: { ...hart.article, id: 'hart-rehab-ahead', published_at: '2025-05-03T15:00:00Z' } as Article, story: 'other' };
    const { storyOf } = run([byId('hart-rehab-1'), ahead]);
    assert.notEqual(storyOf('hart-rehab-ahead'), storyOf('hart-rehab-1'));
  });

  it('merges converged stories, the older absorbing the newer', () => {
    const state = createClusterState({ joinThreshold: 1.01, mergeThreshold: 0.5 });
    const analyze = createAnalyzer();
    const varga = corpus.filter(({ story }) => story === 'varga-transfer').map(({ article }) => assignArticle(state, article, analyze(article)).assignment);
    assert.equal(new Set(varga.map((a) => a.story_id)).size, varga.length);
    const merges = mergeConverged(state);
    assert.ok(merges.length >= 1);
    assert.ok(varga.every((a) => resolveStory(state, a.story_id) === varga[0]!.story_id));
  });
});

describe('story features', () => {
  it('scores a story holding two events lower on mean member similarity, not on best member similarity', () => {
    const state = createClusterState();
    const analyze = createAnalyzer();
    const signalOfId = (id: string) => {
      const { article } = corpus.find((item) => item.article.id === id)!;
      return signalOf(state, article, analyze(article));
    };
    const [hart1, briar1, hart2] = [signalOfId('hart-rehab-1'), signalOfId('briar-rehab-1'), signalOfId('hart-rehab-2')];
    const pure = startStory(state, hart1);
    const mixed = startStory(state, { ...hart1, id: 'hart-copy' as Article['id'] });
    joinStory(state, mixed, briar1);
    const toPure = computeFeatures(articleAsComparable(hart2), pure);
    const toMixed = computeFeatures(articleAsComparable(hart2), mixed);
    assert.equal(toMixed.char_text_best, toPure.char_text_best);
    assert.equal(toPure.char_text_mean, toPure.char_text_best);
    assert.ok(toMixed.char_text_mean < toPure.char_text_mean);
  });
});

describe('a long-running story', () => {
  it('keeps attracting its own reports: its pile of lead names and numbers does not dilute lead_miss and the number overlap', () => {
    const state = createClusterState();
    const analyze = createAnalyzer();
    const report = (n: number, extra: string) =>
      makeArticle({
        id: `war-${n}`,
        title: `Talks on Varnia ceasefire resume in Orlin`,
        text: `Varnia's president Ilse Maren and rebel leader Tomas Kedro met in Orlin on Monday, with ${extra} attending. ` +
          `The ceasefire line runs 240 kilometres and ${1000 + n} fighters have left it. Maren said 48 prisoners would be freed.`,
      });
    const signal = (article: Article) => signalOf(state, article, analyze(article));
    const story = startStory(state, signal(report(0, 'Envoy Pera Lund')));
    // Each report brings a new envoy's name and a new count into the lead: hundreds of names and numbers pile up.
    const surnames = ['Holm', 'Vasta', 'Ruin', 'Kessel', 'Tarn', 'Ovid', 'Laska', 'Merin', 'Dalbo', 'Frey'];
    for (let n = 1; n < 300; n++) joinStory(state, story, signal(report(n, `Envoy ${surnames[n % 10]}${String.fromCharCode(97 + (n % 26))}o ${surnames[(n * 7) % 10]}${n}`)));
    assert.ok(story.lead_names.size > 200 && story.numbers.size > 200, `${story.lead_names.size} lead names, ${story.numbers.size} numbers`);
    const features = computeFeatures(articleAsComparable(signal(report(999, 'no envoy'))), story);
    assert.ok(features.lead_miss < 0.6, `lead_miss ${features.lead_miss}`);
    assert.ok(features.numbers > 0.1, `numbers ${features.numbers}`);
  });
});

describe('story index', () => {
  it('returns the stories sharing most keys first, ties by id, and forgets removed stories', () => {
    const index = createStoryIndex();
    index.set('s-b' as StoryId, ['t:flood', 'e:kessel']);
    index.set('s-a' as StoryId, ['t:flood']);
    index.set('s-c' as StoryId, ['t:rates']);
    assert.deepEqual(index.candidates(['t:flood', 'e:kessel'], 10), ['s-b', 's-a']);
    index.remove('s-b' as StoryId);
    assert.deepEqual(index.candidates(['t:flood', 'e:kessel'], 10), ['s-a']);
  });
});

describe('logistic regression', () => {
  it('learns a separable rule and is independent of sample order', () => {
    const samples = Array.from({ length: 200 }, (_, i) => {
      const x = (i % 20) / 20;
      return { x: [1, x], y: (x > 0.5 ? 1 : 0) as 0 | 1 };
    });
    const weights = trainLogisticRegression(samples, 2);
    assert.ok(predict(weights, [1, 0.9]) > 0.8 && predict(weights, [1, 0.1]) < 0.2);
    const reversed = trainLogisticRegression([...samples].reverse(), 2);
    reversed.forEach((weight, i) => assert.ok(Math.abs(weight - weights[i]!) < 1e-9));
  });
});

describe('cross-lingual candidates', () => {
  const english = articleFromRecord({
    id: 'en-talks',
    title: 'Kerry and Lavrov meet in Washington despite Snowden row',
    text: 'US Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Washington on Friday. Defense ministers Chuck Hagel and Sergei Shoigu joined the talks, days after Barack Obama cancelled a summit with Vladimir Putin over the asylum granted to Edward Snowden.',
    language: 'en',
  });
  const otherEnglish = articleFromRecord({
    id: 'en-other',
    title: 'Storm closes schools across Bavaria',
    text: 'Heavy snow closed hundreds of schools across Bavaria on Friday, and Munich airport cancelled dozens of flights as the storm moved east.',
    language: 'en',
  });
  // Every name inflected (instrumental, genitive, dative): no term or name key is spelled as in the English report.
  const russian = articleFromRecord({
    id: 'ru-talks',
    title: 'Переговоры с Лавровым в Вашингтоне',
    text: 'Госсекретарь США в пятницу провёл переговоры с Сергеем Лавровым и Сергеем Шойгу в Вашингтоне. Встреча прошла после того, как президентом Обамой был отменён саммит с Путиным из-за убежища для Эдварда Сноудена.',
    language: 'ru',
  });

  it('finds the story told in another language through its names, inflected and transliterated', () => {
    const state = createClusterState();
    const analyze = createAnalyzer();
    assignArticle(state, english, analyze(english));
    assignArticle(state, otherEnglish, analyze(otherEnglish));
    const candidates = scoreCandidates(state, signalOf(state, russian, analyze(russian)));
    assert.equal(candidates[0]?.story.id, 's-en-talks');
  });
});

describe('words that are names of Object.prototype members', () => {
  // "constructor" once read as Object's constructor function in a plain-object count, which made the article's
  // vectors NaN; a NaN story score then passed the merge check (every comparison with NaN is false) and a later
  // ingest failed to store the merge ("NOT NULL constraint failed: story_merges.score").
  const text = (n: number) => `The constructor of the new harbour bridge, Baltic Steelworks, said on Monday that the toString valueOf hasOwnProperty
    __proto__ works would finish in April. The constructor has built ${n} bridges on the coast since the council chose it.`;
  it('count as words and keep every score a number', () => {
    const analyze = createAnalyzer();
    const state = createClusterState();
    const first = makeArticle({ id: 'a-1', title: 'Constructor to finish harbour bridge in April', text: text(12), published_at: '2026-03-02T09:00:00Z' });
    const second = makeArticle({ id: 'a-2', title: 'Harbour bridge constructor sets April finish', text: text(12), published_at: '2026-03-02T11:00:00Z' });
    const analysis = analyze(first);
    assert.equal(analysis.terms['constructor'], 2);
    assignArticle(state, first, analysis);
    const step = assignArticle(state, second, analyze(second));
    assert.equal(step.assignment.created, false, 'the same report joins the story');
    const score = step.assignment.explanation?.score;
    assert.ok(typeof score === 'number' && Number.isFinite(score), String(score));
  });
});
