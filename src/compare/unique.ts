// Outlet-unique facts: sentences no other outlet reports, and shared sentences that add names, numbers or words
// the others lack, ranked by how much new information they carry.
import type { NumberMention } from '../model/analysis.ts';
import type { OutletUniqueFacts, SentenceStatus, UniqueFact } from '../model/comparison.ts';
import { latinFold } from '../analyze/index.ts';
import { countWords, extractDateline } from '../clean/index.ts';
import { clocksIn, withAttachedUnit, type Clock } from './figures.ts';
import { foldPhrase, type StoryPhrases } from './phrases.ts';
import { COMPARE_CONFIG, type CompareConfig } from './config.ts';
import type { Match } from './align.ts';
import { ENDS_SENTENCE, type NameMention } from './quotes/extract.ts';
import type { ArticleView, SentenceView } from './story-view.ts';
import { termedWords } from './terms.ts';

/** What one article adds, sentence by sentence, given what the other articles say. */
export type FactInputs = {
  readonly views: readonly ArticleView[];
  readonly phrases: StoryPhrases;
  readonly names: ReadonlyArray<readonly NameMention[]>;
  readonly statuses: ReadonlyArray<readonly SentenceStatus[]>;
  /** Per article, per sentence: the sentences of other articles that tell the same (as `statuses` counts them). */
  readonly matches: ReadonlyArray<ReadonlyArray<readonly Match[]>>;
  /** Per article, the runs of sentences one quotation spans within a paragraph (Quote.passages). */
  readonly quotations?: ReadonlyArray<ReadonlyArray<readonly number[]>>;
};

/** Points per new item: names and places are the clearest new facts, numbers next, rare words last. */
export const FACT_WEIGHTS = { place: 3, entity: 2.5, number: 2, term: 0.4, maxTerms: 8, uniqueSentence: 1 } as const;

/** A lede's words after its dateline: "WASHINGTON, August 9 (RIA Novosti) –" is where and who, not what it adds. */
function withoutDateline(lede: string, firstParagraph: string): string {
  // Read on the paragraph: a dateline that credits the outlet ("КУРУ, 5 декабря — Северный вестник.") is a sentence of
  // its own, and alone it is no dateline to the pattern, which wants the report to follow.
  const dateline = extractDateline(firstParagraph);
  return dateline === null || !firstParagraph.startsWith(lede.slice(0, dateline.length)) ? lede : lede.slice(dateline.length);
}

/** A paragraph that is one sentence without a full stop is a subheading ("Baltic states watching"), a label, not a fact. */
function isSubheading(sentence: string, paragraph: string): boolean {
  return !ENDS_SENTENCE.test(sentence) && paragraph.trim() === sentence.trim();
}

/**
 * An article's sentences as facts are told: the sentences of one quotation in a paragraph together ('"We are deeply
 * sorry. Our customers trusted us …," the chief executive said.'), each other sentence alone, in article order.
 */
function factUnits(sentences: readonly SentenceView[], passages: ReadonlyArray<readonly number[]>): SentenceView[][] {
  const unitOf = new Map<number, number>();
  for (const passage of passages) for (const index of passage) if (!unitOf.has(index)) unitOf.set(index, passage[0]!);
  const units = new Map<number, SentenceView[]>();
  for (const sentence of sentences) {
    const key = unitOf.get(sentence.index) ?? sentence.index;
    units.set(key, [...(units.get(key) ?? []), sentence]);
  }
  return [...units.values()];
}

/** The language of the article at `position` when no other article is in it (null when unknown or shared). */
function languageAlone(views: FactInputs['views'], position: number): string | null {
  const language = views[position]!.analysis.language;
  return language !== null && views.every((other, k) => k === position || other.analysis.language !== language) ? language : null;
}

