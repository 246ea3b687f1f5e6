// Quality of the raw page-text cleaner on real pages: each labelled HTML page is rendered to its visible
// text (what a scraper that copies a page's text produces, like the seed files), cleaned as page text,
// and scored with the same measures as HTML extraction (trafilatura segments; Readability token overlap).
import { convert } from 'html-to-text';
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { createCleaner } from '../clean/index.ts';
import type { RawId } from '../model/index.ts';
import { loadReadabilityCases, loadTrafilaturaCases } from './extraction-data.ts';
import { f1Of, segmentSearchText, titlesMatch, tokenOverlap } from './extraction-metrics.ts';

export type PageTextScores = { pages: number; precision: number; recall: number; f1: number; title: number };

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

function cleanText(text: string): { text: string; title: string | null } {
  const result = clean({ id: 'r_eval' as RawId, origin: { file: 'eval' }, body: { kind: 'text', text }, hints: {} });
  return result.ok ? { text: result.article.text, title: result.article.title } : { text: '', title: null };
}

export function evaluateTrafilaturaAsText(): PageTextScores {
  let tp = 0, fn = 0, fp = 0, titles = 0, titled = 0;
  const cases = loadTrafilaturaCases();
  for (const page of cases) {
    const out = cleanText(visibleText(decodeHtmlBytes(page.bytes)));
    const haystack = segmentSearchText(out.text);
    for (const s of page.with) haystack.includes(segmentSearchText(s)) ? tp++ : fn++;
    for (const s of page.without) if (haystack.includes(segmentSearchText(s))) fp++;
    if (page.title) {
      titled++;
      if (titlesMatch(out.title, page.title)) titles++;
    }
  }
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { pages: cases.length, precision, recall, f1: f1Of(precision, recall), title: titles / Math.max(1, titled) };
}

export function evaluateReadabilityAsText(): PageTextScores {
  let p = 0, r = 0, titles = 0, titled = 0;
  const cases = loadReadabilityCases();
  for (const page of cases) {
    const out = cleanText(visibleText(page.html));
    const o = tokenOverlap(out.text, page.expectedText);
    p += o.precision;
    r += o.recall;
    if (page.title) {
      titled++;
      if (titlesMatch(out.title, page.title)) titles++;
    }
  }
  const precision = p / cases.length, recall = r / cases.length;
  return { pages: cases.length, precision, recall, f1: f1Of(precision, recall), title: titles / Math.max(1, titled) };
}
