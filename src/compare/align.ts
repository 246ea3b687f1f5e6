// Sentence alignment across the articles of a story: which sentences of other outlets say the same thing.
// Candidates come from an inverted index over terms, names and numbers (like a search engine's postings), so a
// sentence is only scored against sentences that share something telling with it, never against all of them.
import { COMPARE_CONFIG, type CompareConfig } from './config.ts';
import type { ArticleView, SentenceView } from './story-view.ts';

export type Match = { readonly article: number; readonly index: number; readonly score: number };

export type Alignment = {
  /** Per article, per sentence: the best match in each other article at or above the threshold, best first. */
  readonly matches: ReadonlyArray<ReadonlyArray<readonly Match[]>>;
  /** Inverse sentence frequency of each term over the story (how telling a shared word is). */
  readonly weight: (term: string) => number;
  /** How many candidate pairs were scored (the pruning's effect, for the benchmark). */
  readonly scoredPairs: number;
};

/** Story-level document frequencies over sentences: a word in every sentence says little. */
function sentenceFrequencies(views: readonly ArticleView[]): { df: Map<string, number>; total: number } {
  const df = new Map<string, number>();
  let total = 0;
  for (const view of views) {
    for (const sentence of view.sentences) {
      total++;
      for (const term of sentence.terms) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return { df, total };
}

function weightedDice(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (term: string) => number): number {
  let shared = 0;
  let sumA = 0;
  let sumB = 0;
  for (const term of a) {
    const w = weight(term);
    sumA += w;
    if (b.has(term)) shared += w;
  }
  for (const term of b) sumB += weight(term);
  return sumA + sumB === 0 ? 0 : (2 * shared) / (sumA + sumB);
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number | null {
  if (a.size === 0 && b.size === 0) return null;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Weighted words, names and numbers; a kind of evidence neither sentence has drops out rather than counting as 0. */
export function scoreSentencePair(a: SentenceView, b: SentenceView, weight: (term: string) => number, config: CompareConfig = COMPARE_CONFIG): number {
  const { terms: wt, entities: we, numbers: wn } = config.alignWeights;
  let score = wt * weightedDice(a.terms, b.terms, weight);
  let total = wt;
  const entities = jaccard(a.entities, b.entities);
  if (entities !== null) {
    score += we * entities;
    total += we;
  }
  const numbers = jaccard(a.numbers, b.numbers);
  if (numbers !== null) {
    score += wn * numbers;
    total += wn;
  }
  return score / total;
}

export function alignSentences(views: readonly ArticleView[], config: CompareConfig = COMPARE_CONFIG): Alignment {
  const { df, total } = sentenceFrequencies(views);
  const weightCache = new Map<string, number>();
  const weight = (term: string) => {
    let w = weightCache.get(term);
    if (w === undefined) {
      w = Math.log((total + 1) / ((df.get(term) ?? 0) + 1)) + 1;
      weightCache.set(term, w);
    }
    return w;
  };
  const prune = total >= config.minSentencesForPruning;
  const maxPostings = Math.max(2, Math.floor(total * config.maxTermSentenceShare));

  // Every sentence gets a global number; postings list them per feature: terms (t:), names (e:), numbers (n:).
  const all: SentenceView[] = views.flatMap((view) => view.sentences);
  const termWeight = new Float64Array(all.length);
  all.forEach((sentence, id) => {
    let sum = 0;
    for (const term of sentence.terms) sum += weight(term);
    termWeight[id] = sum;
  });
  const postings = new Map<string, number[]>();
  const add = (feature: string, id: number) => {
    const list = postings.get(feature);
    if (list === undefined) postings.set(feature, [id]);
    else list.push(id);
  };
  all.forEach((sentence, id) => {
    for (const term of sentence.terms) add(`t:${term}`, id);
    for (const key of sentence.entities) add(`e:${key}`, id);
    for (const value of sentence.numbers) add(`n:${value}`, id);
  });

  // Score-at-a-time accumulation over the postings (as a search engine ranks documents): only sentences sharing a
  // telling feature are touched. Features too common to tell anything are skipped when generating candidates and
  // added back exactly for the candidates found.
  const sharedTerms = new Float64Array(all.length);
  const sharedEntities = new Int32Array(all.length);
  const sharedNumbers = new Int32Array(all.length);
  const touched: number[] = [];
  const { terms: wt, entities: we, numbers: wn } = config.alignWeights;
  let scoredPairs = 0;
  const best = views.map((view) => view.sentences.map(() => new Map<number, Match>()));
  all.forEach((sentence, id) => {
    const common: string[] = [];
    const visit = (feature: string, kind: 0 | 1 | 2, amount: number) => {
      const list = postings.get(feature)!;
      if (prune && list.length > maxPostings) {
        if (kind === 0) common.push(feature.slice(2));
        return;
      }
      for (const other of list) {
        if (all[other]!.article === sentence.article) continue;
        if (sharedTerms[other] === 0 && sharedEntities[other] === 0 && sharedNumbers[other] === 0) touched.push(other);
        if (kind === 0) sharedTerms[other]! += amount;
        else if (kind === 1) sharedEntities[other]!++;
        else sharedNumbers[other]!++;
      }
    };
    for (const term of sentence.terms) visit(`t:${term}`, 0, weight(term));
    for (const key of sentence.entities) visit(`e:${key}`, 1, 1);
    for (const value of sentence.numbers) visit(`n:${value}`, 2, 1);
    const byArticle = best[sentence.article]![sentence.index]!;
    for (const other of touched) {
      scoredPairs++;
      const candidate = all[other]!;
      let termShare = sharedTerms[other]!;
      for (const term of common) if (candidate.terms.has(term)) termShare += weight(term);
      const sumWeights = termWeight[id]! + termWeight[other]!;
      let score = wt * (sumWeights === 0 ? 0 : (2 * termShare) / sumWeights);
      let totalWeight = wt;
      const entityUnion = sentence.entities.size + candidate.entities.size - sharedEntities[other]!;
      if (entityUnion > 0) {
        score += (we * sharedEntities[other]!) / entityUnion;
        totalWeight += we;
      }
      const numberUnion = sentence.numbers.size + candidate.numbers.size - sharedNumbers[other]!;
      if (numberUnion > 0) {
        score += (wn * sharedNumbers[other]!) / numberUnion;
        totalWeight += wn;
      }
      score /= totalWeight;
      sharedTerms[other] = 0;
      sharedEntities[other] = 0;
      sharedNumbers[other] = 0;
      if (score < config.alignThreshold) continue;
      const known = byArticle.get(candidate.article);
      if (known === undefined || score > known.score) byArticle.set(candidate.article, { article: candidate.article, index: candidate.index, score });
    }
    touched.length = 0;
  });

  const accepted = views.map((view) => view.sentences.map(() => new Map<number, Match>()));
  const accept = (article: number, index: number, match: Match) => {
    const known = accepted[article]![index]!.get(match.article);
    if (known === undefined || match.score > known.score) accepted[article]![index]!.set(match.article, match);
  };
  best.forEach((sentences, article) =>
    sentences.forEach((byArticle, index) => {
      for (const match of byArticle.values()) {
        const back = best[match.article]?.[match.index]?.get(article);
        const sure = match.score >= config.alignSureThreshold;
        if (!sure && (back === undefined || match.score < back.score - config.alignBestMargin)) continue;
        // Matching is symmetric: the other sentence gets this one as its counterpart too.
        accept(article, index, match);
        accept(match.article, match.index, { article, index, score: match.score });
      }
    }),
  );
  const matches = accepted.map((sentences) => sentences.map((byArticle) => [...byArticle.values()].sort((x, y) => y.score - x.score || x.article - y.article)));
  return { matches, weight, scoredPairs };
}
