// The pure core of `parallax compare`: articles of one story (with their analyses and copy links) → Comparison.
import type { Article } from '../model/article.ts';
import type { Analysis } from '../model/analysis.ts';
import type { ArticleLink } from '../model/story.ts';
import type { AlignedSentence, Comparison, PairSimilarity, ReportedSpeech, SentenceStatus } from '../model/comparison.ts';
import { createLanguageToolbox } from '../analyze/language.ts';
import { alignSentences } from './align.ts';
import { COMPARE_CONFIG, type CompareConfig } from './config.ts';
import { compareEmphasis, compareHeadlines } from './framing.ts';
import { describeArticles, firstReport, foldSameOutletCopies, linksBetween } from './provenance.ts';
import { buildStoryPhrases } from './phrases.ts';
import { extractQuotes } from './quotes/extract.ts';
import { describeGroup, groupMembers } from './quotes/group.ts';
import { withQuotedMatches, type PlacedQuote } from './quoted-matches.ts';
import { scoreSimilarity, similarityFeatures, type PairAlignment, type SimilarityCorpus } from './similarity.ts';
import type { Alignment } from './align.ts';
import { storyDots } from './similarity-dots.ts';
import { buildViews, storyEntityKeys } from './story-view.ts';
import { consensusSummary } from './summary.ts';
import { contentTerms } from './terms.ts';
import { findUniqueFacts } from './unique.ts';

/**
 * Stemmers and stopwords shared by every comparison: they are pure, and the word → term cache keyed by them
 * (terms.ts) then carries over from one story to the next, as a server comparing story after story wants.
 */
const COMPARE_TOOLBOX = createLanguageToolbox();

export type CompareOptions = {
  readonly config?: CompareConfig;
  /** Corpus frequencies for a language, so similarity weighs words as the whole corpus does (else by count alone). */
  readonly corpus?: (language: string | null) => SimilarityCorpus | undefined;
};

/**
 * Per article pair, the share of both articles' sentences aligned with the other and their mean score, counted in
 * one pass over the story's matches (instead of one scan of both articles per pair).
 */
function alignedBetween(alignment: Alignment, articles: number): (i: number, j: number) => PairAlignment {
  const count = new Float64Array(articles * articles);
  const score = new Float64Array(articles * articles);
  const sentences = alignment.matches.map((article) => article.length);
  alignment.matches.forEach((article, from) => {
    for (const matches of article) {
      for (const match of matches) {
        count[from * articles + match.article]!++;
        score[from * articles + match.article]! += match.score;
      }
    }
  });
  return (i, j) => {
    const total = (sentences[i] ?? 0) + (sentences[j] ?? 0);
    if (total === 0) return { share: 0, score: 0 };
    const ij = i * articles + j;
    const ji = j * articles + i;
    return { share: (count[ij]! + count[ji]!) / total, score: (score[ij]! + score[ji]!) / total };
  };
}

/**
 * Compares the articles of one story. `analyses[i]` must be the analysis of `articles[i]`; `links` are the copy
 * links the dedup stage found (those between compared articles are reported).
 */
export function compareArticles(given: readonly Article[], givenAnalyses: readonly Analysis[], links: readonly ArticleLink[] = [], options: CompareOptions = {}): Comparison {
  if (given.length !== givenAnalyses.length) throw new Error(`compareArticles: ${given.length} articles but ${givenAnalyses.length} analyses`);
  const folded = foldSameOutletCopies(given.map((article, i) => ({ article, analysis: givenAnalyses[i]! })));
  const articles = folded.kept.map((item) => item.article);
  const analyses = folded.kept.map((item) => item.analysis);
  const config = options.config ?? COMPARE_CONFIG;
  const views = buildViews(articles, analyses, COMPARE_TOOLBOX);
  const extracted = views.map((view) => extractQuotes(view.article, view.analysis));
  const names = extracted.map((found) => found.names);
  const alignment = alignSentences(views, config, names);
  const quoteInputs: PlacedQuote[] = extracted.flatMap((found, article) =>
    found.quotes.map((quote) => ({ quote, article, source: views[article]!.label, terms: contentTerms(quote.text, views[article]!.tools), language: views[article]!.analysis.language })),
  );
  const quoteGroups = groupMembers(quoteInputs, config);
  // A quotation the alignment left apart from its other printing (a translation, a rewording) is still told elsewhere,
  // scored as the weakest match that counts, so the consensus still prefers what the alignment found. Similarity keeps
  // the alignment its model was fitted on.
  const told = { ...alignment, matches: withQuotedMatches(alignment.matches, quoteInputs, quoteGroups, config.alignThreshold) };

  // The sentences each quotation spans in a paragraph: a fact or a consensus line inside one is told with all of it.
  const quotations = extracted.map((found) => found.quotes.flatMap((quote) => quote.passages));

  const statuses: SentenceStatus[][] = told.matches.map((sentences) => sentences.map((matches) => (matches.length > 0 ? 'shared' : 'unique')));
  const sentences: AlignedSentence[] = views.flatMap((view, article) =>
    view.sentences.map((sentence) => ({
      article_id: view.article.id,
      index: sentence.index,
      paragraph: sentence.paragraph,
      text: sentence.text,
      status: statuses[article]![sentence.index]!,
      counterparts: (told.matches[article]?.[sentence.index] ?? []).map((match) => ({
        article_id: views[match.article]!.article.id,
        index: match.index,
        score: Math.round(match.score * 1000) / 1000,
      })),
    })),
  );

  const reported: ReportedSpeech[] = extracted.flatMap((found, article) =>
    found.reported.map((item) => ({ article_id: item.article_id, source: views[article]!.label, speaker: item.speaker.name, index: item.index, text: item.text })),
  );
  const phrases = buildStoryPhrases(views, names);

  const comparisonLinks = linksBetween(articles, links);
  const keyOf = storyEntityKeys(analyses);
  const features = views.map((view) => similarityFeatures(view, keyOf, options.corpus?.(view.analysis.language)));
  const aligned = alignedBetween(alignment, views.length);
  const dots = storyDots(features.map((feature) => feature.vectors));
  const similarity: PairSimilarity[] = [];
  for (let i = 0; i < views.length; i++) {
    for (let j = i + 1; j < views.length; j++) {
      const result = scoreSimilarity(features[i]!, features[j]!, aligned(i, j), dots(i, j));
      similarity.push({ a: views[i]!.article.id, b: views[j]!.article.id, ...result });
    }
  }

  return {
    articles: describeArticles(articles, folded.copies),
    first_report: firstReport(articles, comparisonLinks),
    links: comparisonLinks,
    sentences,
    unique: findUniqueFacts({ views, names, statuses, phrases, matches: told.matches, quotations }, config),
    quotes: quoteGroups.map((members) => describeGroup(quoteInputs, members)),
    reported_speech: reported,
    headlines: compareHeadlines(views, config),
    emphasis: compareEmphasis(views, names, phrases),
    summary: consensusSummary(views, told, config, quotations),
    similarity,
  };
}
