// What the clusterer compares: an article reduced to weighted vectors (body, title, names) and its numbers and time.
import type { Analysis } from '../model/analysis.ts';
import type { Article, ArticleId } from '../model/index.ts';
import { publicationSpan } from '../model/published.ts';
import { HONORIFICS, ORGANIZATION_CUES, PLACE_CUES } from '../analyze/vocabulary.ts';
import { GenerationalCache, inverseFrequencyOf, countsByWord } from '../analyze/index.ts';
import { addAndWeightGrams, addGramDocument, countWords, createGramFrequencies, gramBag, gramWords, weightGrams, type GramFrequencies } from '../compare/similarity-grams.ts';
import type { SparseVector } from '../compare/sparse.ts';
import { topKeys } from './story-state.ts';
import { termId, termIdCount, termIdEpoch, TermSums } from './term-vectors.ts';

export type ArticleSignal = {
  readonly id: ArticleId;
  readonly source: string | null;
  readonly language: string | null;
  readonly title: string | null;
  /**
   * When it was published, in milliseconds since the epoch (null when undated): `time` is the span's start, which the
   * stream's clock reads; `time_end` its end, the same instant for a timestamp and the day's end for a date without a
   * time, so "2025-08-20" is no hours apart from "2025-08-20T08:15Z" (model/published.ts).
   */
  readonly time: number | null;
  readonly time_end: number | null;
  readonly published_at: string | null;
  /** TF-IDF of body content terms, L2-normalised, trimmed to the strongest terms. */
  readonly body: ReadonlyMap<string, number>;
  /** TF-IDF of the title plus lead sentence (titles alone are too short to compare). */
  readonly title_vector: ReadonlyMap<string, number>;
  /** Name words (from entity keys), IDF-weighted and normalised: "john kerry" gives "john" and "kerry". */
  readonly entities: ReadonlyMap<string, number>;
  /** Name word → how the article writes the name, for explanations. */
  readonly entity_labels: ReadonlyMap<string, string>;
  /** Numbers and full dates as strings ("1200", "2013-08-09"). */
  readonly numbers: ReadonlySet<string>;
  /**
   * Character 4-grams of the weighted body terms: German compounds ("Küstenwache" ~ "Küste") and cognates
   * across languages ("Scheveningen", "surfer") match here when whole terms do not.
   */
  readonly grams: ReadonlyMap<string, number>;
  /**
   * Hashed character-gram TF-IDF vectors of the whole text (title included), as pairwise similarity
   * (src/compare/similarity-grams.ts) builds them: 4-grams of every word (a fixed sample of gram space), 4-grams of
   * the lead (title + first words), and 3-grams of capitalised words (names, comparable across languages).
   */
  readonly char_text: SparseVector;
  readonly char_lead: SparseVector;
  readonly char_names: SparseVector;
  /** Name words introduced in the title or the first two sentences: who and where the story is about. */
  readonly lead_names: ReadonlySet<string>;
  /** Years the text mentions (in dates or alone): the same kind of event in another year is another story. */
  readonly years: ReadonlySet<string>;
};

/**
 * Document frequencies the clusterer keeps as the corpus grows: terms, name words, and hashed character grams (4-grams
 * of all words, 3-grams of capitalised words). Terms and name words no article has used for a while are forgotten
 * (`forgetUnusedTerms`): a stream keeps meeting new names, and a table that only grows grows with the stream. Hashed
 * grams need no forgetting: a language's character grams run out long before a stream does.
 */
export type CorpusStats = {
  readonly terms: ForgettingFrequencies;
  readonly names: ForgettingFrequencies;
  readonly grams: GramFrequencies;
  readonly nameGrams: GramFrequencies;
  /** Documents counted since the last forgetting pass. */
  sinceForget: number;
};

/** What the clusterer keeps of a term or name word: its document count, the last forgetting pass it was used in, its word id. */
export type TermCount = {
  df: number;
  pass: number;
  /** Word id (src/cluster/term-vectors.ts) of the id table's `epoch`, so the term's vectors need no id lookup. */
  id: number;
  epoch: number;
};

/**
 * Document frequencies with forgetting: key → its `TermCount`. One lookup per key counts it, marks it used and finds
 * its word id, where a count map, a set of used keys and the word-id table took one each.
 */
export type ForgettingFrequencies = {
  documents: number;
  /** Forgetting passes so far: a count whose `pass` is older was not used since the last one. */
  pass: number;
  readonly counts: Map<string, TermCount>;
};

function createForgettingFrequencies(): ForgettingFrequencies {
  return { documents: 0, pass: 0, counts: new Map() };
}

export function createCorpusStats(): CorpusStats {
  return {
    terms: createForgettingFrequencies(),
    names: createForgettingFrequencies(),
    grams: createGramFrequencies(),
    nameGrams: createGramFrequencies(),
    sinceForget: 0,
  };
}

