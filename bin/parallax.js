#!/usr/bin/env node
// Entry point. Runs the CLI compiled to lib/ (by `npm run build:cli`, part of `npm install`) when it is at least as
// new as every source file: loading TypeScript through tsx costs about two seconds on each start. After an edit to
// src/, or with PARALLAX_FROM_SOURCE=1, it registers tsx and runs the sources directly.
import { compiledIsCurrent } from './compiled.js';

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
