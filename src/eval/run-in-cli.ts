// `npm run eval:runin`: how often a headline run into its body is split off right (see run-in.ts).
import { evaluateRunInHeadlines } from './run-in.ts';

const rows = evaluateRunInHeadlines();
if (rows === null) console.log('run-in headline evaluation skipped: ../shared/data (or PARALLAX_DATA) is not present');
else if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
else {
  console.log('headline put back in front of its body, then split off');
  console.log('data set           articles  recovered  wrong cut  invented from body alone');
  for (const [name, s] of Object.entries(rows)) {
    console.log(`${name.padEnd(18)} ${String(s.articles).padStart(8)} ${s.recovered.toFixed(3).padStart(10)} ${s.wrongCut.toFixed(3).padStart(10)} ${s.inventedFromBody.toFixed(3).padStart(10)}`);
  }
}
