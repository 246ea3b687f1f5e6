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

/** How a labelled page becomes the text a scraper would have: html-to-text by default, or texts rendered beforehand. */
export type PageRendering = (html: string, index: number) => string;

const htmlToText: PageRendering = (html) => visibleText(html);

/** The trafilatura pages' HTML, decoded, in order (what a rendering is given). */
export const trafilaturaPages = (): string[] => loadTrafilaturaCases().map((page) => decodeHtmlBytes(page.bytes));

/** The Readability pages' HTML, in order. */
export const readabilityPages = (): string[] => loadReadabilityCases().map((page) => page.html);

export function evaluateTrafilaturaAsText(render: PageRendering = htmlToText): PageTextScores {
  let tp = 0, fn = 0, fp = 0;
  const tally = new MetadataTally();
  const cases = loadTrafilaturaCases();
  for (const [index, page] of cases.entries()) {
    const out = cleanText(render(decodeHtmlBytes(page.bytes), index));
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

export function evaluateReadabilityAsText(render: PageRendering = htmlToText): PageTextScores {
  let p = 0, r = 0;
  const tally = new MetadataTally();
  const cases = loadReadabilityCases();
  for (const [index, page] of cases.entries()) {
    const out = cleanText(render(page.html, index));
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

/** The rows of eval:pagetext: each data set rendered by html-to-text and, where Chromium is installed, by Chromium. */
export type PageTextRows = Record<string, PageTextScores>;

/** Row names of the browser renderings (a baseline row is checked only when its rendering ran). */
export const BROWSER_ROWS = { trafilatura: 'trafilatura-dev, browser text', readability: 'readability-test-pages, browser text' } as const;

export async function evaluatePageTextRows(withBrowser: boolean): Promise<PageTextRows> {
  const rows: PageTextRows = { 'trafilatura-dev': evaluateTrafilaturaAsText(), 'readability-test-pages': evaluateReadabilityAsText() };
  if (!withBrowser) return rows;
  const { renderBrowserTexts } = await import('./browser-text.ts');
  const trafilatura = await renderBrowserTexts(trafilaturaPages());
  const readability = await renderBrowserTexts(readabilityPages());
  rows[BROWSER_ROWS.trafilatura] = evaluateTrafilaturaAsText((_, index) => trafilatura[index]!);
  rows[BROWSER_ROWS.readability] = evaluateReadabilityAsText((_, index) => readability[index]!);
  return rows;
}