/** A counted key's word id in the current id table. */
function idOfCount(count: TermCount, key: string): number {
  if (count.epoch !== termIdEpoch()) {
    count.id = termId(key);
    count.epoch = termIdEpoch();
  }
  return count.id;
}

/** A term's word id: from its count when it has one. */
function idOfTerm(term: string, count: TermCount | undefined): number {
  return count === undefined ? termId(term) : idOfCount(count, term);
}

/**
 * Counts one document's distinct keys (given distinct) and notes them as used; returns each key's count, in the keys'
 * order, so the document's own vector needs no second lookup per key in the large table.
 */
function countDocument(frequencies: ForgettingFrequencies, distinct: readonly string[]): TermCount[] {
  frequencies.documents++;
  const { counts, pass } = frequencies;
  const documentCounts: TermCount[] = new Array(distinct.length);
  for (let k = 0; k < distinct.length; k++) {
    const key = distinct[k]!;
    let count = counts.get(key);
    if (count === undefined) {
      count = { df: 0, pass, id: 0, epoch: -1 };
      counts.set(key, count);
    }
    count.df++;
    count.pass = pass;
    documentCounts[k] = count;
  }
  return documentCounts;
}

/** Deletes the keys not used since the last pass; `documents` stays the count of every document seen. */
function forgetUnused(frequencies: ForgettingFrequencies): void {
  for (const [key, count] of frequencies.counts) if (count.pass !== frequencies.pass) frequencies.counts.delete(key);
  frequencies.pass++;
}

/**
 * Every `memory` documents, forgets the terms and name words no document used since the previous pass (so a word
 * leaves between `memory` and 2 × `memory` documents after its last use). A forgotten word that comes back counts
 * from 1 again: an IDF as if it were new, a small change for a word that rare.
 */
export function forgetUnusedTerms(stats: CorpusStats, memory: number): void {
  if (++stats.sinceForget < memory) return;
  stats.sinceForget = 0;
  forgetUnused(stats.terms);
  forgetUnused(stats.names);
}

/** Settings of the hashed character-gram vectors (see `ClusterConfig.charGrams`). */
export type CharGramOptions = {
  readonly size: number;
  readonly nameSize: number;
  readonly minWordLength: number;
  readonly leadWords: number;
  readonly textSampleModulus: number;
};

export type SignalOptions = {
  /** Body vector keeps this many strongest terms. */
  readonly maxBodyTerms: number;
  /** Title vector includes this many leading body sentences. */
  readonly leadSentences: number;
  /** Names mentioned fewer times (and not in the title/lead) are left out of the entity vector. */
  readonly maxEntities: number;
  /** Character grams come from this many strongest body terms. */
  readonly gramTerms: number;
  readonly charGrams: CharGramOptions;
  /** False to weigh an article already counted in `stats` (a second pass over a fixed corpus). */
  readonly count?: boolean;
};

/** Names first seen up to this sentence index (-1 = title) are lead names. */
const LEAD_NAME_SENTENCE = 1;

/** Words that type a name rather than identify it ("Bank" of "Bank of Norland" and "Estmark National Bank"). */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([...ORGANIZATION_CUES, ...PLACE_CUES, ...HONORIFICS, 'national', 'central', 'new']);

const STOP_NAME_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'von', 'van', 'der', 'al', 'el']);

/** Heavier first, ties by key: the order vectors are trimmed and ranked in. */
function ranksBefore(keys: readonly string[], weights: ArrayLike<number>, x: number, y: number): number {
  return weights[y]! - weights[x]! || (keys[x]! < keys[y]! ? -1 : 1);
}

/**
 * A body or lead vector: TF-IDF of term counts (as `weightTerms`: same terms, order and weights); past `keep` terms,
 * the strongest, renormalised, heaviest first (ties by key). Built in arrays, not maps: an article's terms would
 * otherwise pass through two maps and an array of entries on their way to the signal. `terms` are `counts`' keys in
 * its order (`Object.keys`): the body's are listed once for counting and weighing, where a second enumeration of a
 * record of a few hundred keys showed in the profile. `known` holds the terms' document counts in that order when
 * the caller has just counted them (`countDocument`).
 */
