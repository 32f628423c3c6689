/**
 * `faultline eval --labels FILE.jsonl [--json]`: tags each labelled text with the ingest pipeline
 * (sentence splitting, then the tagger) and prints per-label precision, recall, F1 and support,
 * micro and macro F1 per axis and a confusion summary, or the report as JSON.
 */
import type { Command } from 'commander';
import { formatEvalReport } from '../tag/format-eval-report.js';
import { readLabelledExamples } from '../tag/labelled-examples.js';
import { runEvaluation } from '../tag/run-evaluation.js';

/** Options of the eval subcommand as commander hands them over. */
interface EvalCommandOptions {
  labels: string;
  json?: boolean;
}

/** Adds `faultline eval` to the program. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('evaluate the tagger on a labelled JSONL file ({id, text, layers, causes} per line)')
    .requiredOption('--labels <file>', 'labelled examples, one JSON object a line')
    .option('--json', 'print the report as JSON')
    .action(async (opts: EvalCommandOptions) => {
      const examples = await readLabelledExamples(opts.labels);
      const { report } = runEvaluation(examples);
      process.stdout.write(opts.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
    });
}
