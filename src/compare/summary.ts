// Consensus summary: the statements most outlets share, one sentence per statement, in story order.
import type { SummarySentence } from '../model/comparison.ts';
import { COMPARE_CONFIG, type CompareConfig } from './config.ts';
import type { Alignment } from './align.ts';
import type { ArticleView } from './story-view.ts';

/**
 * `quotations`: per article, the runs of sentences one quotation spans in a paragraph (Quote.passages); a sentence in
 * one is told with the rest of it ('"Nobody is against new technology. We are against being thrown away by it," …').
 */
export function consensusSummary(
  views: readonly ArticleView[],
  alignment: Alignment,
  config: CompareConfig = COMPARE_CONFIG,
  quotations: ReadonlyArray<ReadonlyArray<readonly number[]>> = [],
): SummarySentence[] {
  const passageOf = (article: number, index: number): readonly number[] => quotations[article]?.find((passage) => passage.includes(index)) ?? [index];
  type Candidate = { article: number; index: number; support: number; strength: number };
  const candidates: Candidate[] = [];
  views.forEach((view, article) => {
    view.sentences.forEach((sentence) => {
      const matches = alignment.matches[article]?.[sentence.index] ?? [];
      if (matches.length === 0) return;
      const strength = matches.reduce((sum, match) => sum + match.score, 0);
      candidates.push({ article, index: sentence.index, support: matches.length + 1, strength });
    });
  });
  // Most outlets first; then the sentence that best matches the others; then the earliest (news leads with the news).
  candidates.sort((a, b) => b.support - a.support || b.strength - a.strength || a.index - b.index || a.article - b.article);
  const used = new Set<string>();
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= config.summarySentences) break;
    const key = `${candidate.article}:${candidate.index}`;
    if (used.has(key)) continue;
    chosen.push(candidate);
    // Its quotation's sentences and their counterparts tell the same statement: never pick them again.
    for (const index of passageOf(candidate.article, candidate.index)) {
      used.add(`${candidate.article}:${index}`);
      for (const match of alignment.matches[candidate.article]?.[index] ?? []) used.add(`${match.article}:${match.index}`);
    }
  }
  // A statement is told in the language most outlets write: a reader of the English reports should not get the
  // Russian one's sentence because names and numbers alone matched it to all of them.
  const language = commonestLanguage(views);
  const shown = new Set(chosen.map((candidate) => `${candidate.article}:${candidate.index}`));
  const told = chosen.map((candidate) => {
    if (views[candidate.article]!.analysis.language === language) return candidate;
    const counterpart = (alignment.matches[candidate.article]?.[candidate.index] ?? []).find(
      (match) => views[match.article]!.analysis.language === language && !shown.has(`${match.article}:${match.index}`),
    );
    return counterpart === undefined ? candidate : { ...candidate, article: counterpart.article, index: counterpart.index };
  });
  told.sort((a, b) => a.index - b.index || a.article - b.article);
  return told.map((candidate) => {
    const view = views[candidate.article]!;
    const passage = passageOf(candidate.article, candidate.index);
    const text = passage.map((index) => view.sentences[index]!.text).join(' ');
    return { article_id: view.article.id, index: passage[0]!, text, support: candidate.support };
  });
}

/** The language most of the articles are in (the first met on a tie), or null when none is known. */
function commonestLanguage(views: readonly ArticleView[]): string | null {
  const counts = new Map<string, number>();
  for (const view of views) if (view.analysis.language !== null) counts.set(view.analysis.language, (counts.get(view.analysis.language) ?? 0) + 1);
  return [...counts.entries()].reduce<[string | null, number]>((best, entry) => (entry[1] > best[1] ? entry : best), [null, 0])[0];
}
