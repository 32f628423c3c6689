/**
 * `faultline eval --labels FILE.jsonl [--half tune|check] [--explain] [--json]`: reads each
 * labelled text as ingest does (one wink pass, then the reading of the report) and prints
 * per-label precision, recall, F1 and support, micro and macro F1 per axis and a confusion
 * summary; for long labelled reports also impacted layers, certainty agreement and whether each
 * correct cause's first evidence is a gold root-cause sentence. `--half` keeps one half of the
 * file split by a fixed rule (ids ending in an odd number tune, even check); `--explain` adds each
 * rule's hits and precision.
 */
import type { Command } from 'commander';
import { FaultlineError } from '../model/diagnostic.js';
import { defaultRulebook } from '../rulebook/rulebook.js';
import { formatEvalReport } from '../tag/format-eval-report.js';
import { readLabelledExamples, splitHalf, type LabelHalf } from '../tag/labelled-examples.js';
import { formatRuleStatistics, ruleStatistics } from '../tag/rule-statistics.js';
import { runEvaluation } from '../tag/run-evaluation.js';

/** Options of the eval subcommand as commander hands them over. */
interface EvalCommandOptions {
  labels: string;
  half?: string;
  explain?: boolean;
  json?: boolean;
}

/** Reads the --half option (throws FaultlineError naming it on a bad value). */
function parseHalf(value: string | undefined): LabelHalf | null {
  if (value === undefined) return null;
  if (value === 'tune' || value === 'check') return value;
  throw new FaultlineError(`eval: --half must be tune or check, got ${JSON.stringify(value)}`, { parameter: 'half' });
}

/** Adds `faultline eval` to the program. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('evaluate the tagger on a labelled JSONL file ({id, text, layers, causes} per line, or the long post-mortem format)')
    .requiredOption('--labels <file>', 'labelled examples, one JSON object a line')
    .option('--half <half>', 'only one half of the file: tune (ids ending in an odd number) or check (even)')
    .option('--explain', "also print each rule's hits and precision")
    .option('--json', 'print the report as JSON')
    .action(async (opts: EvalCommandOptions) => {
      const half = parseHalf(opts.half);
      const all = await readLabelledExamples(opts.labels);
      const examples = half === null ? all : splitHalf(all, half);
      const rulebook = defaultRulebook();
      const run = runEvaluation(examples, { rulebook });
      const rules = opts.explain === true ? ruleStatistics(examples, run.tags, rulebook) : null;
      if (opts.json === true) {
        process.stdout.write(`${JSON.stringify(rules === null ? run.report : { ...run.report, rules }, null, 2)}\n`);
        return;
      }
      process.stdout.write(formatEvalReport(run.report));
      if (rules !== null) process.stdout.write(`\nRules (hits: tags the rule took part in; precision: share of them that were right)\n${formatRuleStatistics(rules)}`);
    });
}
