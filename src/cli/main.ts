// The `parallax` command line: global options, command registration, and exit codes.
import { Command, CommanderError } from 'commander';
import { registerArticles } from './commands/articles.ts';
import { registerClean } from './commands/clean.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExport } from './commands/export.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerServe } from './commands/serve.ts';
import { registerStories } from './commands/stories.ts';
import { EXIT, log, UsageError } from './context.ts';

export function buildProgram(): Command {
  const program = new Command('parallax')
    .description('Parallax: group news articles into stories and compare how each outlet told them')
    .option('--db <file>', 'SQLite database file (default: $PARALLAX_DB or ./parallax.db)')
    .option('--json', 'machine-readable output on stdout (JSON, or JSON Lines for several items)')
    .exitOverride()
    .showHelpAfterError('(run parallax --help for usage)');
  registerIngest(program);
  registerClean(program);
  registerArticles(program);
  registerDemo(program);
  registerServe(program);
  registerExport(program);
  registerCompare(program);
  registerStories(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      log(`parallax: ${e.message}`);
      return EXIT.usage;
    }
    log(`parallax: ${(e as Error).message}`);
    if (process.env.PARALLAX_DEBUG) log((e as Error).stack ?? '');
    return EXIT.rejected;
  }
}
