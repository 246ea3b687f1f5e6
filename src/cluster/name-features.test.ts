import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../analyze/index.ts';
import { makeArticle } from '../../test/fixtures/stories/make-article.ts';
import { createClusterState, signalOf } from './clusterer.ts';
import { articleAsComparable, computeFeatures, type Comparable } from './features.ts';
import { nameIn } from './name-features.ts';

const state = createClusterState();
const analyze = createAnalyzer();
const side = (id: string, language: string, text: string) => {
  const article = makeArticle({ id, language, text });
  return articleAsComparable(signalOf(state, article, analyze(article)));
};

test('between two reports in a language without capitals names are not compared; across languages they are', () => {
  // Both name one country, which analysis finds in caseless scripts (caseless-names.ts): one shared country would
  // score as all names shared, one missed as all missed.
  const cairo = side('ar1', 'ar', 'أعلن وزير الصحة في مصر ارتفاع عدد الإصابات بفيروس كورونا إلى مئة حالة.');
  const other = side('ar2', 'ar', 'أعلن وزير الخارجية في مصر زيارة رسمية إلى العاصمة الأسبوع المقبل.');
  const within = computeFeatures(cairo, other);
  assert.equal(within.entities, 0);
  assert.equal(within.entities_best, 0);
  assert.equal(within.lead_miss, 0);
  assert.equal(within.entity_miss, 0);
  const tokyo = side('zh', 'zh', '日本首相岸田文雄在东京宣布了一项总额约17万亿日元的经济刺激计划。');
  const english = side('en', 'en', 'Japan announced a stimulus package worth 17 trillion yen, Prime Minister Fumio Kishida said in Tokyo.');
  const across = computeFeatures(tokyo, english);
  assert.equal(across.cross_lingual, 1);
  assert.ok(across.entities > 0, JSON.stringify(across));
  assert.equal(across.numbers, 1);
});

test('a report in a language without capitals misses none of the names it could not have found: only countries count', () => {
  // Analysis finds countries alone in Chinese, so Xi Jinping, Emmanuel Macron and Beijing can never be found there.
  const english = side('en-x', 'en', 'Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Thursday. China and France signed 18 agreements, including an order for 160 Airbus aircraft.');
  const chinese = side('zh-x', 'zh', '国家主席习近平周四在北京同法国总统马克龙举行会谈。中国和法国签署了18项合作文件，其中包括160架空客飞机的订单。');
  const features = computeFeatures(chinese, english);
  assert.equal(features.entity_miss, 0, JSON.stringify(features));
  assert.equal(features.lead_miss, 0);
  assert.ok(features.entities > 0.9, JSON.stringify(features));
  // A country the English report names and the Chinese one does not is still missed.
  const japan = side('en-j', 'en', 'Japan and South Korea agreed on Thursday to resume talks on 18 disputed fishing zones.');
  assert.equal(computeFeatures(chinese, japan).entity_miss, 1);
});

test('between two reports in a language that inflects names, an inflected name is the same name', () => {
  const first = side('pl1', 'pl', 'Premier Donald Tusk spotkał się w Warszawie z prezydentem Andrzejem Dudą. Tusk zapowiedział reformę.');
  const second = side('pl2', 'pl', 'Według Donalda Tuska reforma sądów ruszy w marcu. Spotkanie z Andrzejem Dudą trwało godzinę.');
  const features = computeFeatures(first, second);
  assert.ok(features.entities > 0.5, JSON.stringify(features));
  assert.equal(features.entity_miss, 0);
  // English names are matched as written: "Martin" is not "Martina".
  const english = computeFeatures(side('en1', 'en', 'Senator Martin Lowe met Governor Ann Price in Boston on Monday.'), side('en2', 'en', 'Coach Martina Lowell spoke in Denver on Friday.'));
  assert.equal(english.entities, 0);
});

describe('nameIn', () => {
  const talks = { entities: new Map([['kerry', 1], ['lavrov', 1]]), lead_names: new Set(['kerry']), version: 0 } as unknown as Comparable;

  it('finds a name exactly, and across languages only when asked', () => {
    assert.equal(nameIn(talks, 'entities', 'kerry', false), 'kerry');
    assert.equal(nameIn(talks, 'entities', 'lavrova', false), undefined);
    assert.equal(nameIn(talks, 'entities', 'lavrova', true), 'lavrov');
    assert.equal(nameIn(talks, 'lead_names', 'lavrova', true), undefined);
  });
});
