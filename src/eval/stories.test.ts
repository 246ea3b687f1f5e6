import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shuffledInputs, type ReplayUnit } from './stories.ts';

describe('shuffled replays of a labeled file', () => {
  const records: ReplayUnit[] = Array.from({ length: 12 }, (_, i) => ({ kind: 'record', text: JSON.stringify({ id: `r${i}`, text: `report ${i}` }), story: `s${i % 3}` }));
  const page: ReplayUnit = { kind: 'file', file: '/data/pages/ria.txt', gold: [['/data/pages/ria.txt', 'talks']] };

  it('reorders the records, writes them where whole files do not come between them, and keeps every label with its record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-replay-test-'));
    try {
      const { inputs, gold } = shuffledInputs([...records, page], 3, dir);
      assert.ok(inputs.includes('/data/pages/ria.txt'));
      assert.equal(gold.get('/data/pages/ria.txt'), 'talks');
      const replayed = inputs.filter((input) => input !== '/data/pages/ria.txt').flatMap((file) =>
        readFileSync(file, 'utf8').trim().split('\n').map((line, i) => ({ id: (JSON.parse(line) as { id: string }).id, story: gold.get(`${file}:${i + 1}`) })),
      );
      assert.deepEqual(replayed.map((r) => r.id).sort(), records.map((_, i) => `r${i}`).sort());
      assert.notDeepEqual(replayed.map((r) => r.id), records.map((_, i) => `r${i}`), 'seed 3 leaves the order as it was');
      for (const { id, story } of replayed) assert.equal(story, `s${Number(id.slice(1)) % 3}`, id);
      assert.equal(gold.size, records.length + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