function termVector(
  counts: Readonly<Record<string, number>>,
  terms: readonly string[],
  frequencies: ForgettingFrequencies,
  keep: number,
  known?: readonly TermCount[],
): TermSums {
  const keys: string[] = [];
  const counted: Array<TermCount | undefined> = [];
  const weights: number[] = [];
  let norm = 0;
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index]!;
    const tf = counts[term] ?? 0;
    if (tf <= 0) continue;
    const count = known === undefined ? frequencies.counts.get(term) : known[index]!;
    const weight = (1 + Math.log(tf)) * inverseFrequencyOf(frequencies.documents, count?.df ?? 0);
    keys.push(term);
    counted.push(count);
    weights.push(weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  if (length > 0) for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / length;
  // Word ids of the kept terms only: a term trimmed away needs none.
  if (keys.length <= keep) return keptTerms(keys, counted, weights, Array.from(keys, (_, k) => k), 1);
  const strongest = Array.from(keys, (_, k) => k)
    .sort((x, y) => ranksBefore(keys, weights, x, y))
    .slice(0, keep);
  let kept = 0;
  for (const k of strongest) kept += weights[k]! * weights[k]!;
  return keptTerms(keys, counted, weights, strongest, Math.sqrt(kept));
}

/** The vector of the terms at `kept` (in that order), their weights divided by `root`, built in its own arrays. */
function keptTerms(keys: readonly string[], counted: ReadonlyArray<TermCount | undefined>, weights: readonly number[], kept: readonly number[], root: number): TermSums {
  const size = kept.length;
  const ids = new Int32Array(Math.max(1, size));
  const values = new Float64Array(Math.max(1, size));
  const terms: string[] = [];
  for (let k = 0; k < size; k++) {
    const at = kept[k]!;
    terms.push(keys[at]!);
    ids[k] = idOfTerm(keys[at]!, counted[at]);
    // Division by 1 (the untrimmed vector's root) leaves a weight as it is.
    values[k] = weights[at]! / root;
  }
  return TermSums.adopt(terms, ids, values);
}

const GRAM_LENGTH = 4;

/**
 * Term → its padded 4-grams ("^ker", "kerr", "erry", "rry$"), cut once per term: terms recur from article to
 * article, and the same gram strings (their hashes computed once) make every later map lookup cheaper. Terms no
 * article has used for a generation leave the cache; all leave when the word-id table starts over (their ids).
 */
const termGrams = new GenerationalCache<string, TermGrams>(50_000);
let termGramsEpoch = termIdEpoch();

/** A term's grams and their word ids (src/cluster/term-vectors.ts), so a gram vector needs no id lookups. */
type TermGrams = { readonly grams: readonly string[]; readonly ids: Int32Array };

function gramsOfTerm(term: string): TermGrams {
  if (termGramsEpoch !== termIdEpoch()) {
    termGrams.clear();
    termGramsEpoch = termIdEpoch();
  }
  let cached = termGrams.get(term);
  if (cached === undefined) {
    const padded = `^${term}$`;
    const grams: string[] = [];
    for (let i = 0; i + GRAM_LENGTH <= padded.length; i++) grams.push(padded.slice(i, i + GRAM_LENGTH));
    // A loop, not `Int32Array.from(grams, termId)`: its mapping form goes through the iterator protocol per gram.
    const ids = new Int32Array(grams.length);
    for (let k = 0; k < grams.length; k++) ids[k] = termId(grams[k]!);
    cached = { grams, ids };
    termGrams.set(term, cached);
  }
  return cached;
}

/** Place of a gram (by word id) in the vector being built, plus one; 0 = not in it. Cleared after each vector. */
let gramPlaces = new Int32Array(1 << 16);
/** Word ids and summed weights of the gram vector being built (reused: one vector at a time). */
let gramIds = new Int32Array(1024);
let gramWeights = new Float64Array(1024);

function characterGrams(body: ReadonlyMap<string, number>, terms: number): TermSums {
  // All terms in the body's order, or the strongest heaviest first (ties by key); cut first, so every id exists.
  let chosen: string[] = [];
  const chosenWeights: number[] = [];
  if (body.size > terms) chosen = topKeys(body, terms, chosenWeights);
  else {
    body.forEach((weight, term) => {
      chosen.push(term);
      chosenWeights.push(weight);
    });
  }
  const cuts = chosen.map(gramsOfTerm);
  let most = 0;
  for (const cut of cuts) most += cut.grams.length;
  if (gramIds.length < most) {
    gramIds = new Int32Array(most * 2);
    gramWeights = new Float64Array(most * 2);
  }
  if (gramPlaces.length < termIdCount()) gramPlaces = new Int32Array(Math.max(termIdCount(), gramPlaces.length * 2));
  const places = gramPlaces;
  const ids = gramIds;
  const weights = gramWeights;
  const keys: string[] = [];
  // Sums by word id in first-seen order: the sums and order a map keyed by the gram strings gave.
  for (let t = 0; t < cuts.length; t++) {
    const cut = cuts[t]!;
    const weight = chosenWeights[t]!;
    for (let k = 0; k < cut.grams.length; k++) {
      const id = cut.ids[k]!;
      const place = places[id]!;
      if (place === 0) {
        ids[keys.length] = id;
        weights[keys.length] = 0 + weight;
        places[id] = keys.push(cut.grams[k]!);
      } else weights[place - 1] = weights[place - 1]! + weight;
    }
  }
  const size = keys.length;
  for (let k = 0; k < size; k++) places[ids[k]!] = 0;
  let norm = 0;
  for (let k = 0; k < size; k++) norm += weights[k]! * weights[k]!;
  const root = Math.sqrt(norm);
  if (root > 0) for (let k = 0; k < size; k++) weights[k] = weights[k]! / root;
  return TermSums.adopt(keys, ids.slice(0, Math.max(1, size)), weights.slice(0, Math.max(1, size)));
}

