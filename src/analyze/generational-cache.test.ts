import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { GenerationalCache } from './generational-cache.ts';

test('GenerationalCache keeps what is used every generation and forgets what is not, within two generations', () => {
  const cache = new GenerationalCache<string, number>(3);
  cache.set('common', 1);
  for (let n = 0; n < 20; n++) {
    cache.set(`once-${n}`, n);
    assert.equal(cache.get('common'), 1);
    assert.ok(cache.size <= 6);
  }
  assert.equal(cache.get('once-0'), undefined);
  assert.equal(cache.get('once-19'), 19);
});
