// Pairwise similarity of two articles along the dimensions of SemEval-2022 Task 8 (entities, places, time,
// narrative, style, tone, overall), each in [0, 1] with the evidence behind it. Lexical only: character n-grams,
// stems, names, numbers and sentence alignment, combined per dimension by a linear model fitted to human scores
// (see similarity-model.ts and `src/eval/similarity-fit.ts`).
import type { Article } from '../model/article.ts';
import type { Analysis } from '../model/analysis.ts';
import type { SimilarityEvidence, SimilarityScores } from '../model/comparison.ts';
import type { DocumentFrequencies } from '../analyze/index.ts';
import { createLanguageToolbox } from '../analyze/language.ts';
import { alignSentences, type Alignment } from './align.ts';
import { extractQuotes } from './quotes/extract.ts';
import { SIMILARITY_CONFIG } from './similarity-config.ts';
import { articleFeatures, type ArticleFeatures } from './similarity-features.ts';
import { countWords, gramBag, gramWords, weightGrams, type GramFrequencies } from './similarity-grams.ts';
import { modelFeatures, predict, type PairEvidence } from './similarity-model.ts';
import { pairDots, type ArticleVectors, type PairDots } from './similarity-dots.ts';
import { hashString, sparseFromCounts, type SparseVector } from './sparse.ts';
import { buildViews, storyEntityKeys } from './story-view.ts';

export type SimilarityInput = { readonly article: Article; readonly analysis: Analysis };

/** Corpus statistics for weighting, per language; without them every term and gram weighs by its count alone. */
export type SimilarityCorpus = {
  readonly terms?: DocumentFrequencies;
  readonly grams?: GramFrequencies;
  readonly names?: GramFrequencies;
};

/** How much of two articles' sentences align with each other (from a story's sentence alignment). */
export type PairAlignment = { readonly share: number; readonly score: number };

export type SimilarityOptions = {
  readonly corpus?: SimilarityCorpus;
  /** When a comparison already aligned sentences; otherwise the pair is aligned on its own. */
  readonly alignment?: PairAlignment;
};

export type SimilarityResult = SimilarityScores & { readonly evidence: SimilarityEvidence };

const round = (value: number) => Math.round(value * 1000) / 1000;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** A bag of keys as a unit vector of square-rooted counts (so one name repeated does not dominate). */
function keyVector(bag: ReadonlyMap<string, number>): SparseVector {
  const counts = new Map<number, number>();
  for (const [key, count] of bag) {
    const id = hashString(key);
    counts.set(id, (counts.get(id) ?? 0) + Math.sqrt(count));
  }
  return sparseFromCounts(counts);
}

/** TF-IDF term vector, with each entry's term and raw count (in the vector's id order) for the evidence. */
type TermBag = { readonly vector: SparseVector; readonly names: readonly string[]; readonly counts: Float64Array };

function termBag(terms: Readonly<Record<string, number>>, frequencies?: DocumentFrequencies): TermBag {
  const keys = Object.keys(terms);
  const hashes = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) hashes[k] = hashString(keys[k]!);
  // Entries in hash order (collisions are merged into the first term's entry).
  const order = Array.from(keys.keys()).sort((x, y) => hashes[x]! - hashes[y]!);
  const ids: number[] = [];
  const weights: number[] = [];
  const names: string[] = [];
  const counts: number[] = [];
  let norm = 0;
  for (const k of order) {
    const term = keys[k]!;
    const tf = terms[term] ?? 0;
    if (tf <= 0) continue;
    const idf = frequencies === undefined ? 1 : Math.log((frequencies.documents + 1) / ((frequencies.counts.get(term) ?? 0) + 1)) + 1;
    const weight = (1 + Math.log(tf)) * idf;
    if (ids.length > 0 && ids[ids.length - 1] === hashes[k]) {
      weights[weights.length - 1]! += weight;
      counts[counts.length - 1]! += tf;
      continue;
    }
    ids.push(hashes[k]!);
    weights.push(weight);
    names.push(term);
    counts.push(tf);
  }
  for (const weight of weights) norm += weight * weight;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const values = Float64Array.from(weights);
  for (let k = 0; k < values.length; k++) values[k]! *= scale;
  return { vector: { ids: Int32Array.from(ids), values }, names, counts: Float64Array.from(counts) };
}

/** What the pairwise scores read, computed once per article (a story of n articles has n² / 2 pairs). */
export type SimilarityFeatures = ArticleFeatures & {
  readonly language: string | null;
  /** The vectors pairs are compared by: gram, term, entity, place and number vectors, by kind. */
  readonly vectors: ArticleVectors;
  readonly terms: TermBag;
};

