// Which articles of a story say a given name or word: word n-gram counts over the story, so "does any other outlet
// mention X" is one lookup instead of a scan of every other article's text.
import { foldWord } from './fold.ts';
import type { ArticleView } from './story-view.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const POSSESSIVE = /['’]s\b/gu;

export type StoryPhrases = {
  /** Whether an article other than `article` contains the phrase (folded words joined by spaces). */
  elsewhere(phrase: string, article: number): boolean;
  /** Whether an article other than `article` uses the content term. */
  termElsewhere(term: string, article: number): boolean;
};

/** Words folded one by one through the word cache: folding a whole article at once re-normalises every character. */
export function foldPhrase(text: string): string {
  const words = text.replace(POSSESSIVE, '').match(WORD) ?? [];
  for (let k = 0; k < words.length; k++) words[k] = foldWord(words[k]!);
  return words.join(' ');
}

export function buildStoryPhrases(views: readonly ArticleView[]): StoryPhrases {
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
  return {
    elsewhere: (phrase, article) => articlesWith(phrase).some((other) => other !== article),
    termElsewhere: (term, article) => (termArticles.get(term) ?? 0) - (ownTerms[article]?.has(term) ? 1 : 0) > 0,
  };
}
