// Ridge regression by hand (normal equations, Gauss–Jordan) and k-fold cross-validation: enough to fit the
// similarity model's few weights and to report a score it did not see while fitting.
import { pearson } from './metrics.ts';

/** Shrinks weights towards 0 (not the intercept) by this × the number of rows: keeps correlated features stable. */
export const RIDGE = 1e-3;
/** Folds for cross-validation: 5 leaves 4/5 of the pairs to fit each time. */
export const FOLDS = 5;

function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const rows = matrix.map((row, i) => [...row, vector[i]!]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    const head = rows[column]!;
    if (head[column] === 0) continue;
    for (let row = 0; row < n; row++) {
      if (row === column) continue;
      const current = rows[row]!;
      const factor = current[column]! / head[column]!;
      if (factor === 0) continue;
      for (let k = column; k <= n; k++) current[k]! -= factor * head[k]!;
    }
  }
  return rows.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}

/** Weights [intercept, …one per feature] minimising squared error plus `ridge` × n × |w|². */
export function fitRidge(features: readonly (readonly number[])[], targets: readonly number[], ridge = RIDGE): number[] {
  const width = (features[0]?.length ?? 0) + 1;
  const gram = Array.from({ length: width }, () => new Array<number>(width).fill(0));
  const moment = new Array<number>(width).fill(0);
  features.forEach((row, i) => {
    const x = [1, ...row];
    for (let j = 0; j < width; j++) {
      moment[j]! += x[j]! * targets[i]!;
      for (let k = 0; k < width; k++) gram[j]![k]! += x[j]! * x[k]!;
    }
  });
  for (let j = 1; j < width; j++) gram[j]![j]! += ridge * features.length;
  return solve(gram, moment);
}

export function linear(weights: readonly number[], row: readonly number[]): number {
  let value = weights[0] ?? 0;
  for (let k = 0; k < row.length; k++) value += (weights[k + 1] ?? 0) * row[k]!;
  return value;
}

/** Out-of-fold predictions: row i is predicted by weights fitted on the folds without it (fold = i mod k). */
export function crossValidatedPredictions(features: readonly (readonly number[])[], targets: readonly number[], folds = FOLDS): number[] {
  const predictions = new Array<number>(targets.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const train = targets.map((_, i) => i).filter((i) => i % folds !== fold);
    const weights = fitRidge(train.map((i) => features[i]!), train.map((i) => targets[i]!));
    for (let i = fold; i < targets.length; i += folds) predictions[i] = linear(weights, features[i]!);
  }
  return predictions;
}

export function pearsonOf(predictions: readonly number[], targets: readonly number[], rows?: readonly number[]): number {
  const pick = rows ?? predictions.map((_, i) => i);
  if (pick.length < 3) return Number.NaN;
  return pearson(pick.map((i) => predictions[i]!), pick.map((i) => targets[i]!));
}
