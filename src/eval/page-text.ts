// Quality of the raw page-text cleaner on real pages: each labelled HTML page is rendered to its visible
// text (what a scraper that copies a page's text produces, like the seed files), cleaned as page text,
// and scored with the same measures as HTML extraction (trafilatura segments; Readability token overlap).
import { convert } from 'html-to-text';
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { createCleaner } from '../clean/index.ts';
import type { RawId } from '../model/index.ts';
import { loadReadabilityCases, loadTrafilaturaCases } from './extraction-data.ts';
import { authorsMatch, datesMatch, f1Of, segmentSearchText, titlesMatch, tokenOverlap } from './extraction-metrics.ts';

export type PageTextScores = {
  pages: number; precision: number; recall: number; f1: number; title: number;
  /** Share of the pages with a gold byline (date) whose cleaned article has that byline (that day). */
  author: number; date: number;
};

/** Accuracy of one metadata field over the pages that have a gold value for it. */
class FieldAccuracy {
  private right = 0;
  private gold = 0;
  add(got: string | null, expected: string | null, match: (got: string | null, expected: string) => boolean): void {
    if (!expected) return;
    this.gold++;
    if (match(got, expected)) this.right++;
  }
  get value(): number {
    return this.right / Math.max(1, this.gold);
  }
}

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

type CleanedText = { text: string; title: string | null; byline: string | null; date: string | null };

function cleanText(text: string): CleanedText {
  const result = clean({ id: 'r_eval' as RawId, origin: { file: 'eval' }, body: { kind: 'text', text }, hints: {} });
  if (!result.ok) return { text: '', title: null, byline: null, date: null };
  const { article } = result;
  return { text: article.text, title: article.title, byline: article.byline, date: article.published_at };
}

export function evaluateTrafilaturaAsText(): PageTextScores {
  let tp = 0, fn = 0, fp = 0, titles = 0, titled = 0;
  const author = new FieldAccuracy(), date = new FieldAccuracy();
  const cases = loadTrafilaturaCases();
  for (const page of cases) {
    const out = cleanText(visibleText(decodeHtmlBytes(page.bytes)));
    author.add(out.byline, page.author, authorsMatch);
    date.add(out.date, page.date, datesMatch);
    const haystack = segmentSearchText(out.text);
    for (const s of page.with) haystack.includes(segmentSearchText(s)) ? tp++ : fn++;
    for (const s of page.without) if (haystack.includes(segmentSearchText(s))) fp++;
    if (page.title) {
      titled++;
      if (titlesMatch(out.title, page.title)) titles++;
    }
  }
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { pages: cases.length, precision, recall, f1: f1Of(precision, recall), title: titles / Math.max(1, titled), author: author.value, date: date.value };
}

export function evaluateReadabilityAsText(): PageTextScores {
  let p = 0, r = 0, titles = 0, titled = 0;
  const author = new FieldAccuracy(), date = new FieldAccuracy();
  const cases = loadReadabilityCases();
  for (const page of cases) {
    const out = cleanText(visibleText(page.html));
    author.add(out.byline, page.byline, authorsMatch);
    date.add(out.date, page.publishedTime, datesMatch);
    const o = tokenOverlap(out.text, page.expectedText);
    p += o.precision;
    r += o.recall;
    if (page.title) {
      titled++;
      if (titlesMatch(out.title, page.title)) titles++;
    }
  }
  const precision = p / cases.length, recall = r / cases.length;
  return { pages: cases.length, precision, recall, f1: f1Of(precision, recall), title: titles / Math.max(1, titled), author: author.value, date: date.value };
}