export function findUniqueFacts(inputs: FactInputs, config: CompareConfig = COMPARE_CONFIG): OutletUniqueFacts[] {
  const { views, names, statuses, phrases, matches, quotations = [] } = inputs;
  // A clock time is one figure: "58:10" holds no 58 that "1:04:58" elsewhere could give, and "6:41 p.m." is "18:41".
  const clocks = views.map((view) => new Map(view.sentences.map((sentence) => [sentence.index, clocksIn(sentence.text)])));
  const inClock = (number: NumberMention, position: number) => (clocks[position]!.get(number.sentence) ?? []).some((clock) => clock.parts.includes(number.text));
  const clockKeys = clocks.map((bySentence) => new Set([...bySentence.values()].flat().map((clock) => clock.key)));
  // A number is the same fact however it is written: "40,000", "40.000", "4万"; "17 trillion" and "17万亿".
  const numberValues = views.map((view, position) => new Set(view.analysis.numbers.filter((number) => !inClock(number, position)).map((number) => number.value)));
  const valueElsewhere = (value: number, position: number) => numberValues.some((values, other) => other !== position && values.has(value));
  // Elsewhere on any clock, or as its numbers told apart ("57:49" and "57 minutes 49 seconds").
  const clockElsewhere = (clock: Clock, numbers: readonly NumberMention[], position: number) => {
    const told = numbers.filter((number) => clock.parts.includes(number.text));
    return clockKeys.some((keys, other) => other !== position && keys.has(clock.key)) || (told.length > 0 && told.every((number) => valueElsewhere(number.value, position)));
  };
  return views.map((view, position) => {
    const elsewhere = (phrase: string) => phrases.elsewhere(phrase, position);
    const termElsewhere = (term: string) => phrases.termElsewhere(term, position);
    const namesBySentence = new Map<number, NameMention[]>();
    for (const mention of names[position] ?? []) namesBySentence.set(mention.sentence, [...(namesBySentence.get(mention.sentence) ?? []), mention]);
    const numbersBySentence = new Map<number, NumberMention[]>();
    for (const number of view.analysis.numbers) numbersBySentence.set(number.sentence, [...(numbersBySentence.get(number.sentence) ?? []), number]);
    const facts: UniqueFact[] = [];
    const onlyLanguage = languageAlone(views, position);
    const language = view.analysis.language;
    // Sentences told elsewhere only in another language (a quote and its translation) have their words there too, unseen.
    const toldOnlyInOtherLanguages = (unit: readonly SentenceView[]) => {
      const counterparts = unit.flatMap((sentence) => matches[position]?.[sentence.index] ?? []);
      return counterparts.length > 0 && counterparts.every((match) => views[match.article]!.analysis.language !== language);
    };
    for (const unit of factUnits(view.sentences, quotations[position] ?? [])) {
      const first = unit[0]!;
      const text = unit.map((sentence) => sentence.text).join(' ');
      // A lede's dateline is no part of what it reports: "КУРУ, 5 декабря — Северный вестник." alone is no fact.
      const reported = first.index === view.sentences[0]?.index ? withoutDateline(text, view.article.paragraphs[0] ?? '') : text;
      if (countWords(reported) < config.minFactWords || (unit.length === 1 && isSubheading(text, view.article.paragraphs[first.paragraph] ?? ''))) continue;
      const status = unit.every((sentence) => (statuses[position]?.[sentence.index] ?? 'unique') === 'unique') ? 'unique' : 'shared';
      const sentenceNames = unit.flatMap((sentence) => namesBySentence.get(sentence.index) ?? []);
      const newNames = [...new Map(sentenceNames.filter((mention) => !phrases.nameElsewhere(mention.key, position)).map((m) => [m.key, m.name])).entries()];
      const places = newNames.filter(([key]) => view.places.has(key)).map(([, name]) => name);
      const entities = newNames.filter(([key]) => !view.places.has(key)).map(([, name]) => name);
      const sentenceNumbers = unit.flatMap((sentence) => numbersBySentence.get(sentence.index) ?? []);
      const numbers = [
        ...sentenceNumbers
          .filter((number) => !inClock(number, position) && !elsewhere(foldPhrase(number.text)) && !valueElsewhere(number.value, position))
          .map((number) => withAttachedUnit(number.text, text)),
        ...unit.flatMap((sentence) => clocks[position]!.get(sentence.index) ?? []).filter((clock) => !clockElsewhere(clock, sentenceNumbers, position)).map((clock) => clock.text),
      ].sort((a, b) => text.indexOf(a) - text.indexOf(b));
      const nameWords = new Set(newNames.flatMap(([key]) => key.split(' ')));
      // Words are compared within a language: an outlet alone in its own would "add" every word it writes.
      const terms = onlyLanguage !== null || toldOnlyInOtherLanguages(unit) ? [] : [...new Map(termedWords(reported, view.tools)
        .filter((word) => !termElsewhere(word.term) && !nameWords.has(latinFold(word.text)))
        .map((word) => [word.term, word.text])).values()];
      const score =
        FACT_WEIGHTS.place * places.length +
        FACT_WEIGHTS.entity * entities.length +
        FACT_WEIGHTS.number * numbers.length +
        FACT_WEIGHTS.term * Math.min(terms.length, FACT_WEIGHTS.maxTerms) +
        (status === 'unique' ? FACT_WEIGHTS.uniqueSentence : 0);
      if (status === 'shared' && score < config.addedInformationMin) continue;
      facts.push({ article_id: view.article.id, index: first.index, text, status, score: Math.round(score * 100) / 100, entities, places, numbers, terms });
    }
    facts.sort((a, b) => b.score - a.score || a.index - b.index);
    return { article_id: view.article.id, source: view.label, only_language: onlyLanguage, facts };
  });
}
