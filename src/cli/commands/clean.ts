// `parallax clean <inputs…>`: clean without a database and print each article.
import type { Command } from 'commander';
import { createCleaner } from '../../clean/index.ts';
import { readInputs } from '../../ingest/index.ts';
import type { InputWarning } from '../../model/index.ts';
import { formatArticle } from '../format.ts';
import { EXIT, globals, json, checkStdinInput, out } from '../context.ts';
import { logRejection, logWarnings, parseFormat, reportInputWarning, warningsJson, type IngestCliOptions } from './ingest.ts';

export function registerClean(program: Command): void {
  program
    .command('clean')
    .description('clean inputs and print the articles, without storing anything')
    .argument('<inputs...>', 'files, folders, globs, or - for stdin')
    .option('--format <format>', 'force the input format')
    .option('--source <name>', 'outlet name for inputs that do not name one')
    .action(async (inputs: string[], opts: IngestCliOptions, cmd: Command) => {
      const asJson = globals(cmd).json ?? false;
      const format = parseFormat(opts.format);
      const clean = createCleaner(opts.source ? { defaultSource: opts.source } : {});
      checkStdinInput(inputs);
      let rejected = 0;
      let first = true;
      const onWarning = (warning: InputWarning) => reportInputWarning(warning, asJson);
      for await (const item of readInputs(inputs, { ...(format ? { format } : {}), onWarning })) {
        const result = item.ok ? clean(item.raw) : ({ ok: false, reason: item.rejection.reason } as const);
        const origin = item.ok ? item.raw.origin : item.rejection.origin;
        if (!result.ok) {
          rejected++;
          logRejection({ origin, reason: result.reason });
          if (asJson) json({ ...origin, status: 'rejected', reason: result.reason });
          continue;
        }
        logWarnings(origin, result.warnings);
        if (asJson) json({ ...origin, status: 'cleaned', ...warningsJson(result.warnings), article: result.article });
        else {
          out(`${first ? '' : '\n'}${formatArticle(result.article)}`);
          first = false;
        }
      }
      process.exitCode = rejected > 0 ? EXIT.rejected : EXIT.ok;
    });
}