/** `keyOf` unifies names across the compared articles ("Kerry" → "john kerry"); see `storyEntityKeys`. */
export function similarityFeatures(input: SimilarityInput, keyOf: (key: string) => string, corpus: SimilarityCorpus = {}): SimilarityFeatures {
  const features = articleFeatures(input.article, input.analysis, keyOf);
  const { grams } = SIMILARITY_CONFIG;
  const words = gramWords(`${input.article.title ?? ''}\n${input.article.text}`);
  const all = countWords(words);
  const gram = { size: grams.size, minWordLength: grams.minWordLength };
  const body = gramBag(all, { ...gram, sampleModulus: grams.bodySampleModulus });
  const lead = gramBag(countWords(words, grams.leadWords), gram);
  const title = gramBag(countWords(words, grams.titleWords), gram);
  const names = gramBag(all, { size: grams.nameSize, minWordLength: grams.minWordLength, capitalisedOnly: true });
  const terms = termBag(input.analysis.terms, corpus.terms);
  const vectors: ArticleVectors = {
    body: weightGrams(body, corpus.grams),
    lead: weightGrams(lead, corpus.grams),
    title: weightGrams(title, corpus.grams),
    names: weightGrams(names, corpus.names),
    terms: terms.vector,
    entities: keyVector(features.entities),
    places: keyVector(features.places),
    numbers: keyVector(features.numbers),
  };
  return {
    ...features,
    language: input.analysis.language,
    vectors,
    terms,
  };
}

function split<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, display: (key: string, value: T) => string) {
  const shared: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const limit = SIMILARITY_CONFIG.evidenceItems;
  for (const [key, value] of a) {
    const list = b.has(key) ? shared : onlyA;
    if (list.length < limit) list.push(display(key, value));
  }
  for (const [key, value] of b) if (onlyB.length < limit && !a.has(key)) onlyB.push(display(key, value));
  return { shared, only_a: onlyA, only_b: onlyB };
}

/** The `limit` shared terms most used by both articles together: one merge of the two bags, a bounded selection. */
function topSharedTerms(a: TermBag, b: TermBag, limit: number): string[] {
  const top: Array<{ term: string; count: number }> = [];
  const ai = a.vector.ids;
  const bi = b.vector.ids;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    if (ai[i]! < bi[j]!) i++;
    else if (ai[i]! > bi[j]!) j++;
    else {
      const total = a.counts[i]! + b.counts[j]!;
      const term = a.names[i]!;
      i++;
      j++;
      if (top.length === limit && total <= top[limit - 1]!.count) continue;
      let at = top.length < limit ? top.length : limit - 1;
      while (at > 0 && top[at - 1]!.count < total) at--;
      top.splice(at, 0, { term, count: total });
      if (top.length > limit) top.pop();
    }
  }
  return top.map((entry) => entry.term);
}

/** Closeness of two positive quantities on a log scale: 1 when equal, 0 at `span` orders of e apart. */
function ratioCloseness(x: number, y: number, span: number): number {
  if (x <= 0 && y <= 0) return 1;
  return clamp(1 - Math.abs(Math.log((x + 1) / (y + 1))) / span);
}

function timeCloseness(fa: ArticleFeatures, fb: ArticleFeatures): { score: number | null; shared: string[]; hours: number | null } {
  let hours: number | null = null;
  const parts: number[] = [];
  if (fa.published !== null && fb.published !== null) {
    hours = Math.abs(fa.published - fb.published) / 3_600_000;
    parts.push(Math.exp(-hours / SIMILARITY_CONFIG.timeDecayHours));
  }
  const shared: string[] = [];
  for (const date of fa.dates) if (fb.dates.has(date)) shared.push(date);
  if (fa.dates.size > 0 && fb.dates.size > 0) parts.push(shared.length / Math.min(fa.dates.size, fb.dates.size));
  return { score: parts.length === 0 ? null : parts.reduce((x, y) => x + y, 0) / parts.length, shared, hours: hours === null ? null : Math.round(hours) };
}

function styleCloseness(fa: ArticleFeatures, fb: ArticleFeatures): number {
  const { style } = SIMILARITY_CONFIG;
  return (
    style.length * ratioCloseness(fa.words, fb.words, style.lengthSpan) +
    style.sentence * ratioCloseness(fa.sentenceWords, fb.sentenceWords, style.sentenceSpan) +
    style.quotes * (1 - Math.abs(fa.quoteShare - fb.quoteShare))
  );
}

/**
 * The raw evidence of a pair: everything the model reads, each in [0, 1]. `dots` are the pair's cosines when a
 * comparison computed them for the whole story at once (see similarity-dots.ts).
 */
