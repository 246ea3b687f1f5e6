// Sentence alignment across the articles of a story: which sentences of other outlets say the same thing.
// Candidates come from an inverted index over terms, names and numbers (like a search engine's postings), so a
// sentence is only scored against sentences that share something telling with it, never against all of them.
import { COMPARE_CONFIG, type CompareConfig } from './config.ts';
import { foldPhrase } from './phrases.ts';
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

/**
 * `names`, per article, the names compare found in each sentence (quotes/extract.ts): richer than the analysis's
 * entities, which keep a name only when it is repeated or in the lead, and what sentences in different languages are
 * matched by.
 */
export function alignSentences(
  views: readonly ArticleView[],
  config: CompareConfig = COMPARE_CONFIG,
  names: ReadonlyArray<ReadonlyArray<{ readonly sentence: number; readonly key: string }>> = [],
): Alignment {
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

  // Every sentence gets a global number (its id), in article order.
  const all: SentenceView[] = views.flatMap((view) => view.sentences);
  const termWeight = new Float64Array(all.length);
  all.forEach((sentence, id) => {
    let sum = 0;
    for (const term of sentence.terms) sum += weight(term);
    termWeight[id] = sum;
  });
  // Postings per kind of feature (terms, names, numbers), sentence ids ascending.
  const termPostings = new Map<string, number[]>();
  const entityPostings = new Map<string, number[]>();
  const numberPostings = new Map<number, number[]>();
  const add = <K>(postings: Map<K, number[]>, feature: K, id: number) => {
    const list = postings.get(feature);
    if (list === undefined) postings.set(feature, [id]);
    else list.push(id);
  };
  const articleOf = new Int32Array(all.length);
  all.forEach((sentence, id) => {
    articleOf[id] = sentence.article;
    for (const term of sentence.terms) add(termPostings, term, id);
    for (const key of sentence.entities) add(entityPostings, key, id);
    for (const value of sentence.numbers) add(numberPostings, value, id);
  });

  // Score-at-a-time accumulation over the postings (as a search engine ranks documents): only sentences sharing a
  // telling feature are touched. Features too common to tell anything are skipped when generating candidates and
  // added back exactly for the candidates found. The score is symmetric and so is the candidate set (a feature is
  // common or not for both sentences), so each pair is scored once, from its lower id, for both directions.
  const sharedTerms = new Float64Array(all.length);
  const sharedEntities = new Int32Array(all.length);
  const sharedNumbers = new Int32Array(all.length);
  const isTouched = new Uint8Array(all.length);
  const touched: number[] = [];
  const { terms: wt, entities: we, numbers: wn } = config.alignWeights;
  let scoredPairs = 0;
  // Best match of every sentence in every other article, in flat arrays indexed by sentence id × article.
  const articles = views.length;
  const best = createBestPerArticle(all.length, articles, articleOf);
  const languages = views.map((view) => view.analysis.language);
  const acrossLanguages = (a: number, b: number): boolean => languages[a] !== null && languages[b] !== null && languages[a] !== languages[b];
  all.forEach((sentence, id) => {
    const common: string[] = [];
    const own = sentence.article;
    /** Marks the sentences after this one, in other articles, on a posting list; false when the feature is too common. */
    const visit = (list: readonly number[]): boolean => {
      if (prune && list.length > maxPostings) return false;
      for (let k = list.length - 1; k >= 0; k--) {
        const other = list[k]!;
        if (other <= id) break;
        if (articleOf[other] === own) continue;
        if (isTouched[other] === 0) {
          isTouched[other] = 1;
          touched.push(other);
        }
      }
      return true;
    };
    for (const term of sentence.terms) {
      const list = termPostings.get(term)!;
      if (!visit(list)) {
        common.push(term);
        continue;
      }
      const amount = weight(term);
      for (let k = list.length - 1; k >= 0 && list[k]! > id; k--) sharedTerms[list[k]!]! += amount;
    }
    for (const key of sentence.entities) {
      const list = entityPostings.get(key)!;
      if (visit(list)) for (let k = list.length - 1; k >= 0 && list[k]! > id; k--) sharedEntities[list[k]!]!++;
    }
    for (const value of sentence.numbers) {
      const list = numberPostings.get(value)!;
      if (visit(list)) for (let k = list.length - 1; k >= 0 && list[k]! > id; k--) sharedNumbers[list[k]!]!++;
    }
    for (const other of touched) {
      let termShare = sharedTerms[other]!;
      const entities = sharedEntities[other]!;
      const numbers = sharedNumbers[other]!;
      sharedTerms[other] = 0;
      sharedEntities[other] = 0;
      sharedNumbers[other] = 0;
      isTouched[other] = 0;
      // Scored by offerAcrossLanguages: a word score that can never match would only dilute theirs.
      if (acrossLanguages(own, articleOf[other]!)) continue;
      scoredPairs += 2;
      const candidate = all[other]!;
      for (const term of common) if (candidate.terms.has(term)) termShare += weight(term);
      const sumWeights = termWeight[id]! + termWeight[other]!;
      let score = wt * (sumWeights === 0 ? 0 : (2 * termShare) / sumWeights);
      let totalWeight = wt;
      const entityUnion = sentence.entities.size + candidate.entities.size - entities;
      if (entityUnion > 0) {
        score += (we * entities) / entityUnion;
        totalWeight += we;
      }
      const numberUnion = sentence.numbers.size + candidate.numbers.size - numbers;
      if (numberUnion > 0) {
        score += (wn * numbers) / numberUnion;
        totalWeight += wn;
      }
      score /= totalWeight;
      if (score < config.alignThreshold) continue;
      best.offer(id, other, score);
      best.offer(other, id, score);
    }
    touched.length = 0;
  });

  offerSameWording(all, best);
  if (new Set(languages.filter((language) => language !== null)).size > 1) {
    scoredPairs += offerAcrossLanguages(all, namesBySentence(views, names), acrossLanguages, best, config);
  }

  // A pair is accepted when each is (nearly) the other's best, or when it is sure on its own. Matching is symmetric:
  // the other sentence gets this one as its counterpart too.
  const accepted = createBestPerArticle(all.length, articles, articleOf);
  for (let id = 0; id < all.length; id++) {
    for (let article = 0; article < articles; article++) {
      const slot = id * articles + article;
      const other = best.other[slot]!;
      if (other === -1) continue;
      const score = best.score[slot]!;
      const backSlot = other * articles + articleOf[id]!;
      const back = best.other[backSlot] === -1 ? Number.POSITIVE_INFINITY : best.score[backSlot]!;
      const sure = score >= config.alignSureThreshold && !acrossLanguages(articleOf[id]!, article);
      if (!sure && score < back - config.alignBestMargin) continue;
      accepted.offer(id, other, score);
      accepted.offer(other, id, score);
    }
  }
  let firstId = 0;
  const matches = views.map((view) => {
    const base = firstId;
    firstId += view.sentences.length;
    return view.sentences.map((_, position) => {
      const found: Match[] = [];
      const id = base + position;
      for (let article = 0; article < articles; article++) {
        const slot = id * articles + article;
        const other = accepted.other[slot]!;
        if (other !== -1) found.push({ article, index: all[other]!.index, score: accepted.score[slot]! });
      }
      return found.sort((x, y) => y.score - x.score || x.article - y.article);
    });
  });
  return { matches, weight, scoredPairs };
}

