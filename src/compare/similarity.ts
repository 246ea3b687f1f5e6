// Pairwise similarity of two articles along the dimensions of SemEval-2022 Task 8 (entities, places, time,
// narrative, style, tone, overall), each in [0, 1] with the evidence behind it. Lexical only: shared names and
// numbers carry across languages, shared words only within one.
import type { Article } from '../model/article.ts';
import type { Analysis } from '../model/analysis.ts';
import type { SimilarityEvidence, SimilarityScores } from '../model/comparison.ts';
import { dot, normalizeVector, weightTerms, type DocumentFrequencies } from '../analyze/index.ts';
import { SIMILARITY_CONFIG } from './similarity-config.ts';
import { articleFeatures, type ArticleFeatures } from './similarity-features.ts';
import { storyEntityKeys } from './story-view.ts';

export type SimilarityInput = { readonly article: Article; readonly analysis: Analysis };

export type SimilarityOptions = {
  /** Corpus document frequencies for TF-IDF; without them terms are weighted by frequency alone. */
  readonly frequencies?: DocumentFrequencies;
  /** Share of the two articles' sentences aligned with each other, when a comparison computed it. */
  readonly alignedShare?: number;
};

export type SimilarityResult = SimilarityScores & { readonly evidence: SimilarityEvidence };

const round = (value: number) => Math.round(value * 1000) / 1000;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** A bag of keys as a unit vector of square-rooted counts (so one name repeated does not dominate). */
function unitVector(bag: ReadonlyMap<string, number> | Readonly<Record<string, number>>): Map<string, number> {
  const entries = bag instanceof Map ? [...bag] : Object.entries(bag);
  return normalizeVector(new Map(entries.map(([key, count]) => [key, Math.sqrt(count)])));
}

/** What the pairwise scores read, computed once per article (a story of n articles has n² / 2 pairs). */
export type SimilarityFeatures = ArticleFeatures & {
  readonly language: string | null;
  readonly terms: Readonly<Record<string, number>>;
  readonly termVector: ReadonlyMap<string, number>;
  readonly entityVector: ReadonlyMap<string, number>;
  readonly placeVector: ReadonlyMap<string, number>;
  readonly numberVector: ReadonlyMap<string, number>;
};

/** `keyOf` unifies names across the compared articles ("Kerry" → "john kerry"); see `storyEntityKeys`. */
export function similarityFeatures(input: SimilarityInput, keyOf: (key: string) => string, frequencies?: DocumentFrequencies): SimilarityFeatures {
  const features = articleFeatures(input.article, input.analysis, keyOf);
  return {
    ...features,
    language: input.analysis.language,
    terms: input.analysis.terms,
    termVector: frequencies === undefined ? unitVector(input.analysis.terms) : weightTerms(input.analysis.terms, frequencies),
    entityVector: unitVector(features.entities),
    placeVector: unitVector(features.places),
    numberVector: unitVector(features.numbers),
  };
}

function split<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, display: (key: string, value: T) => string) {
  const shared: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  for (const [key, value] of a) (b.has(key) ? shared : onlyA).push(display(key, value));
  for (const [key, value] of b) if (!a.has(key)) onlyB.push(display(key, value));
  const limit = SIMILARITY_CONFIG.evidenceItems;
  return { shared: shared.slice(0, limit), only_a: onlyA.slice(0, limit), only_b: onlyB.slice(0, limit) };
}

/** Closeness of two positive quantities on a log scale: 1 when equal, 0 at `span` orders of e apart. */
function ratioCloseness(x: number, y: number, span: number): number {
  if (x <= 0 && y <= 0) return 1;
  return clamp(1 - Math.abs(Math.log((x + 1) / (y + 1))) / span);
}

function timeScore(fa: ArticleFeatures, fb: ArticleFeatures): { score: number | null; shared: string[]; hours: number | null } {
  let hours: number | null = null;
  const parts: number[] = [];
  if (fa.published !== null && fb.published !== null) {
    hours = Math.abs(fa.published - fb.published) / 3_600_000;
    parts.push(Math.exp(-hours / SIMILARITY_CONFIG.timeDecayHours));
  }
  const shared = [...fa.dates].filter((date) => fb.dates.has(date));
  if (fa.dates.size > 0 && fb.dates.size > 0) parts.push(shared.length / Math.min(fa.dates.size, fb.dates.size));
  return { score: parts.length === 0 ? null : parts.reduce((x, y) => x + y, 0) / parts.length, shared, hours: hours === null ? null : Math.round(hours) };
}

