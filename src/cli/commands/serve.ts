// `parallax serve [--port] [--host]`: the HTTP API and web UI over the database, until Ctrl-C.
import type { Command } from 'commander';
import { defaultDbPath } from '../../store/index.ts';
import { globals, log, openStore, UsageError } from '../context.ts';

/** Why a port or host cannot be listened on: the caller's choice of --port or --host, so a usage error. */
const LISTEN_ERRORS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'the port is in use (pick another with --port, or 0 for any free one)',
  EACCES: 'permission denied (ports below 1024 need privileges; pick another with --port)',
  EADDRNOTAVAIL: 'this machine has no such address (check --host)',
  ENOTFOUND: 'no such host (check --host)',
};

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and web UI over the database')
    .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <address>', 'address to listen on (0.0.0.0 to allow other machines)', '127.0.0.1')
    .action(async (opts: { port: string; host: string }, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got "${opts.port}"`);
      const { startServer, storyServiceFor, stageSettings, DEFAULT_WEB_ROOT } = await import('../../server/index.ts');
      const dbPath = defaultDbPath(globals(cmd).db);
      const store = openStore(cmd);
      const server = await startServer({ store, stories: storyServiceFor(store), settings: stageSettings(), webRoot: DEFAULT_WEB_ROOT, port, host: opts.host }).catch(
        async (e: NodeJS.ErrnoException) => {
          await store.close();
          throw LISTEN_ERRORS[e.code ?? ''] ? new UsageError(`cannot listen on ${opts.host}:${port}: ${LISTEN_ERRORS[e.code!]}`) : e;
        },
      );
      log(`parallax: serving ${dbPath} at ${server.url}/ (API at ${server.url}/api, Ctrl-C to stop)`);
      await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
      await server.close();
      await store.close();
    });
}
