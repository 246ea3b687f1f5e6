// `npm run eval:headline-fit`: refits the page-text headline weights on the labelled pages rendered as visible text
// (both sets together, and each alone to see how they carry to the other), and prints how many headlines each pick.
// Copy the "both" weights into HEADLINE_WEIGHTS (src/clean/page-title.ts) after changing a feature; review the diff.
import { decodeHtmlBytes } from '../clean/html/charset.ts';
import { HEADLINE_FEATURE_NAMES, HEADLINE_WEIGHTS, type HeadlineFeatures } from '../clean/page-title.ts';
import { extractionDataPresent, loadReadabilityCases, loadTrafilaturaCases } from './extraction-data.ts';
import { fitHeadlineWeights, headlinePage, headlinesPicked, type HeadlinePage } from './headline-fit.ts';
import { visibleText } from './page-text.ts';

if (!extractionDataPresent()) {
  console.log('headline fit skipped: ../shared/data (or PARALLAX_DATA) is not present');
} else {
  const sets: Record<string, HeadlinePage[]> = {
    trafilatura: loadTrafilaturaCases().flatMap((page) => (page.title === null ? [] : [headlinePage(page.url, visibleText(decodeHtmlBytes(page.bytes)), page.title)])),
    readability: loadReadabilityCases().flatMap((page) => (page.title === null ? [] : [headlinePage(page.id, visibleText(page.html), page.title)])),
  };
  const picks = (weights: HeadlineFeatures) =>
    Object.entries(sets).map(([name, pages]) => {
      const { picked, reachable } = headlinesPicked(pages, weights);
      return `${name} ${picked}/${reachable}`;
    }).join(', ');
  const show = (weights: HeadlineFeatures) => HEADLINE_FEATURE_NAMES.map((name) => `${name}: ${+weights[name].toFixed(3)}`).join(', ');
  console.log('headlines picked where the page offers its headline as a candidate');
  console.log(`current weights: ${picks(HEADLINE_WEIGHTS)}\n  { ${show(HEADLINE_WEIGHTS)} }`);
  for (const [name, pages] of [['both', [...sets['trafilatura']!, ...sets['readability']!]], ...Object.entries(sets)] as const) {
    const weights = fitHeadlineWeights(pages);
    console.log(`fitted on ${name}: ${picks(weights)}\n  { ${show(weights)} }`);
  }
}
