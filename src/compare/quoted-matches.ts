// A quotation two outlets both print is one statement, whatever the sentence alignment made of its wording: a remark
// and its translation share no words, and a reworded quote may score under the alignment's threshold.
import type { Match } from './align.ts';
import type { QuoteInput } from './quotes/group.ts';

/** A quote with the position of its article among the compared ones. */
export type PlacedQuote = QuoteInput & { readonly article: number };

/**
 * `matches` with the sentences of whole quotations one group holds from two articles matched where the alignment left
 * them apart: the k-th sentence of one to the k-th of the other, scored `score`. Sentences past the other's last are
 * its own (a translation of the first sentence of two says nothing of the second), and a few words quoted inside a
 * sentence ("candid") do not make that sentence the statement they come from.
 */
export function withQuotedMatches(
  matches: ReadonlyArray<ReadonlyArray<readonly Match[]>>,
  quotes: readonly PlacedQuote[],
  groups: ReadonlyArray<readonly number[]>,
  score: number,
): Match[][][] {
  const result = matches.map((article) => article.map((list) => [...list]));
  for (const members of groups) {
    const whole = members.map((k) => quotes[k]!).filter((placed) => !placed.quote.partial);
    for (const from of whole) {
      for (const to of whole) {
        if (from.article === to.article) continue;
        from.quote.sentences.forEach((sentence, k) => {
          const list = result[from.article]?.[sentence];
          const other = to.quote.sentences[k];
          if (list === undefined || other === undefined || list.some((match) => match.article === to.article)) return;
          list.push({ article: to.article, index: other, score });
        });
      }
    }
  }
  return result;
}
