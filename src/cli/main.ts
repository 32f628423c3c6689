/**
 * The `faultline` command line: one program, a subcommand per job. Each subcommand lives in its
 * own `*-command.ts` file and registers itself on the program here.
 */
import { Command } from 'commander';
import { FaultlineError } from '../model/diagnostic.js';
import { escapeControlCharacters } from './terminal-text.js';
import { FAULTLINE_VERSION } from '../version.js';
import { registerEvalCommand } from './eval-command.js';
import { registerExportCommand } from './export-command.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerSearchCommand } from './search-command.js';
import { registerServeCommand } from './serve-command.js';

/** Builds the CLI program with every subcommand registered (does not parse argv). */
export function createProgram(): Command {
  const program = new Command('faultline')
    .description('Faultline: a knowledge base of outage post-mortems')
    .version(FAULTLINE_VERSION)
    .showHelpAfterError();
  registerIngestCommand(program);
  registerExportCommand(program);
  registerSearchCommand(program);
  registerServeCommand(program);
  registerEvalCommand(program);
  return program;
}

const invokedDirectly = process.argv[1] !== undefined && /(?:main\.[jt]s|faultline(?:\.js)?)$/.test(process.argv[1]);
if (invokedDirectly) {
  try {
    await createProgram().parseAsync(process.argv);
  } catch (error) {
    // Caller mistakes (bad options, unreadable corpus folder) get one clear line, no stack trace.
    if (error instanceof FaultlineError) {
      process.stderr.write(`faultline: ${escapeControlCharacters(error.message)}\n`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}