/** Counts the article in the corpus statistics, then weighs it against them (so its own terms are never unseen). */
export function toSignal(article: Article, analysis: Analysis, stats: CorpusStats, options: SignalOptions): ArticleSignal {
  const count = options.count ?? true;
  const published = publicationSpan(article.published_at);
  const terms = Object.keys(analysis.terms);
  const termDocuments = count ? countDocument(stats.terms, terms) : undefined;
  const lead = countsByWord(analysis.title_terms);
  for (const sentence of analysis.sentences.slice(0, options.leadSentences)) for (const term of sentence.terms) lead[term] = (lead[term] ?? 0) + 1;
  const nameCounts = countsByWord();
  const labels = new Map<string, string>();
  const leadNames = new Set<string>();
  for (const entity of analysis.entities.slice(0, options.maxEntities)) {
    for (const word of entity.key.split(' ')) {
      if (word.length < 2 || STOP_NAME_WORDS.has(word) || GENERIC_NAME_WORDS.has(word)) continue;
      if (entity.first_sentence <= LEAD_NAME_SENTENCE) leadNames.add(word);
      nameCounts[word] = (nameCounts[word] ?? 0) + entity.count;
      // Label a name word by the fullest name it appears in ("kerry" → "John Kerry").
      if ((labels.get(word)?.length ?? 0) < entity.text.length) labels.set(word, entity.text);
    }
  }
  const nameWords = Object.keys(nameCounts);
  const nameDocuments = count ? countDocument(stats.names, nameWords) : undefined;
  const entities = new Map<string, number>();
  const entityIds = new Int32Array(nameWords.length);
  let norm = 0;
  for (let k = 0; k < nameWords.length; k++) {
    const word = nameWords[k]!;
    const counted = nameDocuments === undefined ? stats.names.counts.get(word) : nameDocuments[k]!;
    const weight = (1 + Math.log(nameCounts[word]!)) * inverseFrequencyOf(stats.names.documents, counted?.df ?? 0);
    entities.set(word, weight);
    entityIds[k] = idOfTerm(word, counted);
    norm += weight * weight;
  }
  for (const [word, weight] of entities) entities.set(word, weight / Math.sqrt(norm));
  const numbers = new Set<string>();
  for (const number of analysis.numbers) numbers.add(String(number.value));
  const years = new Set<string>();
  for (const date of analysis.dates) {
    if (date.normalized.length >= 10) numbers.add(date.normalized);
    if (/^\d{4}/u.test(date.normalized)) years.add(date.normalized.slice(0, 4));
  }
  const body = termVector(analysis.terms, terms, stats.terms, options.maxBodyTerms, termDocuments);
  const char = options.charGrams;
  const words = gramWords(`${article.title ?? ''}\n${article.text}`);
  const wordCounts = countWords(words);
  const gram = { size: char.size, minWordLength: char.minWordLength };
  // Frequencies count the sampled text bag plus the lead's grams outside the sample, so both vectors find their IDF.
  const textBag = gramBag(wordCounts, { ...gram, sampleModulus: char.textSampleModulus });
  const leadBag = gramBag(countWords(words, char.leadWords), gram);
  const nameBag = gramBag(wordCounts, { size: char.nameSize, minWordLength: char.minWordLength, capitalisedOnly: true });
  const [charText, charLead] = count ? addAndWeightGrams(stats.grams, textBag, leadBag) : [weightGrams(textBag, stats.grams), weightGrams(leadBag, stats.grams)];
  if (count) addGramDocument(stats.nameGrams, nameBag);
  const charNames = weightGrams(nameBag, stats.nameGrams);
  return {
    id: article.id,
    source: article.source,
    language: analysis.language,
    title: article.title,
    time: published?.start ?? null,
    time_end: published?.end ?? null,
    published_at: article.published_at,
    body,
    grams: characterGrams(body, options.gramTerms),
    char_text: charText,
    char_lead: charLead,
    char_names: charNames,
    title_vector: termVector(lead, Object.keys(lead), stats.terms, Infinity),
    entities: TermSums.of(entities, entityIds),
    entity_labels: labels,
    numbers,
    lead_names: leadNames,
    years,
  };
}