export function pairEvidence(fa: SimilarityFeatures, fb: SimilarityFeatures, alignment: PairAlignment, dots: PairDots = pairDots(fa.vectors, fb.vectors)): PairEvidence {
  const sameLanguage = fa.language === fb.language;
  return {
    body: dots.body,
    lead: dots.lead,
    title: dots.title,
    names: dots.names,
    terms: sameLanguage ? dots.terms : 0,
    entities: dots.entities,
    places: fa.places.size === 0 && fb.places.size === 0 ? 0 : dots.places,
    numbers: dots.numbers,
    sameLanguage: sameLanguage ? 1 : 0,
    alignedShare: alignment.share,
    alignedScore: alignment.score,
    time: timeCloseness(fa, fb).score ?? SIMILARITY_CONFIG.unknownTime,
    style: clamp(styleCloseness(fa, fb)),
  };
}

/** Aligns the sentences of two articles on their own (a comparison of a whole story passes its alignment instead). */
export function alignPair(a: SimilarityInput, b: SimilarityInput): PairAlignment {
  const views = buildViews([a.article, b.article], [a.analysis, b.analysis], createLanguageToolbox());
  const names = views.map((view) => extractQuotes(view.article, view.analysis).names);
  return pairAlignment(alignSentences(views, undefined, names), 0, 1);
}

/** Share of the sentences of articles `i` and `j` aligned with the other, and the mean score of those alignments. */
export function pairAlignment(alignment: Alignment, i: number, j: number): PairAlignment {
  let sentences = 0;
  let aligned = 0;
  let score = 0;
  for (const [from, to] of [[i, j], [j, i]] as const) {
    for (const matches of alignment.matches[from] ?? []) {
      sentences++;
      const match = matches.find((candidate) => candidate.article === to);
      if (match === undefined) continue;
      aligned++;
      score += match.score;
    }
  }
  return sentences === 0 ? { share: 0, score: 0 } : { share: aligned / sentences, score: score / sentences };
}

export function similarityDimensions(a: SimilarityInput, b: SimilarityInput, options: SimilarityOptions = {}): SimilarityResult {
  const keyOf = storyEntityKeys([a.analysis, b.analysis]);
  const fa = similarityFeatures(a, keyOf, options.corpus);
  const fb = similarityFeatures(b, keyOf, options.corpus);
  return scoreSimilarity(fa, fb, options.alignment ?? alignPair(a, b));
}

export function scoreSimilarity(fa: SimilarityFeatures, fb: SimilarityFeatures, alignment: PairAlignment, dots?: PairDots): SimilarityResult {
  const config = SIMILARITY_CONFIG;
  const evidenceOfPair = pairEvidence(fa, fb, alignment, dots);
  const features = modelFeatures(evidenceOfPair);
  const model = config.model;
  const scores = {
    overall: round(predict(model.overall, features)),
    entities: round(predict(model.entities, features)),
    places: round(predict(model.places, features)),
    time: round(predict(model.time, features)),
    narrative: round(predict(model.narrative, features)),
    style: round(predict(model.style, features)),
    tone: round(predict(model.tone, features)),
  };
  const time = timeCloseness(fa, fb);
  const numbers: string[] = [];
  for (const key of fa.numbers.keys()) if (numbers.length < config.evidenceItems && fb.numbers.has(key)) numbers.push(key);
  const evidence: SimilarityEvidence = {
    overall: `${Math.round(scores.overall * 100)}% alike: text ${round(evidenceOfPair.body)}, names ${round(evidenceOfPair.names)}, aligned sentences ${round(alignment.share)}`,
    entities: split(fa.entities, fb.entities, (key) => fa.names.get(key) ?? fb.names.get(key) ?? key),
    places: split(fa.places, fb.places, (key) => fa.names.get(key) ?? fb.names.get(key) ?? key),
    time: { shared_dates: time.shared.slice(0, config.evidenceItems), hours_apart: time.hours },
    narrative: {
      term_cosine: round(evidenceOfPair.terms),
      text_cosine: round(evidenceOfPair.body),
      aligned_share: round(alignment.share),
      shared_terms: topSharedTerms(fa.terms, fb.terms, config.evidenceItems),
      numbers,
    },
    style: { words: [fa.words, fb.words], sentence_words: [round(fa.sentenceWords), round(fb.sentenceWords)], quote_share: [round(fa.quoteShare), round(fb.quoteShare)] },
    tone: { emphasis: [round(fa.emphasis), round(fb.emphasis)], quote_share: [round(fa.quoteShare), round(fb.quoteShare)] },
  };
  return { ...scores, evidence };
}
