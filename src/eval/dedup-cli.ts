// `npm run eval:dedup`: how well the dedup stage links copies to what they copy, and leaves independent reports apart.
// Derived copies of five kinds are made from the labeled story sets and streamed with the originals through ingest's
// cleaner and the real deduplicator (see dedup.ts); fails when a score falls below src/eval/dedup-baseline.json.
//   --json        machine-readable report on stdout
//   --seed N      another sample of originals, other edits and another stream order (the baseline is pinned on seed 1)
//   --per-kind N  originals copied per kind (default 40)
//   --misses [N]  list up to N missed or mis-kinded copies and false links per set (for tuning)
import { COPY_KINDS } from './dedup-copies.ts';
import { DEFAULT_PER_KIND, DEFAULT_SEED, evaluateDedup, MARGIN, overlapBounds, type DedupReport } from './dedup.ts';
import { DEDUP_SETS, dedupRegressions, dedupSetPath, dedupSetPresent, loadSourceArticles, readDedupBaseline } from './dedup-baseline.ts';
import { DEFAULT_DATA_DIR } from './story-sets.ts';

const fixed = (value: number | null, digits = 3): string => (value === null ? '-' : value.toFixed(digits));

function formatTable(report: DedupReport): string {
  const header = ['kind', 'copies', 'linked', 'recall', 'right kind', 'share MAE', 'true share', 'true Jaccard'];
  const rows = COPY_KINDS.map((kind) => {
    const k = report.kinds[kind];
    return [kind, String(k.copies), String(k.linked), fixed(k.recall), fixed(k.right_kind_recall), fixed(k.share_mae), fixed(k.mean_true_share), fixed(k.mean_true_jaccard)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const { links, natural_copies: natural, same_story: same, other_story: other } = report;
  const bounds = overlapBounds();
  return [
    `# ${report.set}: ${report.originals} originals, ${report.copies} derived copies${report.rejected > 0 ? `, ${report.rejected} rejected by the cleaner` : ''}; dedup ${report.dedup_seconds.toFixed(2)} s`,
    line(header),
    ...rows.map(line),
    `links made: ${links.total}, precision ${fixed(links.precision)} (right when one text truly shares ≥ ${bounds.linkable.toFixed(2)} of its shingles with the other)`,
    `the set's own copies (originals sharing ≥ ${bounds.copied.toFixed(2)}): ${natural.pairs} pairs, ${natural.same_story} same-story; linked ${natural.linked} (recall ${fixed(natural.recall)}); borderline (${bounds.linkable.toFixed(2)}-${bounds.copied.toFixed(2)}): ${natural.borderline.linked} of ${natural.borderline.pairs} linked`,
    `independent same-story reports linked: ${same.linked} of ${same.pairs.toLocaleString('en')} pairs (${fixed(same.rate, 4)}); other stories: ${other.linked} of ${other.pairs.toLocaleString('en')}`,
  ].join('\n');
}

function formatMisses(report: DedupReport, limit: number): string {
  const lines = [`## ${report.set}: missed or mis-kinded copies`, ...report.missed.slice(0, limit).map((m) => `${m.kind}\t${m.copy}\t${m.problem}`)];
  lines.push(`## ${report.set}: false links`, ...report.false_links.slice(0, limit).map((f) => `${f.kind}\t${f.from} -> ${f.to}\tcontainment ${f.containment.toFixed(2)}, Jaccard ${f.jaccard.toFixed(2)}${f.same_story ? ', same story' : ''}`));
  return lines.join('\n');
}

function numberAfter(argv: readonly string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag);
  const value = at >= 0 ? Number(argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(argv: readonly string[]): Promise<number> {
  const present = DEDUP_SETS.filter((set) => dedupSetPresent(set.file));
  if (present.length === 0) {
    console.log(`Dedup evaluation skipped: labeled story sets not found in ${DEFAULT_DATA_DIR} (set PARALLAX_DATA to its folder).`);
    return 0;
  }
  const seed = numberAfter(argv, '--seed', DEFAULT_SEED);
  const perKind = numberAfter(argv, '--per-kind', DEFAULT_PER_KIND);
  const baseline = readDedupBaseline();
  // Pinned scores hold for the pinned sample only.
  const comparable = seed === baseline.seed && perKind === baseline.per_kind;
  const reports: DedupReport[] = [];
  const regressions: string[] = [];
  for (const set of present) {
    const report = await evaluateDedup(set.name, loadSourceArticles(dedupSetPath(set.file)), { seed, perKind });
    reports.push(report);
    const pinned = baseline.sets[set.file];
    if (comparable && pinned !== undefined) regressions.push(...dedupRegressions(report, pinned));
  }
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ seed, per_kind: perKind, bounds: overlapBounds(), margin: MARGIN, reports, regressions }, null, 2));
  } else {
    const misses = argv.indexOf('--misses');
    const limit = misses >= 0 ? numberAfter(argv, '--misses', 50) : 0;
    for (const report of reports) console.log(`${formatTable(report)}\n${limit > 0 ? `${formatMisses(report, limit)}\n` : ''}`);
    const skipped = DEDUP_SETS.filter((set) => !present.includes(set));
    for (const set of skipped) console.log(`${set.name} skipped: ${dedupSetPath(set.file)} not found.`);
    if (!comparable) console.log(`Seed ${seed}, ${perKind} per kind: not the pinned sample (seed ${baseline.seed}, ${baseline.per_kind} per kind), so not compared with the baseline.`);
    for (const regression of regressions) console.log(`REGRESSION ${regression}`);
    if (comparable && regressions.length === 0) console.log('No score below the pinned baseline.');
  }
  return regressions.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
