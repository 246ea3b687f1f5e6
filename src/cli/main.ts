// The `parallax` command line: global options, command registration, and exit codes.
import { Command, CommanderError } from 'commander';
import { EXIT, log, UsageError } from './context.ts';

type Register = (program: Command) => void;

/**
 * Each command's module is loaded only when that command runs: some pull in heavy libraries (NLP models,
 * the HTTP server), and `parallax article <id>` should not pay for them. Help and unknown commands load all.
 */
const COMMAND_MODULES: Record<string, () => Promise<Register>> = {
  ingest: () => import('./commands/ingest.ts').then((m) => m.registerIngest),
  clean: () => import('./commands/clean.ts').then((m) => m.registerClean),
  articles: () => import('./commands/articles.ts').then((m) => m.registerArticles),
  demo: () => import('./commands/demo.ts').then((m) => m.registerDemo),
  serve: () => import('./commands/serve.ts').then((m) => m.registerServe),
  export: () => import('./commands/export.ts').then((m) => m.registerExport),
  compare: () => import('./commands/compare.ts').then((m) => m.registerCompare),
  stories: () => import('./commands/stories.ts').then((m) => m.registerStories),
  eval: () => import('./commands/eval.ts').then((m) => m.registerEval),
};
/** Commands registered by a module named after another command. */
const COMMAND_ALIASES: Record<string, string> = { article: 'articles', reclean: 'articles', story: 'stories', recluster: 'stories' };

/** The command named on the command line (the first word that is not an option or an option's value). */
function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('parallax')
    .description('Parallax: group news articles into stories and compare how each outlet told them')
    .option('--db <file>', 'SQLite database file (default: $PARALLAX_DB or ./parallax.db)')
    .option('--json', 'machine-readable output on stdout (JSON, or JSON Lines for several items)')
    .exitOverride()
    .showHelpAfterError('(run parallax --help for usage)');
  const name = commandName(argv);
  const module = name ? COMMAND_MODULES[COMMAND_ALIASES[name] ?? name] : undefined;
  const registers = module ? [await module()] : await Promise.all(Object.values(COMMAND_MODULES).map((load) => load()));
  for (const register of registers) register(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await (await buildProgram(argv)).parseAsync([...argv], { from: 'user' });
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
