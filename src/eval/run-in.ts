// How well headlines run into a body are found: real articles' gold headlines are put back in front of their body
// text, as exports that join the two print them, and split off again (clean/run-in-headline.ts). The body alone, split
// the same way, counts the headlines invented for texts that open with their body.
import { join } from 'node:path';
import { extractHtml } from '../clean/html/index.ts';
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { normalizeForMatch } from '../clean/html/title.ts';
import { detectLanguage } from '../clean/language.ts';
import { splitRunInHeadline } from '../clean/run-in-headline.ts';
import { extractionDataPresent, loadTrafilaturaCases } from './extraction-data.ts';
import { readLabeledArticles } from './labeled.ts';
import { CLUSTERING_SETS, DEFAULT_DATA_DIR } from './story-sets.ts';

export type RunInScores = {
  readonly articles: number;
  /** Share of the articles whose headline comes back exactly. */
  readonly recovered: number;
  /** Share of the split texts cut at the wrong word. */
  readonly wrongCut: number;
  /** Share of the bodies alone that are given a headline they do not start with. */
  readonly inventedFromBody: number;
};

type HeadlinedText = { readonly headline: string; readonly body: string };

/** Bodies shorter than this are page stubs, not articles. */
const MIN_BODY_CHARS = 200;

export function scoreRunInHeadlines(texts: readonly HeadlinedText[]): RunInScores {
  let recovered = 0, split = 0, invented = 0;
  for (const { headline, body } of texts) {
    const language = detectLanguage(body);
    const found = splitRunInHeadline(`${headline} ${body}`, language);
    if (found !== null) split++;
    if (found !== null && normalizeForMatch(found.headline) === normalizeForMatch(headline)) recovered++;
    if (splitRunInHeadline(body, language) !== null) invented++;
  }
  const n = Math.max(1, texts.length);
  return { articles: texts.length, recovered: recovered / n, wrongCut: (split - recovered) / Math.max(1, split), inventedFromBody: invented / n };
}

/** Labeled story sets' records with a headline of their own (not a key or a date). */
function headlinedRecords(path: string): HeadlinedText[] {
  return readLabeledArticles(path).flatMap((record) => {
    const headline = record.title?.trim() ?? '';
    const body = record.text.replace(/\s+/gu, ' ').trim();
    return headline === '' || !/\p{L}{3,}\s/u.test(headline) || body.length < MIN_BODY_CHARS ? [] : [{ headline, body }];
  });
}

function trafilaturaTexts(): HeadlinedText[] {
  return loadTrafilaturaCases().flatMap((page) => {
    if (!page.title) return [];
    const body = extractHtml(decodeHtmlBytes(page.bytes), { url: page.url }).paragraphs.join(' ');
    return body.length < MIN_BODY_CHARS ? [] : [{ headline: page.title.trim(), body }];
  });
}

export function evaluateRunInHeadlines(): Record<string, RunInScores> | null {
  if (!extractionDataPresent()) return null;
  return {
    ecbplus: scoreRunInHeadlines(headlinedRecords(join(DEFAULT_DATA_DIR, CLUSTERING_SETS.ecbplus))),
    pac: scoreRunInHeadlines(headlinedRecords(join(DEFAULT_DATA_DIR, CLUSTERING_SETS.pac))),
    'trafilatura-dev': scoreRunInHeadlines(trafilaturaTexts()),
  };
}
