// `parallax eval <file>`: scores story clustering on story-labeled articles, or the story match score and the
// comparison's similarity dimensions on human-scored article pairs, in a throw-away database.
import type { Command } from 'commander';
import type { ClusteringReport } from '../../eval/stories.ts';
import type { PairsEvalReport, PairsReport } from '../../eval/pairs.ts';
import type { PrecisionRecall } from '../../eval/metrics.ts';
import type { StoryErrors } from '../../eval/story-errors.ts';
import { EXIT, globals, json, log, out, wholeNumber } from '../context.ts';
import { logRejection } from './ingest.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score story clustering on a labeled JSONL file (articles with story_id, or SemEval-style pairs) in a throw-away database')
    .argument('<file>', 'labeled JSON Lines file')
    .option('--shuffles <n>', 'also replay the articles in n shuffled orders (seeds 1…n) and report their BCubed F1: how much the stories depend on arrival order', '0')
    .option('--errors', 'also list the predicted stories that merged labeled ones and the labeled stories cut in pieces')
    .action(async (file: string, opts: { shuffles: string; errors?: boolean }, cmd: Command) => {
      const shuffles = wholeNumber(opts.shuffles, '--shuffles');
      const { runEval } = await import('../../eval/stories.ts');
      let rejected = 0;
      const report = await runEval(file, {
        shuffles,
        errors: opts.errors === true,
        onRejected: (rejection) => {
          rejected++;
          logRejection(rejection);
        },
      });
      // Pairs are scored one by one: no order to replay.
      if (shuffles > 0 && 'dimensions' in report) log('--shuffles ignored: a pairs file is scored pair by pair, not streamed');
      if (globals(cmd).json) json(report);
      else out('dimensions' in report ? formatPairsReport(report) : formatClusteringReport(report));
      if (rejected > 0) process.exitCode = EXIT.rejected;
    });
}

/** The disagreements, largest first: a line per merged story (its labels and counts), then per split label. */
function formatStoryErrors(errors: StoryErrors): string[] {
  const title = (text: string | null): string => (text === null ? '' : `  “${text.length > 70 ? `${text.slice(0, 69)}…` : text}”`);
  return [
    `merged: ${errors.merged.length} predicted stories hold several labeled ones`,
    ...errors.merged.map((m) => `  ${m.story}  ${m.labels.map((l) => `${l.label} ×${l.articles}`).join(', ')}${title(m.title)}`),
    `split: ${errors.split.length} labeled stories are in several predicted ones`,
    ...errors.split.map((s) => `  ${s.label}  ${s.parts.map((p) => `${p.articles} in ${p.story}`).join(', ')}`),
  ];
}

function precisionRecall(name: string, value: PrecisionRecall): string {
  return `${name.padEnd(12)} precision ${value.precision.toFixed(3)}  recall ${value.recall.toFixed(3)}  F1 ${value.f1.toFixed(3)}`;
}

/** r to three places; "n/a" where the file gives too few human scores for that dimension. */
function correlation(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

/** The simulated pairs of a report written without capitals and one written with them (see `caselessSimulation`). */
function caselessLines(simulated: PairsReport | null): string[] {
  if (simulated === null) return [];
  return [`written without capitals against with (simulated on the one-language pairs): ${simulated.pairs} pairs, r ${simulated.pearson_overall.toFixed(3)}`, precisionRecall('  same story', simulated.same_story)];
}

export function formatPairsReport(report: PairsEvalReport): string {
  const cross = report.cross_lingual;
  const dimensions = Object.entries(report.dimensions).map(([dimension, r]) => `${dimension} ${correlation(r)}`);
  return [
    `pairs ${report.pairs}; Pearson r with −overall (higher is better) ${report.pearson_overall.toFixed(3)}`,
    precisionRecall('same story', report.same_story),
    `cross-lingual: ${cross.pairs} pairs, r ${cross.pearson_overall.toFixed(3)}`,
    precisionRecall('  same story', cross.same_story),
    ...caselessLines(report.caseless_simulated),
    'comparison similarity per dimension, Pearson r with −human score (higher is better):',
    `  ${dimensions.join('  ')}`,
  ].join('\n');
}

export function formatClusteringReport(report: ClusteringReport): string {
  const lines = [
    `articles ${report.articles}; stories predicted ${report.stories.predicted}, labeled ${report.stories.labeled}`,
    precisionRecall('BCubed', report.bcubed),
    precisionRecall('pairwise', report.pairwise),
    `ARI          ${report.ari.toFixed(3)}`,
  ];
  if (report.errors !== undefined) lines.push(...formatStoryErrors(report.errors));
  const shuffled = report.shuffled;
  if (shuffled !== undefined) {
    lines.push(
      `shuffled orders: BCubed F1 mean ${shuffled.mean_bcubed_f1.toFixed(3)}, lowest ${shuffled.min_bcubed_f1.toFixed(3)}`,
      `  ${shuffled.runs.map((run) => `seed ${run.seed} ${run.bcubed.f1.toFixed(3)} (${run.stories} stories)`).join('  ')}`,
    );
  }
  return lines.join('\n');
}
