// The pure core of `parallax compare`: articles of one story (with their analyses and copy links) → Comparison.
import type { Article } from '../model/article.ts';
import type { Analysis } from '../model/analysis.ts';
import type { ArticleLink } from '../model/story.ts';
import type { AlignedSentence, Comparison, PairSimilarity, ReportedSpeech, SentenceStatus } from '../model/comparison.ts';
import { createLanguageToolbox } from '../analyze/language.ts';
import { alignSentences } from './align.ts';
import { COMPARE_CONFIG, type CompareConfig } from './config.ts';
import { compareEmphasis, compareHeadlines } from './framing.ts';
import { describeArticles, firstReport, linksBetween } from './provenance.ts';
import { buildStoryPhrases } from './phrases.ts';
import { extractQuotes } from './quotes/extract.ts';
import { groupQuotes, type QuoteInput } from './quotes/group.ts';
import { scoreSimilarity, similarityFeatures } from './similarity.ts';
import { buildViews, storyEntityKeys } from './story-view.ts';
import { consensusSummary } from './summary.ts';
import { contentTerms } from './terms.ts';
import { findUniqueFacts } from './unique.ts';

export type CompareOptions = { readonly config?: CompareConfig };

/**
 * Compares the articles of one story. `analyses[i]` must be the analysis of `articles[i]`; `links` are the copy
 * links the dedup stage found (those between compared articles are reported).
 */
export function compareArticles(articles: readonly Article[], analyses: readonly Analysis[], links: readonly ArticleLink[] = [], options: CompareOptions = {}): Comparison {
  if (articles.length !== analyses.length) throw new Error(`compareArticles: ${articles.length} articles but ${analyses.length} analyses`);
  const config = options.config ?? COMPARE_CONFIG;
  const views = buildViews(articles, analyses, createLanguageToolbox());
  const alignment = alignSentences(views, config);

  const statuses: SentenceStatus[][] = alignment.matches.map((sentences) => sentences.map((matches) => (matches.length > 0 ? 'shared' : 'unique')));
  const sentences: AlignedSentence[] = views.flatMap((view, article) =>
    view.sentences.map((sentence) => ({
      article_id: view.article.id,
      index: sentence.index,
      paragraph: sentence.paragraph,
      text: sentence.text,
      status: statuses[article]![sentence.index]!,
      counterparts: (alignment.matches[article]?.[sentence.index] ?? []).map((match) => ({
        article_id: views[match.article]!.article.id,
        index: match.index,
        score: Math.round(match.score * 1000) / 1000,
      })),
    })),
  );

  const extracted = views.map((view) => extractQuotes(view.article, view.analysis));
  const quoteInputs: QuoteInput[] = extracted.flatMap((found, article) =>
    found.quotes.map((quote) => ({ quote, source: views[article]!.label, terms: contentTerms(quote.text, views[article]!.tools) })),
  );
  const reported: ReportedSpeech[] = extracted.flatMap((found, article) =>
    found.reported.map((item) => ({ article_id: item.article_id, source: views[article]!.label, speaker: item.speaker.name, index: item.index, text: item.text })),
  );
  const names = extracted.map((found) => found.names);
  const phrases = buildStoryPhrases(views);

  const comparisonLinks = linksBetween(articles, links);
  const keyOf = storyEntityKeys(analyses);
  const features = views.map((view) => similarityFeatures(view, keyOf));
  const similarity: PairSimilarity[] = [];
  for (let i = 0; i < views.length; i++) {
    for (let j = i + 1; j < views.length; j++) {
      const a = views[i]!;
      const b = views[j]!;
      const alignedA = alignment.matches[i]!.filter((matches) => matches.some((match) => match.article === j)).length;
      const alignedB = alignment.matches[j]!.filter((matches) => matches.some((match) => match.article === i)).length;
      const total = a.sentences.length + b.sentences.length;
      const result = scoreSimilarity(features[i]!, features[j]!, { alignedShare: total === 0 ? 0 : (alignedA + alignedB) / total });
      similarity.push({ a: a.article.id, b: b.article.id, ...result });
    }
  }

  return {
    articles: describeArticles(articles),
    first_report: firstReport(articles, comparisonLinks),
    links: comparisonLinks,
    sentences,
    unique: findUniqueFacts({ views, names, statuses, phrases }, config),
    quotes: groupQuotes(quoteInputs, config),
    reported_speech: reported,
    headlines: compareHeadlines(views, config),
    emphasis: compareEmphasis(views, names, phrases),
    summary: consensusSummary(views, alignment, config),
    similarity,
  };
}
