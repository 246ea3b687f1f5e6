// The article's words with their positions, sentence, paragraph and whether they sit inside a quotation:
// the one view the speaker rules read, built once per article.
import type { Article } from '../../model/article.ts';
import type { Analysis } from '../../model/analysis.ts';
import { foldWord } from '../fold.ts';

export type Token = {
  readonly text: string;
  /** Lower case, no diacritics, no possessive ending. */
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly sentence: number;
  readonly capital: boolean;
  readonly possessive: boolean;
  readonly quoted: boolean;
  /** The characters between the previous token and this one (punctuation tells where phrases end). */
  readonly gap: string;
};

/** A quoted stretch of the article text, offsets into `Article.text`. */
export type TextRange = { readonly start: number; readonly end: number };

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;

/** Where each paragraph starts in `Article.text` (paragraphs are joined by blank lines, but look them up to be safe). */
export function paragraphOffsets(article: Article): number[] {
  const offsets: number[] = [];
  let from = 0;
  for (const paragraph of article.paragraphs) {
    const at = article.text.indexOf(paragraph, from);
    const start = at >= 0 ? at : from;
    offsets.push(start);
    from = start + paragraph.length;
  }
  return offsets;
}

export function tokenize(article: Article, analysis: Analysis, quoted: readonly TextRange[]): Token[] {
  const tokens: Token[] = [];
  const sentences = analysis.sentences;
  let sentence = 0;
  let range = 0;
  let previousEnd = 0;
  const paragraphStarts = paragraphOffsets(article);
  let paragraph = 0;
  for (const match of article.text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= start) sentence++;
    while (paragraph < paragraphStarts.length - 1 && paragraphStarts[paragraph + 1]! <= start) paragraph++;
    while (range < quoted.length && quoted[range]!.end <= start) range++;
    const inQuote = range < quoted.length && quoted[range]!.start <= start;
    const place = { paragraph, sentence: sentences[sentence]?.index ?? 0, quoted: inQuote };
    // "explique-t-il", "a-t-elle ajouté": the verb and its subject, written as one word.
    const inverted = INVERTED_SUBJECT.exec(match[0]);
    if (inverted === null) tokens.push(wordToken(article.text, start, end, article.text.slice(previousEnd, start), place));
    else {
      const verbEnd = start + inverted[1]!.length;
      tokens.push(wordToken(article.text, start, verbEnd, article.text.slice(previousEnd, start), place));
      // The pronoun follows its verb as a word after a space would ("explique-t-il" reads "explique il").
      tokens.push(wordToken(article.text, end - inverted[2]!.length, end, ' ', place));
    }
    previousEnd = end;
  }
  return tokens;
}

/** A French verb with its subject pronoun after it ("explique-t-il", "souligne-t-elle", "précisait-il", "a-t-on"). */
const INVERTED_SUBJECT = /^(\p{Ll}+)(?:-t)?-(il|elle|ils|elles|on)$/u;

/** The token of the word at [start, end) of `text`, after `gap`. */
function wordToken(text: string, start: number, end: number, gap: string, place: Pick<Token, 'paragraph' | 'sentence' | 'quoted'>): Token {
  const word = text.slice(start, end);
  const after = text[end] ?? ' ';
  const possessive = /['’]s$/u.test(word) || (word.endsWith('s') && (after === '’' || after === "'") && !/\p{L}/u.test(text[end + 1] ?? ' '));
  return {
    text: word,
    fold: foldWord(word),
    start,
    end,
    ...place,
    capital: UPPER_START.test(word),
    possessive,
    gap,
  };
}
