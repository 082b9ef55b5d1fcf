// The akhbar command: composes the yargs commands and maps errors to exit codes in one place.
// Importing it runs nothing: bin.ts is the executable.
import yargs from 'yargs';
import { isAkhbarError } from '../errors.js';
import { STDIN_PATH } from '../io/sources.js';
import { runCommand } from './commands/run.js';
import { validateCommand } from './commands/validate.js';
import { evalCommand } from './commands/eval.js';
import { queryCommand } from './commands/query.js';
import { loadCommand } from './commands/load.js';
import { nerCommand } from './commands/ner.js';
import { viewCommand } from './commands/view.js';
import { serveCommand } from './commands/serve.js';

/** 0 success, 1 an article or graph failed, 2 the command line was wrong. */
export function exitCodeFor(error: unknown): number {
  if (isAkhbarError(error)) return error.code === 'E_USAGE' ? 2 : 1;
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  try {
    // yargs drops a lone `-` (yargs/yargs#1312): it is passed on as the path of standard input.
    await yargs(argv.map((arg) => (arg === '-' ? STDIN_PATH : arg)))
      .scriptName('akhbar')
      .command(runCommand)
      .command(validateCommand)
      .command(queryCommand)
      .command(loadCommand)
      .command(evalCommand)
      .command(nerCommand)
      .command(viewCommand)
      .command(serveCommand)
      .demandCommand(1, 'Name a command: run, validate, query, load, eval, ner, view, serve')
      .strict()
      .help()
      .fail((message, error) => {
        throw error ?? Object.assign(new Error(message), { usage: true });
      })
      .parseAsync();
    return 0;
  } catch (error) {
    if ((error as { usage?: boolean }).usage) {
      console.error(`akhbar: ${(error as Error).message}\nRun akhbar --help for usage.`);
      return 2;
    }
    if (!isAkhbarError(error) || error.code !== 'E_ARTICLES_FAILED') console.error(isAkhbarError(error) ? error.toLine() : `akhbar: ${(error as Error).stack ?? error}`);
    return exitCodeFor(error);
  }
}
