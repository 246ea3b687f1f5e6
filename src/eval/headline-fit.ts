// Fits the page-text headline scorer's weights (`HEADLINE_WEIGHTS` in src/clean/page-title.ts): a conditional logit
// over each page's headline candidates (which of them is its headline), as the cleaner enumerates and scores them.
import { wordSetCache } from '../clean/page-lines.ts';
import { readPageLines } from '../clean/page-text.ts';
import {
  HEADLINE_FEATURE_NAMES, HEADLINE_WEIGHTS, headerCandidates, headlineScore, leadCandidates, linesAlone, repeatFinder, withoutKicker,
  type HeadlineFeatures,
} from '../clean/page-title.ts';
import { NO_TEMPLATES } from '../clean/templates.ts';
import { titlesMatch } from './extraction-metrics.ts';

/** One page's candidates: their features, and whether each is the gold headline. */
export type HeadlinePage = { readonly id: string; readonly candidates: readonly { readonly features: HeadlineFeatures; readonly gold: boolean }[] };

/** The candidates of a page's visible text, above the article and among its first lines, each marked against the gold headline. */
export function headlinePage(id: string, text: string, goldTitle: string): HeadlinePage {
  const { raw, lines, body } = readPageLines(text, null, NO_TEMPLATES);
  if (body === null) return { id, candidates: [] };
  const header = lines.slice(0, body.start);
  const bodyLines = lines.slice(body.start, body.end);
  const setOf = wordSetCache();
  const isRepeated = repeatFinder(raw);
  const alone = linesAlone(raw);
  const isGold = (line: string) => titlesMatch(withoutKicker(line, alone), goldTitle);
  return {
    id,
    candidates: [
      ...headerCandidates(header, bodyLines, setOf, isRepeated).candidates.map((c) => ({ features: c.features, gold: isGold(header[c.index]!.text) })),
      ...leadCandidates(bodyLines, setOf, isRepeated).map((c) => ({ features: c.features, gold: isGold(bodyLines[c.index]!.text) })),
    ],
  };
}

/** Pages whose headline is among their candidates, and of those, the ones whose best-scored candidate is it. */
export function headlinesPicked(pages: readonly HeadlinePage[], weights: HeadlineFeatures = HEADLINE_WEIGHTS): { picked: number; reachable: number } {
  let picked = 0, reachable = 0;
  for (const page of pages) {
    if (!page.candidates.some((c) => c.gold)) continue;
    reachable++;
    let best = page.candidates[0]!;
    for (const c of page.candidates) if (headlineScore(c.features, weights) > headlineScore(best.features, weights)) best = c;
    if (best.gold) picked++;
  }
  return { picked, reachable };
}

const ITERATIONS = 4000;
/** The L2 penalty (per page) the committed weights were fitted with. */
export const HEADLINE_L2 = 1e-3;

/**
 * Maximum-likelihood weights of the conditional logit P(gold | page) = Σ_gold e^score / Σ_all e^score over the pages
 * with both a gold and another candidate, by gradient ascent from `HEADLINE_WEIGHTS` with an L2 penalty, then scaled
 * so that `share` weighs 1 (the scores are in shares of words). Hand-written: a few hundred pages of a few candidates,
 * and no statistics library fits a conditional logit.
 */
export function fitHeadlineWeights(pages: readonly HeadlinePage[], l2 = HEADLINE_L2): HeadlineFeatures {
  const names = HEADLINE_FEATURE_NAMES;
  const usable = pages.filter((p) => p.candidates.some((c) => c.gold) && p.candidates.some((c) => !c.gold));
  const columns = usable.map((p) => p.candidates.map((c) => names.map((name) => c.features[name])));
  let w = names.map((name) => HEADLINE_WEIGHTS[name]);
  let rate = 0.5;
  let previous = -Infinity;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = w.map(() => 0);
    let likelihood = 0;
    usable.forEach((page, p) => {
      const scores = columns[p]!.map((x) => x.reduce((sum, value, k) => sum + value * w[k]!, 0));
      const top = Math.max(...scores);
      const e = scores.map((score) => Math.exp(score - top));
      const all = e.reduce((a, b) => a + b, 0);
      const gold = e.reduce((a, x, i) => a + (page.candidates[i]!.gold ? x : 0), 0);
      likelihood += Math.log(gold / all);
      e.forEach((x, i) => {
        const weight = (page.candidates[i]!.gold ? x / gold : 0) - x / all;
        columns[p]![i]!.forEach((value, k) => (gradient[k]! += weight * value));
      });
    });
    w.forEach((value, k) => (gradient[k]! -= 2 * l2 * usable.length * value));
    if (likelihood < previous) rate /= 2;
    previous = likelihood;
    w = w.map((value, k) => value + (rate * gradient[k]!) / usable.length);
  }
  const share = w[names.indexOf('share')]!;
  return Object.fromEntries(names.map((name, k) => [name, w[k]! / share])) as HeadlineFeatures;
}
