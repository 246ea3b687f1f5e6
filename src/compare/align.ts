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
  const weight = (term: string) => Math.log((total + 1) / ((df.get(term) ?? 0) + 1)) + 1;
  const prune = total >= config.minSentencesForPruning;
  const maxPostings = Math.max(2, Math.floor(total * config.maxTermSentenceShare));

  // Postings: feature → sentences having it. Features: terms (t:), names (e:), numbers (n:).
  const postings = new Map<string, Array<SentenceView>>();
  const featuresOf = (sentence: SentenceView): string[] => [
    ...[...sentence.terms].map((term) => `t:${term}`),
    ...[...sentence.entities].map((key) => `e:${key}`),
    ...[...sentence.numbers].map((value) => `n:${value}`),
  ];
  for (const view of views) {
    for (const sentence of view.sentences) {
      for (const feature of featuresOf(sentence)) {
        const list = postings.get(feature);
        if (list === undefined) postings.set(feature, [sentence]);
        else list.push(sentence);
      }
    }
  }

  let scoredPairs = 0;
  const best = views.map((view) =>
    view.sentences.map((sentence) => {
      const candidates = new Set<SentenceView>();
      for (const feature of featuresOf(sentence)) {
        const list = postings.get(feature)!;
        // Very common features (the story's own topic words) would make every pair a candidate.
        if (prune && list.length > maxPostings) continue;
        for (const other of list) if (other.article !== sentence.article) candidates.add(other);
      }
      const byArticle = new Map<number, Match>();
      for (const other of candidates) {
        scoredPairs++;
        const score = scoreSentencePair(sentence, other, weight, config);
        if (score < config.alignThreshold) continue;
        const known = byArticle.get(other.article);
        if (known === undefined || score > known.score) byArticle.set(other.article, { article: other.article, index: other.index, score });
      }
      return byArticle;
    }),
  );
  // Competitive linking: a weaker pair counts only when each sentence is (nearly) the other's best match in that
  // article, so a sentence that merely shares the story's topic with another's counterpart is not matched.
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
