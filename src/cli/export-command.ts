/**
 * `faultline export --format F [--data DIR | --store postgres://…] [--out FILE|DIR] [--layer L]
 * [--layer-role origin|impacted|any] [--cause C] [--certainty X] [--provider P] [--from YEAR] [--to YEAR] [--query Q] [--id ID] [--no-text]`:
 * writes the knowledge base, or a filtered slice of it, as JSONL, CSV, Parquet, BibTeX, CSL-JSON
 * or RIS: to stdout (single-file formats, no `--out`), to a file, or to a folder of tables with a
 * Frictionless `datapackage.json` when `--out` names a folder (an existing folder or a path
 * without an extension). A one-line summary goes to stderr, never mixed with the data.
 */
import type { Command } from 'commander';
import { exportDataset, exportPrepared, parseExportOptions, type DirectoryExportResult, type StreamExportResult } from '../export/index.js';
import { FaultlineError } from '../model/diagnostic.js';
import { asReaderError } from '../model/read-request-parameters.js';
import type { KnowledgeBase } from '../model/search.js';
import { loadKnowledgeBase } from '../search/index.js';
import { openPostgresBackend } from '../store/postgres/postgres-backend.js';
import { prepareBackendExport } from '../export/backend-export.js';
import { addRequestOptions, rawRequestOptions } from './request-options.js';
import { addStoreOption, storeUrl } from './store-option.js';

/** Options of the export subcommand as commander hands them over: the declared parameters by attribute name (`layerRole`, `id`, `text` for `--no-text`), `data` and `out`. */
export interface ExportCommandOptions {
  data: string;
  out?: string;
  store?: string;
  [option: string]: unknown;
}

/** The one-line summary of an export. */
export function formatExportSummary(format: string, result: StreamExportResult | DirectoryExportResult, out: string | null): string {
  const where = out ?? 'stdout';
  const files = 'files' in result ? ` (${result.files.map((f) => f.path).join(', ')}, datapackage.json)` : '';
  return `exported ${result.documents} documents of ${result.incidents} incidents as ${format} to ${where}${files}`;
}

/** Runs `faultline export` with parsed options against a loader (the real data folder by default). */
export async function runExportCommand(
  opts: ExportCommandOptions,
  load: (dir: string) => Promise<KnowledgeBase> = loadKnowledgeBase,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<StreamExportResult | DirectoryExportResult> {
  const options = parseExportOptions(rawRequestOptions(opts, 'export'), 'cli');
  const out = opts.out ?? null;
  if (out === null && options.format === 'parquet' && process.stdout.isTTY) {
    throw new FaultlineError('export: --out: Parquet is binary; give --out FILE (or pipe stdout)', { parameter: '--out' });
  }
  const url = storeUrl(opts.store);
  try {
    let result: StreamExportResult | DirectoryExportResult;
    if (url === null) result = await exportDataset(await load(opts.data), options, { out });
    else {
      const backend = await openPostgresBackend(url);
      try {
        result = await exportPrepared(await prepareBackendExport(backend, options), { out });
      } finally {
        await backend.close();
      }
    }
    stderr.write(`${formatExportSummary(options.format, result, out)}\n`);
    return result;
  } catch (error) {
    throw asReaderError(error, { naming: 'cli' });
  }
}

/** Adds `faultline export` to the program. */
export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description('export the knowledge base (or a filtered slice) as JSONL, CSV, Parquet, BibTeX, CSL-JSON or RIS')
    .option('--data <dir>', 'data folder to export', 'data')
    .option('--out <path>', 'output file, or a folder (existing, or a path without extension) for tables + datapackage.json; default: stdout');
  addStoreOption(command, 'export');
  addRequestOptions(command, 'export').action(async (opts: ExportCommandOptions) => {
    await runExportCommand(opts);
  });
}