/** Each sentence's names (by global sentence id): the analysis's entities found in it and the names compare found. */
function namesBySentence(views: readonly ArticleView[], names: ReadonlyArray<ReadonlyArray<{ readonly sentence: number; readonly key: string }>>): Array<Set<string>> {
  const result: Array<Set<string>> = [];
  views.forEach((view, article) => {
    const base = result.length;
    const position = new Map(view.sentences.map((sentence, k) => [sentence.index, base + k]));
    for (const sentence of view.sentences) result.push(new Set(sentence.entities));
    for (const mention of names[article] ?? []) {
      const id = position.get(mention.sentence);
      if (id !== undefined) result[id]!.add(mention.key);
    }
  });
  return result;
}

/**
 * Sentences in different languages share no word, so they are matched by their names and numbers alone, scored by
 * the names' and numbers' overlap weighed as for any pair. With so little evidence such a pair is only accepted as
 * each other's best match (never as sure on its own): "En Arequipa, miles de vecinos…" is "Residents of Arequipa…",
 * not the other sentence that mentions Arequipa. Returns the number of pairs scored.
 */
function offerAcrossLanguages(
  all: readonly SentenceView[],
  names: ReadonlyArray<ReadonlySet<string>>,
  acrossLanguages: (a: number, b: number) => boolean,
  best: BestPerArticle,
  config: CompareConfig,
): number {
  const postings = new Map<string, number[]>();
  const features = all.map((sentence, id) => [...[...names[id]!].map((key) => `n ${key}`), ...[...sentence.numbers].map((value) => `# ${value}`)]);
  features.forEach((own, id) => {
    for (const feature of own) {
      const list = postings.get(feature);
      if (list === undefined) postings.set(feature, [id]);
      else list.push(id);
    }
  });
  const { entities: we, numbers: wn } = config.alignWeights;
  let scored = 0;
  all.forEach((sentence, id) => {
    const shared = new Map<number, { names: number; numbers: number }>();
    for (const feature of features[id]!) {
      for (const other of postings.get(feature)!) {
        if (other <= id || !acrossLanguages(sentence.article, all[other]!.article)) continue;
        const counts = shared.get(other) ?? { names: 0, numbers: 0 };
        if (feature.startsWith('n ')) counts.names++;
        else counts.numbers++;
        shared.set(other, counts);
      }
    }
    for (const [other, counts] of shared) {
      scored += 2;
      const candidate = all[other]!;
      let score = 0;
      let total = 0;
      const nameUnion = names[id]!.size + names[other]!.size - counts.names;
      if (nameUnion > 0) {
        score += (we * counts.names) / nameUnion;
        total += we;
      }
      const numberUnion = sentence.numbers.size + candidate.numbers.size - counts.numbers;
      if (numberUnion > 0) {
        score += (wn * counts.numbers) / numberUnion;
        total += wn;
      }
      score = total === 0 ? 0 : score / total;
      if (score < config.alignThreshold) continue;
      best.offer(id, other, score);
      best.offer(other, id, score);
    }
  });
  return scored;
}

