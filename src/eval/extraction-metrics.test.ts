// How extracted metadata is compared with gold values: what counts as the same and what does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorsMatch, calendarDay, datesMatch, titlesMatch } from './extraction-metrics.ts';

test('titles ignore soft hyphens and the ß/ss spelling, but not different words', () => {
  assert.ok(titlesMatch('Änderung der Anforderungen an Genesenennachweise', 'Änderung der Anforderungen an Genesenen\u00ad\u00adnachweise'));
  assert.ok(titlesMatch('Schnee-Vergnügen ohne Fußabdruck', 'Schnee-Vergnügen ohne Fussabdruck'));
  assert.ok(!titlesMatch('Schnee-Vergnügen ohne Fußabdruck', 'Schnee-Vergnügen mit Fußabdruck'));
});

test('an accent typed as an apostrophe matches the apostrophe', () => {
  assert.ok(titlesMatch('Quests und NPC´s', 'Quests und NPC’s'));
  assert.ok(!titlesMatch('Quests und NPCs', 'Quests und NPC’s'));
});

test('a Chinese gold title may keep its outlet joined without spaces', () => {
  assert.ok(titlesMatch('海外留学生看两会：出国前后关注点大不同_教育频道', '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网'));
  assert.ok(!titlesMatch('海外留学生看两会', '海外留学生看两会：出国前后关注点大不同_中国青年网'));
});

test('author names fold ß like titles', () => {
  assert.ok(authorsMatch('Guido Beyss', 'Guido Beyß'));
  assert.ok(!authorsMatch('Guido Beyss', 'Guido Bey'));
});

test('a contact link after an author name is not part of the name', () => {
  assert.ok(authorsMatch('Bradley M. Kuhn', 'Bradley M. Kuhn (http://ebb.org/bkuhn/)'));
  assert.ok(!authorsMatch('Bradley M. Kuhn', 'Bradley Kuhn (http://ebb.org/bkuhn/)'));
});

test('a gold date written year-day-month is read the only way it can be', () => {
  assert.equal(calendarDay('2022-29-11'), '2022-11-29');
  assert.equal(calendarDay('2022-11-1'), '2022-11-01');
  assert.equal(calendarDay('2022-05-06'), '2022-05-06');
  assert.ok(datesMatch('2022-11-29T10:00:00+01:00', '2022-29-11'));
  assert.ok(!datesMatch('2022-11-28', '2022-29-11'));
});

test('a gold title may carry several trailing names, or a bracketed site, after the headline', () => {
  assert.ok(titlesMatch('Samantha and The Great Big Lie', 'Samantha and The Great Big Lie - John C. Welch - Medium'));
  assert.ok(titlesMatch('LWN.net Weekly Edition for March 26, 2015', 'LWN.net Weekly Edition for March 26, 2015 [LWN.net]'));
  assert.ok(titlesMatch('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶', 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网'));
  // The first part alone is not the headline when a longer part follows it (a kicker before the headline).
  assert.ok(!titlesMatch('Brexit', 'Brexit - Parliament votes to delay the deal again - BBC News'));
});
