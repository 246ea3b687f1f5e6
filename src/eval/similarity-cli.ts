// `npm run eval:similarity [dir]`: Pearson r of every similarity dimension on the SemEval-2022 dev pairs, with the
// shipped weights (fitted on these pairs) and 5-fold cross-validated, over all pairs and the cross-lingual ones.
import { join } from 'node:path';
import { dataDirectory } from './extraction-data.ts';
import { evaluateSimilarity } from './similarity.ts';

const directory = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(dataDirectory(), 'semeval2022-dev');
const started = performance.now();
const report = evaluateSimilarity(directory);
if (process.argv.includes('--json')) console.log(JSON.stringify(report));
else {
  console.log(`SemEval-2022 Task 8 dev pairs (${report.pairs} pairs, ${report.crossLingualPairs} cross-lingual; ${directory})`);
  console.log('Pearson r with human scores (higher = agrees); "fitted" uses the shipped weights, fitted on these pairs; "5-fold CV" scores each pair with weights fitted without it.');
  console.log(`  ${'dimension'.padEnd(10)} ${'fitted'.padStart(7)} ${'5-fold CV'.padStart(10)}   cross-lingual: ${'fitted'.padStart(7)} ${'5-fold CV'.padStart(10)}`);
  for (const dimension of Object.keys(report.pearson) as Array<keyof typeof report.pearson>) {
    const cell = (value: number) => value.toFixed(3);
    console.log(`  ${dimension.padEnd(10)} ${cell(report.pearson[dimension]).padStart(7)} ${cell(report.crossValidated[dimension]).padStart(10)}                  ${cell(report.crossLingual.pearson[dimension]).padStart(7)} ${cell(report.crossLingual.crossValidated[dimension]).padStart(10)}`);
  }
  console.log(`(${Math.round(performance.now() - started)} ms)`);
}
