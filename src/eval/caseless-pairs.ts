// How a report written without capitals (Chinese, Japanese, Arabic…) fares against one written with them, where no
// labeled pairs of that kind exist: simulated on the labeled pairs of one cased language.
import { isCaselessLanguage } from '../cluster/name-features.ts';
import { isCountryKey } from '../analyze/index.ts';
import type { ClusterConfig } from '../cluster/config.ts';
import type { PairRecord } from './labeled.ts';
import { pairsReport, scorePairs, type PairsReport } from './pairs.ts';
import type { AnalysedArticle } from './similarity.ts';

/** The language the remade side is said to be in: Chinese, the most common such language in news. */
const SIMULATED_LANGUAGE = 'zh';
const SIMULATED_ID = '#caseless';

/**
 * The second side of each pair in one cased language, remade as a report of the same event that analysis reads as a
 * script without capitals allows: of its names only the countries (analyze/caseless-names.ts), no word or character
 * gram in common with the first side (its words are keyed apart and its letters written as Han characters), its
 * figures and dates kept. Scored with the clusterer's settings as `parallax eval` scores real pairs; null when the
 * file has no such pairs. It is harder than real pairs (pinyin and shared Latin names are lost too), so it measures how
 * far such pairs are kept apart by what their languages cannot share, not what a real one scores.
 */
export function caselessSimulation(pairs: readonly PairRecord[], analyses: ReadonlyMap<string, AnalysedArticle>, config: ClusterConfig): PairsReport | null {
  const cased = pairs.filter((pair) => typeof pair.lang1 === 'string' && pair.lang1 === pair.lang2 && !isCaselessLanguage(pair.lang1));
  if (cased.length === 0) return null;
  const sides = new Map(analyses);
  for (const pair of cased) sides.set(pair.id2 + SIMULATED_ID, asCaselessReport(analyses.get(pair.id2)!, pair.id2 + SIMULATED_ID));
  const simulated = cased.map((pair) => ({ ...pair, id2: pair.id2 + SIMULATED_ID, lang2: SIMULATED_LANGUAGE }));
  return pairsReport(scorePairs(simulated, config, sides), config.joinThreshold);
}

function asCaselessReport({ article, analysis }: AnalysedArticle, id: string): AnalysedArticle {
  const apart = (terms: Readonly<Record<string, number>>): Record<string, number> => Object.fromEntries(Object.entries(terms).map(([term, n]) => [`${term}${SIMULATED_ID}`, n]));
  return {
    article: { ...article, id: id as AnalysedArticle['article']['id'], language: SIMULATED_LANGUAGE, title: article.title === null ? null : inHan(article.title), text: inHan(article.text) },
    analysis: {
      ...analysis,
      language: SIMULATED_LANGUAGE,
      terms: apart(analysis.terms),
      title_terms: apart(analysis.title_terms),
      sentences: analysis.sentences.map((sentence) => ({ ...sentence, terms: sentence.terms.map((term) => `${term}${SIMULATED_ID}`) })),
      entities: analysis.entities.filter((entity) => isCountryKey(entity.key)),
    },
  };
}

/** Every letter written as a Han character (one for one, so the text keeps its shape): no gram meets a cased text's. */
function inHan(text: string): string {
  return text.replace(/\p{L}/gu, (letter) => String.fromCharCode(0x4e00 + (letter.codePointAt(0)! % 5000)));
}
