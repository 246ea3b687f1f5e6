import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../analyze/index.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { createClusterState, signalOf } from './clusterer.ts';
import { articleAsComparable, computeFeatures, hoursApart } from './features.ts';

const state = createClusterState();
const analyze = createAnalyzer();

test('reports within a day of each other pay no time penalty; days apart they do, more the further apart', () => {
  const text = 'Rescuers searched the collapsed bridge in Genoa on Tuesday after the storm.';
  const dated = (id: string, published_at: string) => {
    const article = makeArticle({ id, language: 'en', text, published_at });
    return articleAsComparable(signalOf(state, article, analyze(article)));
  };
  const morning = dated('t1', '2024-03-05T06:00:00Z');
  const gap = (published_at: string) => computeFeatures(morning, dated(`t-${published_at}`, published_at)).time_gap;
  assert.equal(gap('2024-03-05T20:00:00Z'), 0);
  assert.equal(gap('2024-03-06T05:00:00Z'), 0);
  const threeDays = gap('2024-03-08T06:00:00Z');
  const tenDays = gap('2024-03-15T06:00:00Z');
  assert.ok(threeDays > 0 && threeDays < tenDays && tenDays < 1, `${threeDays} ${tenDays}`);
  assert.equal(gap('2024-06-05T06:00:00Z'), 1);
});

test('a date without a time covers its day: no hours apart from a timestamp that day, and explained as the same day', async () => {
  const { explain } = await import('./explain.ts');
  const text = 'The water level of the Rhine at Kaub fell to 38 centimetres on Wednesday.';
  const dated = (id: string, published_at: string) => {
    const article = makeArticle({ id, language: 'en', text, published_at });
    return articleAsComparable(signalOf(state, article, analyze(article)));
  };
  const day = dated('d1', '2025-08-20');
  const evening = dated('d2', '2025-08-20T19:30:00Z');
  assert.equal(hoursApart(day, evening), 0);
  assert.equal(hoursApart(evening, dated('d3', '2025-08-22')), 28.5);
  const features = computeFeatures(evening, day);
  assert.match(explain(evening, day, new Map(), features, 0.5).summary, /; same day \(score/);
  assert.match(explain(evening, dated('d4', '2025-08-20T16:00:00Z'), new Map(), features, 0.5).summary, /; 4 h apart \(score/);
});

test("a story's last publication is its latest member's date, not the end of that member's day", async () => {
  const { assignArticle, createClusterState: fresh } = await import('./clusterer.ts');
  const { summarizeStory } = await import('./summary.ts');
  const stream = fresh();
  const text = 'Kerry and Lavrov met in Washington on Friday for talks on Syria, missile defence and Edward Snowden.';
  const first = makeArticle({ id: 's1', language: 'en', text, published_at: '2013-08-09T10:00:00Z' });
  const second = makeArticle({ id: 's2', language: 'en', text, published_at: '2013-08-09' });
  assignArticle(stream, first, analyze(first));
  const { assignment } = assignArticle(stream, second, analyze(second));
  const summary = summarizeStory(stream.active.get(assignment.story_id)!);
  assert.equal(summary.article_count, 2);
  assert.equal(summary.first_published, '2013-08-09T00:00:00.000Z');
  assert.equal(summary.last_published, '2013-08-09T10:00:00.000Z');
});
