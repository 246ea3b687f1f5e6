// The per-article view every comparison step reads: sentences with their terms, names and numbers, keyed so that
// "Kerry" in one outlet and "John Kerry" in another are the same person.
import type { Article } from '../model/article.ts';
import type { Analysis, Entity } from '../model/analysis.ts';
import { createLanguageToolbox, type LanguageTools } from '../analyze/language.ts';
import { latinFold } from '../analyze/index.ts';
import { foldWord } from './fold.ts';

export type SentenceView = {
  readonly article: number;
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
  readonly terms: ReadonlySet<string>;
  /** Story-wide entity keys the sentence mentions. */
  readonly entities: ReadonlySet<string>;
  /** Numbers as values (dates excluded), rounded so "1,200" and "1200" agree. */
  readonly numbers: ReadonlySet<number>;
};

export type ArticleView = {
  readonly article: Article;
  readonly analysis: Analysis;
  readonly label: string;
  readonly sentences: readonly SentenceView[];
  /** Story-wide entity key → the article's entity (for display and kind). */
  readonly entities: ReadonlyMap<string, Entity>;
  readonly places: ReadonlySet<string>;
  readonly tools: LanguageTools;
};

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;

/** Outlet name, else the wire agency it credits, else its id: how text output names an article. */
export function labelOf(article: Article): string {
  return article.source ?? (article.dateline?.agency ? `${article.dateline.agency} (outlet unknown)` : null) ?? article.id;
}

/**
 * Story-wide keys: a one-word name that is the last word of a longer name in any article ("kerry" → "john kerry")
 * becomes that name, so outlets that write only the surname still match.
 */
export function storyEntityKeys(analyses: readonly Analysis[]): (key: string) => string {
  const longest = new Map<string, { key: string; count: number }>();
  for (const analysis of analyses) {
    for (const entity of analysis.entities.flatMap(splitConjoined)) {
      if (!entity.key.includes(' ')) continue;
      const last = entity.key.slice(entity.key.lastIndexOf(' ') + 1);
      const known = longest.get(last);
      if (known === undefined || entity.count > known.count) longest.set(last, { key: entity.key, count: entity.count });
    }
  }
  return (key) => (key.includes(' ') ? key : (longest.get(key)?.key ?? key));
}

const CONJUNCTION = / (?:and|und|y|et|i|ve) /u;

export function splitConjoined(entity: Entity): Entity[] {
  if (!CONJUNCTION.test(entity.key)) return [entity];
  const keys = entity.key.split(CONJUNCTION);
  const texts = entity.text.split(CONJUNCTION);
  return keys.map((key, k) => ({ ...entity, key, text: texts[k] ?? key }));
}

/** The words of a sentence, folded, for finding which entities it names; `capital` keeps whether it was a name's capital. */
function foldedWords(text: string): Array<{ fold: string; capital: boolean }> {
  return (text.match(WORD) ?? []).map((word) => ({ fold: foldWord(word), capital: UPPER_START.test(word) }));
}

/** Builds each article's view; `toolbox` gives stemmers and stopwords (shared so they are built once per language). */
export function buildViews(articles: readonly Article[], analyses: readonly Analysis[], toolbox = createLanguageToolbox()): ArticleView[] {
  const storyKey = storyEntityKeys(analyses);
  return articles.map((article, position) => {
    const analysis = analyses[position]!;
    const entities = new Map<string, Entity>();
    // Match a sentence to an entity by its full key or, for names of several words, by the capitalised last word alone.
    const byWord = new Map<string, string>();
    const bySurname = new Map<string, string>();
    const byPhrase: Array<{ words: string[]; spaced: string; key: string }> = [];
    for (const whole of analysis.entities) {
      // "United States and Russia" is two names the analyzer ran together across "and".
      for (const entity of splitConjoined(whole)) {
        const key = storyKey(entity.key);
        if (!entities.has(key)) entities.set(key, entity);
        const words = entity.key.split(' ');
        if (words.length === 1) byWord.set(entity.key, key);
        else {
          byPhrase.push({ words, spaced: ` ${words.join(' ')} `, key });
          const last = words[words.length - 1]!;
          if (!bySurname.has(last) && entity.kind !== 'place') bySurname.set(last, key);
        }
      }
    }
    const numbersBySentence = new Map<number, Set<number>>();
    for (const number of analysis.numbers) {
      const set = numbersBySentence.get(number.sentence) ?? new Set();
      set.add(Math.round(number.value * 100) / 100);
      numbersBySentence.set(number.sentence, set);
    }
    const sentences = analysis.sentences.map((sentence): SentenceView => {
      const words = foldedWords(sentence.text);
      const found = new Set<string>();
      for (const word of words) {
        const key = byWord.get(word.fold) ?? (word.capital ? bySurname.get(word.fold) : undefined);
        if (key !== undefined) found.add(key);
      }
      if (byPhrase.length > 0) {
        const joined = ` ${words.map((word) => word.fold).join(' ')} `;
        for (const phrase of byPhrase) if (joined.includes(phrase.spaced)) found.add(phrase.key);
      }
      return {
        article: position,
        index: sentence.index,
        paragraph: sentence.paragraph,
        text: sentence.text,
        terms: new Set(sentence.terms),
        entities: found,
        numbers: numbersBySentence.get(sentence.index) ?? new Set(),
      };
    });
    const places = new Set<string>([...entities].filter(([, entity]) => entity.kind === 'place').map(([key]) => key));
    if (article.dateline?.place) places.add(storyKey(latinFold(article.dateline.place)));
    return { article, analysis, label: labelOf(article), sentences, entities, places, tools: toolbox(analysis.language) };
  });
}
