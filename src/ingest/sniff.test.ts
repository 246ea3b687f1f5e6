import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksBinary } from './sniff.ts';

test('a page with a stray NUL byte is text; bytes full of controls and zeros are binary', () => {
  const page = Buffer.from(`Harbor Daily Ledger\nQuake off Peru kills four\n${'The quake struck off the coast on Monday. '.repeat(40)}\u0000\nMore text.\n`);
  assert.equal(looksBinary(page), false);
  // A PNG's opening: its signature, then chunk lengths and types written in zero and control bytes.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 0x49 : i % 3))]);
  assert.equal(looksBinary(png), true);
  const zeros = Buffer.concat([Buffer.from('text '), Buffer.alloc(400)]);
  assert.equal(looksBinary(zeros), true);
});
