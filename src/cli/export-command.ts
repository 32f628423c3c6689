/**
 * `faultline export --format F [--data DIR] [--out FILE|DIR] [--layer L]
 * [--layer-role origin|impacted|any] [--cause C] [--certainty X] [--provider P] [--from YEAR] [--to YEAR] [--query Q] [--id ID] [--no-text]`:
 * writes the knowledge base, or a filtered slice of it, as JSONL, CSV, Parquet, BibTeX, CSL-JSON
 * or RIS: to stdout (single-file formats, no `--out`), to a file, or to a folder of tables with a
 * Frictionless `datapackage.json` when `--out` names a folder (an existing folder or a path
 * without an extension). A one-line summary goes to stderr, never mixed with the data.
 */
import type { Command } from 'commander';
import { exportDataset, EXPORT_FORMATS, parseExportOptions, type DirectoryExportResult, type StreamExportResult } from '../export/index.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeBase } from '../model/search.js';
import { loadKnowledgeBase } from '../search/index.js';

/** Options of the export subcommand as commander hands them over. */
interface ExportCommandOptions {
  format: string;
  data: string;
  out?: string;
  layer: string[];
  /** origin (default), impacted or any: which layers `--layer` reads. */
  layerRole?: string;
  cause: string[];
  certainty: string[];
  provider: string[];
  from?: string;
  to?: string;
  query?: string;
  id: string[];
  /** False when `--no-text` is given. */
  text: boolean;
}

/** Collects a repeatable option's values. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The one-line summary of an export. */
export function formatExportSummary(format: string, result: StreamExportResult | DirectoryExportResult, out: string | null): string {
  const where = out === null ? 'stdout' : out;
  const files = 'files' in result ? ` (${result.files.map((f) => f.path).join(', ')}, datapackage.json)` : '';
  return `exported ${result.documents} documents of ${result.incidents} incidents as ${format} to ${where}${files}`;
}

/** Re-words an option error with the command-line flag (`--layer`) it came from. */
function asFlagError(error: unknown): unknown {
  if (!(error instanceof FaultlineError) || error.parameter === undefined) return error;
  const flag = error.parameter === 'ids' ? '--id' : `--${error.parameter}`;
  const message = error.message.replace(`export: ${error.parameter}:`, `export: ${flag}:`);
  return new FaultlineError(message, { status: error.status, parameter: flag, cause: error });
}

/** Runs `faultline export` with parsed options against a loader (the real data folder by default). */
export async function runExportCommand(
  opts: ExportCommandOptions,
  load: (dir: string) => Promise<KnowledgeBase> = loadKnowledgeBase,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<StreamExportResult | DirectoryExportResult> {
  let options;
  try {
    options = parseExportOptions({
      format: opts.format,
      layer: opts.layer,
      layerRole: opts.layerRole,
      cause: opts.cause,
      certainty: opts.certainty,
      provider: opts.provider,
      from: opts.from,
      to: opts.to,
      query: opts.query,
      ids: opts.id,
      noText: opts.text === false,
    });
  } catch (error) {
    throw asFlagError(error);
  }
  const out = opts.out ?? null;
  if (out === null && options.format === 'parquet' && process.stdout.isTTY === true) {
    throw new FaultlineError('export: --out: Parquet is binary; give --out FILE (or pipe stdout)', { parameter: '--out' });
  }
  const kb = await load(opts.data);
  try {
    const result = await exportDataset(kb, options, { out });
    stderr.write(`${formatExportSummary(options.format, result, out)}\n`);
    return result;
  } catch (error) {
    throw asFlagError(error);
  }
}

/** Adds `faultline export` to the program. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export the knowledge base (or a filtered slice) as JSONL, CSV, Parquet, BibTeX, CSL-JSON or RIS')
    .requiredOption('--format <format>', `output format: ${EXPORT_FORMATS.join(', ')}`)
    .option('--data <dir>', 'data folder to export', 'data')
    .option('--out <path>', 'output file, or a folder (existing, or a path without extension) for tables + datapackage.json; default: stdout')
    .option('--layer <label>', 'keep documents with this failure layer (repeatable, or comma-separated)', collect, [])
    .option('--layer-role <role>', 'which layers --layer reads: origin (default), impacted or any')
    .option('--cause <label>', 'keep documents with this root cause (repeatable, or comma-separated)', collect, [])
    .option('--certainty <level>', 'keep documents with a tag of this certainty: confirmed, reported, speculated', collect, [])
    .option('--provider <name>', 'keep documents about this provider, case-insensitive (repeatable)', collect, [])
    .option('--from <year>', 'earliest incident year, inclusive')
    .option('--to <year>', 'latest incident year, inclusive')
    .option('--query <query>', 'full-text query in the search syntax')
    .option('--id <id>', 'export only this document id (repeatable)', collect, [])
    .option('--no-text', 'leave out full article and comment texts (keeps summaries, evidence and links)')
    .action(async (opts: ExportCommandOptions) => {
      await runExportCommand(opts);
    });
}
