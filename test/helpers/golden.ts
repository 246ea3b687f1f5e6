// Golden files: compare with the stored expectation; UPDATE_GOLDEN=1 rewrites it (review the diff before committing).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function assertGolden(path: string, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`golden file ${path} is missing; run with UPDATE_GOLDEN=1 to write it`);
    writeFileSync(path, text);
    return;
  }
  assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
}