export function similarityDimensions(a: SimilarityInput, b: SimilarityInput, options: SimilarityOptions = {}): SimilarityResult {
  const keyOf = storyEntityKeys([a.analysis, b.analysis]);
  return scoreSimilarity(similarityFeatures(a, keyOf, options.frequencies), similarityFeatures(b, keyOf, options.frequencies), options);
}

export function scoreSimilarity(fa: SimilarityFeatures, fb: SimilarityFeatures, options: Pick<SimilarityOptions, 'alignedShare'> = {}): SimilarityResult {
  const config = SIMILARITY_CONFIG;
  const sameLanguage = fa.language === fb.language;

  const entityScore = dot(fa.entityVector, fb.entityVector);
  const placeScore = fa.places.size === 0 && fb.places.size === 0 ? null : dot(fa.placeVector, fb.placeVector);
  const numberScore = dot(fa.numberVector, fb.numberVector);
  const termCosine = sameLanguage ? dot(fa.termVector, fb.termVector) : null;
  // Across languages only names and numbers can be compared.
  const lexical = termCosine ?? (config.crossLingual.entities * entityScore + config.crossLingual.numbers * numberScore);
  const narrativeRaw = options.alignedShare === undefined ? lexical : config.narrative.lexical * lexical + config.narrative.aligned * options.alignedShare;
  const narrative = clamp(narrativeRaw * config.narrativeScale) ** config.narrativePower;
  const content = clamp((narrative + entityScore) / 2);

  const time = timeScore(fa, fb);
  const timeValue = time.score === null ? content : config.time.evidence * time.score + (1 - config.time.evidence) * content;
  const placesValue = placeScore === null ? entityScore : config.places.evidence * placeScore + (1 - config.places.evidence) * entityScore;

  const style =
    config.style.length * ratioCloseness(fa.words, fb.words, config.style.lengthSpan) +
    config.style.sentence * ratioCloseness(fa.sentenceWords, fb.sentenceWords, config.style.sentenceSpan) +
    config.style.quotes * (1 - Math.abs(fa.quoteShare - fb.quoteShare)) +
    config.style.language * (sameLanguage ? 1 : 0);
  const tone =
    config.tone.emphasis * (1 - Math.min(1, Math.abs(fa.emphasis - fb.emphasis) * config.tone.emphasisScale)) +
    config.tone.quotes * (1 - Math.abs(fa.quoteShare - fb.quoteShare)) +
    config.tone.content * content;

  const w = config.overall;
  const overall = clamp(w.narrative * narrative + w.entities * entityScore + w.places * placesValue + w.time * timeValue + w.style * style);

  const scores = {
    overall: round(overall),
    entities: round(entityScore),
    places: round(placesValue),
    time: round(timeValue),
    narrative: round(narrative),
    style: round(clamp(style)),
    tone: round(clamp(tone)),
  };
  const sharedTerms = Object.keys(fa.terms)
    .filter((term) => fb.terms[term] !== undefined)
    .sort((x, y) => (fb.terms[y] ?? 0) + (fa.terms[y] ?? 0) - (fb.terms[x] ?? 0) - (fa.terms[x] ?? 0))
    .slice(0, config.evidenceItems);
  const evidence: SimilarityEvidence = {
    overall: `${Math.round(overall * 100)}% alike: narrative ${scores.narrative}, entities ${scores.entities}, places ${scores.places}, time ${scores.time}`,
    entities: split(fa.entities, fb.entities, (key) => fa.names.get(key) ?? fb.names.get(key) ?? key),
    places: split(fa.places, fb.places, (key) => fa.names.get(key) ?? fb.names.get(key) ?? key),
    time: { shared_dates: time.shared.slice(0, config.evidenceItems), hours_apart: time.hours },
    narrative: {
      term_cosine: round(termCosine ?? 0),
      shared_terms: sharedTerms,
      numbers: [...fa.numbers.keys()].filter((key) => fb.numbers.has(key)).slice(0, config.evidenceItems),
    },
    style: { words: [fa.words, fb.words], sentence_words: [round(fa.sentenceWords), round(fb.sentenceWords)], quote_share: [round(fa.quoteShare), round(fb.quoteShare)] },
    tone: { emphasis: [round(fa.emphasis), round(fb.emphasis)], quote_share: [round(fa.quoteShare), round(fb.quoteShare)] },
  };
  return { ...scores, evidence };
}
