// Whether lib/ (the sources compiled by `npm run build:cli`) may run in their place: it was built completely and is at
// least as new as every source file, and PARALLAX_FROM_SOURCE is not set. The command (bin/parallax.js) and the
// benchmarks (bench/product.ts) decide by it, so neither runs or measures a stale build.
import { readdirSync, statSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);

export function compiledIsCurrent() {
  if (process.env.PARALLAX_FROM_SOURCE) return false;
  let built;
  try {
    built = statSync(new URL('lib/.built', ROOT)).mtimeMs;
  } catch {
    return false;
  }
  for (const entry of readdirSync(new URL('src/', ROOT), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    if (statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs > built) return false;
  }
  return true;
}
