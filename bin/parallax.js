#!/usr/bin/env node
// Entry point. Runs the CLI compiled to lib/ (by `npm run build:cli`, part of `npm install`) when it is at least as
// new as every source file: loading TypeScript through tsx costs about two seconds on each start. After an edit to
// src/, or with PARALLAX_FROM_SOURCE=1, it registers tsx and runs the sources directly.
import { readdirSync, statSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);

function compiledIsCurrent() {
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

async function loadCli() {
  if (compiledIsCurrent()) return import('../lib/cli/main.js');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

// A reader that stops early (`parallax articles | head`) closes the pipe: stop quietly, as other Unix tools do,
// instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
