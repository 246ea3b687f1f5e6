// Article → Analysis: sentences, content terms, entities, numbers and dates, in one pass over the paragraphs.
import type { Article } from '../model/article.ts';
import type { Analysis, DateMention, EntityKind, NumberMention, Sentence } from '../model/analysis.ts';
import { DEFAULT_ANALYZE_CONFIG, type AnalyzeConfig } from './config.ts';
import { findCountryMentions, isCaselessWord } from './caseless-names.ts';
import { countryNames, type CountryNames } from './country-names.ts';
import { findCapitalisedMentions, kindFromCues, kindFromLexicon, mergeMentions, resolveOpeners, type EntityMention } from './entities.ts';
import { GenerationalCache } from './generational-cache.ts';
import { perLanguage } from '../per-language.ts';
import { createLanguageToolbox, type LanguageTools } from './language.ts';
import { foldDiacritics, normalizeWord, termOfNormalizedWord } from './normalize.ts';
import { findNumbersAndDates } from './numbers.ts';
import { createSegmenters, type Segmenters, type WordToken } from './segment.ts';
import { monthNamesIn } from './month-names.ts';
import { extractDateline } from '../clean/index.ts';

export type Analyzer = (article: Article) => Analysis;

const PARAGRAPH_SEPARATOR_LENGTH = 2;
/** A title counts as title-cased (every word capitalised, so capitals say nothing) above this share. */
const TITLE_CASE_SHARE = 0.6;

/** Configure once, analyse many: stemmers, stopwords and segmenters are built once per language. */
export function createAnalyzer(options: Partial<AnalyzeConfig> = {}): Analyzer {
  const config: AnalyzeConfig = { ...DEFAULT_ANALYZE_CONFIG, ...options };
  const toolsFor = createLanguageToolbox();
  const monthsFor = perLanguage(monthNamesIn);
  const segmentersFor = perLanguage((language) => {
    const months = monthsFor(language);
    return createSegmenters(language, (word) => months.has(word));
  });
  const countriesFor = perLanguage(countryNames);
  const wordsFor = perLanguage(() => new GenerationalCache<string, WordInfo>(WORD_CACHE_GENERATION));
  const termsFor = perLanguage(() => new GenerationalCache<string, string | null>(WORD_CACHE_GENERATION));
  return (article) => {
    const language = article.language ?? config.defaultLanguage;
    // compromise's lexicon is English.
    const kindOf = (key: string, text: string): EntityKind => {
      const cued = kindFromCues(key);
      return cued !== 'other' || language !== 'en' ? cued : kindFromLexicon(text);
    };
    return analyzeWith(article, {
      config, tools: toolsFor(language), segmenters: segmentersFor(language), kindOf, countries: countriesFor(language), months: monthsFor(language),
      words: wordsFor(language),
      terms: termsFor(language),
    });
  };
}

/** One-off analysis with default settings (tests, scripts); pipelines should hold one `createAnalyzer()`. */
export function analyzeArticle(article: Article, options: Partial<AnalyzeConfig> = {}): Analysis {
  return createAnalyzer(options)(article);
}

type Context = {
  readonly config: AnalyzeConfig;
  readonly tools: LanguageTools;
  readonly segmenters: Segmenters;
  readonly kindOf: (key: string, text: string) => EntityKind;
  /** Country names of the article's language, keyed by their English name. */
  readonly countries: CountryNames;
  /** Month names of the article's language (folded) and their numbers. */
  readonly months: ReadonlyMap<string, number>;
  /**
   * Word form → what analysis needs of it; stemming and folding dominate analysis time without it. Every word is
   * looked up here alone: a per-article map in front of it cost a lookup and an insertion per distinct word for
   * little (measured: analysis 2-3% faster without it).
   */
  readonly words: GenerationalCache<string, WordInfo>;
  /**
   * Normalised word (`normalizeWord`: lower case, NFC) → its content term. The word cache holds each written form
   * apart ("Police", "police", "POLICE"), and stemming was a fifth of analysis time, half of it spent on forms of a
   * word already stemmed (bench: 78,859 stems of 42,283 distinct words at 10k articles).
   */
  readonly terms: GenerationalCache<string, string | null>;
};

/** What analysis reads of one word form, computed once per language. */
type WordInfo = {
  /** Content term, or null for stopwords, numbers and short tokens. */
  readonly term: string | null;
  readonly capitalised: boolean;
  /** Written in a script without capitals (where `findCountryMentions` looks for names instead). */
  readonly caseless: boolean;
  /** Folded form (lower case, no diacritics): lower-case words tell sentence openers from names. */
  readonly folded: string;
  /** Month number when the folded form names a month. */
  readonly month: number | undefined;
};

/**
 * Words cached per language, per generation (see GenerationalCache): a week of news uses fewer common word forms
 * than this, and the names of past events leave instead of growing the cache with the stream.
 */
const WORD_CACHE_GENERATION = 50_000;

const UPPER_START = /^\p{Lu}/u;

function wordInfo(word: string, context: Context): WordInfo {
  return context.words.get(word) ?? newWordInfo(word, context);
}

