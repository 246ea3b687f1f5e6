// Clustering and correlation measures: BCubed, pairwise P/R/F1, adjusted Rand index, Pearson r.

export type PrecisionRecall = { readonly precision: number; readonly recall: number; readonly f1: number };

/** A clustering: item id → cluster label. Both clusterings must label the same items. */
export type Labels = ReadonlyMap<string, string>;

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function groups(labels: Labels): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const [item, label] of labels) {
    const members = byLabel.get(label);
    if (members === undefined) byLabel.set(label, [item]);
    else members.push(item);
  }
  return byLabel;
}

/** Counts of items per (predicted, gold) label pair: the contingency table every measure here reads. */
function contingency(predicted: Labels, gold: Labels): Map<string, number> {
  const table = new Map<string, number>();
  for (const [item, label] of predicted) {
    const goldLabel = gold.get(item);
    if (goldLabel === undefined) throw new Error(`item ${item} has no gold label`);
    const key = `${label}\u0000${goldLabel}`;
    table.set(key, (table.get(key) ?? 0) + 1);
  }
  return table;
}

/** BCubed (Bagga & Baldwin 1998): per item, the share of its predicted cluster that shares its gold label, and vice versa. */
export function bcubed(predicted: Labels, gold: Labels): PrecisionRecall {
  const table = contingency(predicted, gold);
  const predictedSizes = new Map([...groups(predicted)].map(([label, items]) => [label, items.length]));
  const goldSizes = new Map([...groups(gold)].map(([label, items]) => [label, items.length]));
  let precision = 0;
  let recall = 0;
  for (const [key, count] of table) {
    const [p, g] = key.split('\u0000') as [string, string];
    precision += (count * count) / (predictedSizes.get(p) ?? 1);
    recall += (count * count) / (goldSizes.get(g) ?? 1);
  }
  const n = predicted.size;
  return { precision: precision / n, recall: recall / n, f1: f1(precision / n, recall / n) };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise: precision and recall of the "same cluster" relation over all item pairs. */
export function pairwise(predicted: Labels, gold: Labels): PrecisionRecall {
  const table = contingency(predicted, gold);
  let together = 0;
  for (const count of table.values()) together += pairs(count);
  let predictedPairs = 0;
  for (const items of groups(predicted).values()) predictedPairs += pairs(items.length);
  let goldPairs = 0;
  for (const items of groups(gold).values()) goldPairs += pairs(items.length);
  const precision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const recall = goldPairs === 0 ? 1 : together / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Adjusted Rand index (Hubert & Arabie 1985): 1 for identical clusterings, about 0 for chance agreement. */
export function adjustedRandIndex(predicted: Labels, gold: Labels): number {
  const table = contingency(predicted, gold);
  let index = 0;
  for (const count of table.values()) index += pairs(count);
  let a = 0;
  for (const items of groups(predicted).values()) a += pairs(items.length);
  let b = 0;
  for (const items of groups(gold).values()) b += pairs(items.length);
  const total = pairs(predicted.size);
  const expected = total === 0 ? 0 : (a * b) / total;
  const maximum = (a + b) / 2;
  return maximum === expected ? 1 : (index - expected) / (maximum - expected);
}

/** Pearson correlation coefficient; 0 when either series is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Precision/recall/F1 of binary predictions against binary truth. */
export function binaryScores(predicted: readonly boolean[], truth: readonly boolean[]): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((guess, i) => {
    const actual = truth[i] === true;
    if (guess && actual) tp++;
    else if (guess) fp++;
    else if (actual) fn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: f1(precision, recall) };
}
