// `npm run eval:pagetext`: scores the raw page-text cleaner on the labelled pages rendered as visible text, by
// html-to-text and (where Debian's chromium is installed) by Chromium's innerText.
import { chromiumAvailable } from './browser-text.ts';
import { extractionDataPresent } from './extraction-data.ts';
import { evaluatePageTextRows } from './page-text.ts';

if (!extractionDataPresent()) {
  console.log('page-text evaluation skipped: ../shared/data (or PARALLAX_DATA) is not present');
} else {
  const withBrowser = chromiumAvailable();
  const rows = await evaluatePageTextRows(withBrowser);
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    console.log('page text cleaner (pages rendered to visible text)');
    console.log('data set                               pages  precision  recall     F1   title  author    date');
    for (const [name, s] of Object.entries(rows)) {
      console.log(`${name.padEnd(37)} ${String(s.pages).padStart(6)} ${s.precision.toFixed(3).padStart(10)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${s.title.toFixed(3).padStart(7)} ${s.author.toFixed(3).padStart(7)} ${s.date.toFixed(3).padStart(7)}`);
    }
    if (!withBrowser) console.log('browser-text rows skipped: Chromium not installed (apt-get install chromium)');
  }
}
