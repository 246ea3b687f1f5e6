import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADLINE_WEIGHTS, type HeadlineFeatures } from '../clean/page-title.ts';
import { fitHeadlineWeights, headlinePage, headlinesPicked, type HeadlinePage } from './headline-fit.ts';

const features = (overrides: Partial<HeadlineFeatures>): HeadlineFeatures => ({
  share: 0.5, distance: 0, bylineBelow: 0, bylineNear: 0, bylineAbove: 0, repeated: 0, length: 1, overLength: 0, twoSentences: 0, nameOverDate: 0, ...overrides,
});

test('the conditional logit learns a signal that marks the headline, and keeps share at 1', () => {
  // Every page's headline has its byline under it; the line it competes with repeats the opening about as much.
  const pages: HeadlinePage[] = Array.from({ length: 40 }, (_, i) => ({
    id: String(i),
    candidates: [
      { features: features({ bylineBelow: 1, share: 0.6 }), gold: true },
      { features: features({ share: 0.5 + (i % 3) * 0.1 }), gold: false },
    ],
  }));
  const fitted = fitHeadlineWeights(pages);
  assert.equal(fitted.share, 1);
  assert.ok(fitted.bylineBelow > HEADLINE_WEIGHTS.bylineBelow, `bylineBelow ${fitted.bylineBelow}`);
  assert.deepEqual(headlinesPicked(pages, fitted), { picked: 40, reachable: 40 });
});

test('a page text\'s candidates are the cleaner\'s, marked against the gold headline', () => {
  const text = [
    'Example Tribune', 'Home', 'World', 'Sport', 'City budget passes its first vote in council',
    'Harbour bridge reopens after repairs',
    'By Jana Berg',
    'The harbour bridge reopened on Monday after six months of repairs, the city said, and traffic flowed again across the river.',
    'Engineers replaced the bridge deck and two of its cables, and the works came in under budget, according to the city council.',
  ].join('\n');
  const page = headlinePage('p', text, 'Harbour bridge reopens after repairs');
  assert.ok(page.candidates.length >= 2);
  assert.equal(page.candidates.filter((c) => c.gold).length, 1);
  assert.deepEqual(headlinesPicked([page]), { picked: 1, reachable: 1 });
});
