// Which articles of a story say a given name or word: word n-gram counts over the story, so "does any other outlet
// mention X" is one lookup instead of a scan of every other article's text.
import { sameNameAcrossLanguages } from '../analyze/index.ts';
import { foldWord } from './fold.ts';
import type { NameMention } from './quotes/extract.ts';
import type { ArticleView } from './story-view.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const POSSESSIVE = /['’]s\b/gu;

export type StoryPhrases = {
  /** Whether an article other than `article` contains the phrase (folded words joined by spaces). */
  elsewhere(phrase: string, article: number): boolean;
  /** Whether an article other than `article` uses the content term. */
  termElsewhere(term: string, article: number): boolean;
  /**
   * Whether an article other than `article` names this person or place (a name key): the whole name, its last word,
   * or, in an article of another language, the same name inflected or transliterated ("Путиным" for "Putin").
   */
  nameElsewhere(key: string, article: number): boolean;
};

/** Words folded one by one through the word cache: folding a whole article at once re-normalises every character. */
export function foldPhrase(text: string): string {
  const words = text.replace(POSSESSIVE, '').match(WORD) ?? [];
  for (let k = 0; k < words.length; k++) words[k] = foldWord(words[k]!);
  return words.join(' ');
}

/** `names`: each article's name mentions (quotes/extract.ts), beside its analysis's entities, for `nameElsewhere`. */
export function buildStoryPhrases(views: readonly ArticleView[], names: ReadonlyArray<readonly NameMention[]> = []): StoryPhrases {
  // Each article's folded text once; a phrase is looked for only in the articles that contain its last word.
  const texts = views.map((view) => ` ${foldPhrase(`${view.article.title ?? ''}\n${view.article.text}`)} `);
  const wordArticles = new Map<string, number[]>();
  texts.forEach((text, article) => {
    for (const word of new Set(text.trim().split(' '))) {
      const list = wordArticles.get(word);
      if (list === undefined) wordArticles.set(word, [article]);
      else list.push(article);
    }
  });
  // "Elsewhere than article k" needs at most two articles that contain the phrase: the search stops there.
  const found = new Map<string, readonly number[]>();
  const articlesWith = (phrase: string): readonly number[] => {
    let articles = found.get(phrase);
    if (articles === undefined) {
      const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
      const candidates = wordArticles.get(last) ?? [];
      if (!phrase.includes(' ')) articles = candidates;
      else {
        const spaced = ` ${phrase} `;
        const containing: number[] = [];
        for (const article of candidates) {
          if (texts[article]!.includes(spaced)) containing.push(article);
          if (containing.length === 2) break;
        }
        articles = containing;
      }
      found.set(phrase, articles);
    }
    return articles;
  };
  const termArticles = new Map<string, number>();
  const ownTerms = views.map((view) => {
    const terms = new Set<string>(Object.keys(view.analysis.title_terms));
    for (const sentence of view.sentences) for (const term of sentence.terms) terms.add(term);
    for (const term of terms) termArticles.set(term, (termArticles.get(term) ?? 0) + 1);
    return terms;
  });
  const elsewhere = (phrase: string, article: number): boolean => articlesWith(phrase).some((other) => other !== article);
  const languages = views.map((view) => view.analysis.language);
  const nameWords = views.map((view, k) => [
    ...new Set([...view.analysis.entities.map((entity) => entity.key), ...(names[k] ?? []).map((mention) => mention.key)].flatMap((key) => key.split(' '))),
  ]);
  const namedInAnotherLanguage = (word: string, article: number): boolean =>
    views.some(
      (_, other) =>
        other !== article &&
        languages[other] !== null &&
        languages[article] !== null &&
        languages[other] !== languages[article] &&
        nameWords[other]!.some((name) => sameNameAcrossLanguages(name, word)),
    );
  return {
    elsewhere,
    nameElsewhere: (key, article) => {
      const last = key.slice(key.lastIndexOf(' ') + 1);
      return elsewhere(key, article) || elsewhere(last, article) || namedInAnotherLanguage(last, article);
    },
    termElsewhere: (term, article) => (termArticles.get(term) ?? 0) - (ownTerms[article]?.has(term) ? 1 : 0) > 0,
  };
}
