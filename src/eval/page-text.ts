// Quality of the raw page-text cleaner on real pages: each labelled HTML page is rendered to its visible
// text (what a scraper that copies a page's text produces, like the seed files), cleaned as page text,
// and scored with the same measures as HTML extraction (trafilatura segments; Readability token overlap).
import { convert } from 'html-to-text';
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { createCleaner } from '../clean/index.ts';
import type { RawId } from '../model/index.ts';
import { loadReadabilityCases, loadTrafilaturaCases } from './extraction-data.ts';
import { authorsMatch, datesMatch, f1Of, segmentSearchText, titlesMatch, tokenOverlap } from './extraction-metrics.ts';
import { MetadataTally } from './extraction.ts';

export type PageTextScores = {
  pages: number; precision: number; recall: number; f1: number; title: number;
  /** Share of the pages with a gold byline (date) whose cleaned article has that byline (that day). */
  author: number; date: number;
};

/** Renders a page as its visible text, one block per line, links and images as their text only. */
export function visibleText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'block' },
      { selector: 'th', format: 'block' },
      { selector: 'ul', options: { itemPrefix: '' } },
      { selector: 'ol', format: 'unorderedList', options: { itemPrefix: '' } },
    ],
  });
}

const clean = createCleaner();

const metadataScores = (tally: MetadataTally) => ({ title: tally.accuracy('title'), author: tally.accuracy('author'), date: tally.accuracy('date') });

type CleanedText = { text: string; title: string | null; byline: string | null; date: string | null };

function cleanText(text: string): CleanedText {
  const result = clean({ id: 'r_eval' as RawId, origin: { file: 'eval' }, body: { kind: 'text', text }, hints: {} });
  if (!result.ok) return { text: '', title: null, byline: null, date: null };
  const { article } = result;
  return { text: article.text, title: article.title, byline: article.byline, date: article.published_at };
}

export function evaluateTrafilaturaAsText(): PageTextScores {
  let tp = 0, fn = 0, fp = 0;
  const tally = new MetadataTally();
  const cases = loadTrafilaturaCases();
  for (const page of cases) {
    const out = cleanText(visibleText(decodeHtmlBytes(page.bytes)));
    tally.add(page.url, 'title', page.title, out.title, titlesMatch);
    tally.add(page.url, 'author', page.author, out.byline, authorsMatch);
    tally.add(page.url, 'date', page.date, out.date, datesMatch);
    const haystack = segmentSearchText(out.text);
    for (const s of page.with) haystack.includes(segmentSearchText(s)) ? tp++ : fn++;
    for (const s of page.without) if (haystack.includes(segmentSearchText(s))) fp++;
  }
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { pages: cases.length, precision, recall, f1: f1Of(precision, recall), ...metadataScores(tally) };
}

export function evaluateReadabilityAsText(): PageTextScores {
  let p = 0, r = 0;
  const tally = new MetadataTally();
  const cases = loadReadabilityCases();
  for (const page of cases) {
    const out = cleanText(visibleText(page.html));
    tally.add(page.id, 'title', page.title, out.title, titlesMatch);
    tally.add(page.id, 'author', page.byline, out.byline, authorsMatch);
    tally.add(page.id, 'date', page.publishedTime, out.date, datesMatch);
    const o = tokenOverlap(out.text, page.expectedText);
    p += o.precision;
    r += o.recall;
  }
  const precision = p / cases.length, recall = r / cases.length;
  return { pages: cases.length, precision, recall, f1: f1Of(precision, recall), ...metadataScores(tally) };
}