function newWordInfo(word: string, context: Context): WordInfo {
  const term = termOf(word, context);
  const folded = foldDiacritics(word);
  const info: WordInfo = { term, capitalised: UPPER_START.test(word), caseless: isCaselessWord(word), folded, month: context.months.get(folded) };
  context.words.set(word, info);
  return info;
}

function termOf(word: string, context: Context): string | null {
  const normalized = normalizeWord(word);
  let term = context.terms.get(normalized);
  if (term === undefined) {
    term = termOfNormalizedWord(normalized, context.tools, context.config.minTermLength);
    context.terms.set(normalized, term);
  }
  return term;
}

function isTitleCased(words: readonly WordToken[]): boolean {
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word.text)).length;
  return capitalised / words.length > TITLE_CASE_SHARE;
}

/**
 * A record of counts by word with no prototype: in a plain object the word "constructor" reads as Object's
 * constructor function, and counting it gave a string that made every vector of the article NaN.
 */
export function countsByWord(from?: Readonly<Record<string, number>>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, from);
}

/** The index of the first word after the lede's dateline, -1 without one: that word is capitalised by position. */
function wordAfterDateline(lede: string, words: readonly WordToken[]): number {
  const dateline = extractDateline(lede);
  return dateline === null ? -1 : words.findIndex((word) => word.start >= dateline.length);
}

function analyzeWith(article: Article, context: Context): Analysis {
  const { config, tools, segmenters } = context;
  const sentences: Sentence[] = [];
  const terms = countsByWord();
  const mentions: EntityMention[] = [];
  const lowercaseWords = new Set<string>();
  const found: { numbers: NumberMention[]; dates: DateMention[] } = { numbers: [], dates: [] };
  /**
   * What the word cache holds of the words of the sentence (or title) being read, by index, filled as the loop looks
   * them up: name and date finding read it instead of testing and looking up each word again.
   */
  const wordInfos: WordInfo[] = [];
  const monthOf = (_word: string, index: number): number | undefined => wordInfos[index]!.month;
  const capitalisedAt = (index: number): boolean => wordInfos[index]!.capitalised;
  let wordCount = 0;
  let paragraphOffset = 0;

  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const located = article.text.indexOf(paragraph, paragraphOffset);
    const base = located >= 0 ? located : paragraphOffset;
    for (const span of segmenters.sentences(paragraph)) {
      const words = segmenters.words(span.text);
      const index = sentences.length;
      const sentenceTerms: string[] = [];
      let caseless = false;
      wordInfos.length = 0;
      for (const word of words) {
        const info = wordInfo(word.text, context);
        wordInfos.push(info);
        if (info.term !== null) {
          sentenceTerms.push(info.term);
          terms[info.term] = (terms[info.term] ?? 0) + 1;
        }
        if (!info.capitalised) lowercaseWords.add(info.folded);
        caseless ||= info.caseless;
      }
      wordCount += words.length;
      mentions.push(...findCapitalisedMentions(span.text, words, index, tools.stopwords, capitalisedAt, index === 0 ? wordAfterDateline(span.text, words) : -1));
      if (caseless) mentions.push(...findCountryMentions(span.text, words, index, context.countries));
      findNumbersAndDates(span.text, words, index, config.minNumberValue, found, monthOf);
      const start = base + span.start;
      sentences.push({ paragraph: paragraphIndex, index, text: span.text, start, end: start + span.text.length, terms: sentenceTerms });
    }
    paragraphOffset = base + paragraph.length + PARAGRAPH_SEPARATOR_LENGTH;
  });

  const titleTerms = countsByWord();
  const title = article.title ?? '';
  const titleWords = segmenters.words(title);
  let titleCaseless = false;
  wordInfos.length = 0;
  for (const word of titleWords) {
    const info = wordInfo(word.text, context);
    wordInfos.push(info);
    if (info.term !== null) titleTerms[info.term] = (titleTerms[info.term] ?? 0) + 1;
    titleCaseless ||= info.caseless;
  }
  if (!isTitleCased(titleWords)) mentions.push(...findCapitalisedMentions(title, titleWords, -1, tools.stopwords, capitalisedAt));
  if (titleCaseless) mentions.push(...findCountryMentions(title, titleWords, -1, context.countries));

  const { countries } = context;
  const keyed = resolveOpeners(mentions).map((mention) => {
    const country = countries.keyOf(mention.key);
    // A country's name is a name even where it opens a sentence ("Russland und die USA …").
    return country === undefined ? mention : { ...mention, key: country, initialSingle: false };
  });
  const entities = mergeMentions(keyed, {
    minMentions: config.minEntityMentions,
    leadSentences: config.leadSentences,
    lowercaseWords,
    kindOf: (key, text) => (countries.isCountry(key) ? 'place' : context.kindOf(key, text)),
  });

  return {
    article_id: article.id,
    language: tools.language,
    stemmed: tools.stem !== null,
    sentences,
    word_count: wordCount,
    terms,
    title_terms: titleTerms,
    entities,
    numbers: found.numbers,
    dates: found.dates,
  };
}