/**
 * A sentence of function words alone ('"We want it the other way round."') has no term, name or number to be found
 * by, and was told as one outlet's own in every outlet that printed it: such sentences match by their wording.
 */
function offerSameWording(all: readonly SentenceView[], best: BestPerArticle): void {
  const byWording = new Map<string, number[]>();
  all.forEach((sentence, id) => {
    if (sentence.terms.size > 0 || sentence.entities.size > 0 || sentence.numbers.size > 0) return;
    const wording = foldPhrase(sentence.text);
    if (wording === '') return;
    const ids = byWording.get(wording);
    if (ids === undefined) byWording.set(wording, [id]);
    else ids.push(id);
  });
  for (const ids of byWording.values()) {
    for (const a of ids) for (const b of ids) if (all[a]!.article !== all[b]!.article) best.offer(a, b, 1);
  }
}

/** For each sentence and each article, the best-scoring sentence of that article offered so far (-1: none). */
type BestPerArticle = {
  /** Indexed by sentence id × article count + article. */
  readonly other: Int32Array;
  readonly score: Float64Array;
  offer(from: number, to: number, score: number): void;
};

function createBestPerArticle(sentences: number, articles: number, articleOf: Int32Array): BestPerArticle {
  const other = new Int32Array(sentences * articles).fill(-1);
  const score = new Float64Array(sentences * articles);
  return {
    other,
    score,
    offer(from, to, value) {
      const slot = from * articles + articleOf[to]!;
      if (other[slot] === -1 || value > score[slot]!) {
        other[slot] = to;
        score[slot] = value;
      }
    },
  };
}
