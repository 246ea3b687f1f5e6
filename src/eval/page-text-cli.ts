// `npm run eval:pagetext`: scores the raw page-text cleaner on the labelled pages rendered as visible text.
import { extractionDataPresent } from './extraction-data.ts';
import { evaluateReadabilityAsText, evaluateTrafilaturaAsText } from './page-text.ts';

if (!extractionDataPresent()) {
  console.log('page-text evaluation skipped: ../shared/data (or PARALLAX_DATA) is not present');
} else {
  const rows = { 'trafilatura-dev': evaluateTrafilaturaAsText(), 'readability-test-pages': evaluateReadabilityAsText() };
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    console.log('page text cleaner (pages rendered to visible text)');
    console.log('data set                  pages  precision  recall     F1   title  author    date');
    for (const [name, s] of Object.entries(rows)) {
      console.log(`${name.padEnd(24)} ${String(s.pages).padStart(6)} ${s.precision.toFixed(3).padStart(10)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${s.title.toFixed(3).padStart(7)} ${s.author.toFixed(3).padStart(7)} ${s.date.toFixed(3).padStart(7)}`);
    }
  }
}
