// `npm run eval:similarity [dir]`: Pearson r of every similarity dimension on the SemEval-2022 dev pairs.
import { fileURLToPath } from 'node:url';
import { evaluateSimilarity } from './similarity.ts';

const directory = process.argv[2] ?? fileURLToPath(new URL('../../../shared/data/semeval2022-dev', import.meta.url));
const started = performance.now();
const report = evaluateSimilarity(directory);
if (process.argv.includes('--json')) console.log(JSON.stringify(report));
else {
  console.log(`SemEval-2022 Task 8 dev pairs (${report.pairs} pairs, ${directory}); Pearson r with human scores (higher = agrees):`);
  for (const [dimension, r] of Object.entries(report.pearson)) console.log(`  ${dimension.padEnd(10)} ${r.toFixed(3)}`);
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}
