/**
 * `faultline ingest [CORPUS] [--config FILE] [--corpus DIR] [--out DIR] [--provider-domains FILE]
 * [--providers FILE] [--incidents FILE]`: reads a
 * corpus folder into a data folder, with a progress bar on a terminal and a one-line summary at
 * the end. Options come from the flags, else the config file, else `PIPELINE_DEFAULTS`. File
 * names and reasons are printed with control characters escaped (a file name can hold terminal
 * escape sequences); a full disk or a read-only data folder is one clear line, not a stack trace.
 */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { FaultlineError } from '../model/diagnostic.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { PIPELINE_DEFAULTS, type PipelineOptions } from '../pipeline/pipeline-options.js';
import { readPipelineConfig } from '../pipeline/read-pipeline-config.js';
import type { StageProgress } from '../pipeline/run-context.js';
import { runPipeline, type PipelineReport } from '../pipeline/run-pipeline.js';
import { readProviderDomains } from '../rulebook/read-provider-domains.js';
import { groupingFilesFrom, type GroupingFileFlags } from './grouping-file-flags.js';
import { parseByteSize, parseSeconds, parseWorkers } from './option-parsers.js';
import { loadIntoStore } from './load-into-store.js';
import { addStoreOption, storeUrl } from './store-option.js';
import { escapeControlCharacters } from './terminal-text.js';

/** The ingest flags that the ingest and `serve --ingest-if-stale` share, as commander hands them over (unset when not given). */
export interface IngestFlags extends GroupingFileFlags {
  config?: string;
  corpus?: string;
  providerDomains?: string;
  followSymlinksOutside?: boolean;
  fileTimeout?: string;
  includeReadmeFiles?: boolean;
}

/** Options of the ingest subcommand as commander hands them over. */
interface IngestCommandOptions extends IngestFlags {
  out?: string;
  store?: string;
  maxFileSize?: string;
  workers?: string;
  force?: boolean;
  json?: boolean;
  progress: boolean;
}

/** Where the corpus and data folders are when neither a flag nor the config file names them. */
const DEFAULT_FOLDERS = { corpus: 'corpus', out: 'data' };

/**
 * The pipeline options of an ingest: each flag given wins over the config file (`--config`),
 * which wins over the defaults; `out` is the data folder when the flags name it elsewhere
 * (`serve --data`).
 */
export async function ingestOptionsFrom(flags: IngestFlags & { out?: string; maxFileSize?: string; workers?: string; force?: boolean }): Promise<PipelineOptions> {
  const config = flags.config === undefined ? {} : await readPipelineConfig(flags.config);
  const providerDomains = flags.providerDomains === undefined ? undefined : await readProviderDomains(flags.providerDomains);
  const groupingFiles = groupingFilesFrom(flags);
  return {
    ...config,
    corpus: flags.corpus ?? config.corpus ?? DEFAULT_FOLDERS.corpus,
    out: flags.out ?? config.out ?? DEFAULT_FOLDERS.out,
    ...(flags.workers === undefined ? {} : { workers: parseWorkers(flags.workers, '--workers') }),
    ...(flags.fileTimeout === undefined ? {} : { fileTimeoutMs: parseSeconds(flags.fileTimeout, '--file-timeout') * 1000 }),
    ...(flags.force === true ? { force: true } : {}),
    read: {
      ...config.read,
      ...(flags.maxFileSize === undefined ? {} : { maxFileBytes: parseByteSize(flags.maxFileSize, '--max-file-size') }),
      ...(flags.followSymlinksOutside === true ? { followSymlinksOutside: true } : {}),
      ...(flags.includeReadmeFiles === true ? { includeReadmeFiles: true } : {}),
    },
    tag: { ...config.tag, ...(providerDomains === undefined ? {} : { providerDomains }) },
    incidents: { ...config.incidents, ...groupingFiles },
  };
}

/** Adds `faultline ingest` to the program. */
export function registerIngestCommand(program: Command): void {
  const command = program
    .command('ingest')
    .description('read a corpus folder (Markdown, text, HTML) into a data folder')
    .argument('[corpus]', 'corpus folder to read, as --corpus does')
    .option('--config <file>', "a JSON file of every stage's options (see the README); flags given here win over it")
    .option('--corpus <dir>', `corpus folder to read (default: "${DEFAULT_FOLDERS.corpus}")`)
    .option('--out <dir>', `data folder to write (default: "${DEFAULT_FOLDERS.out}")`)
    .option('--max-file-size <size>', `skip files larger than this (e.g. 10MB, 512KB, 1000000; default: ${PIPELINE_DEFAULTS.read.maxFileBytes / 1024 / 1024}MB)`)
    .option('--workers <n>', `worker threads: a number, 0 for none, or "auto" (default: "${PIPELINE_DEFAULTS.workers}")`)
    .option('--force', 'ignore the incremental cache: parse and analyse every file again')
    .option('--provider-domains <file>', "a JSON array of {provider, aliases, domains}: more domains whose reports are the provider's own")
    .option('--providers <file>', 'a provider table (YAML or JSON: name, aliases, domains, parent) extending the shipped one (default: providers.yaml|yml|json in the corpus folder)')
    .option('--incidents <file>', 'incident overrides (YAML or JSON: merge, split, link) kept across re-ingests (default: incidents.yaml|yml|json in the corpus folder)')
    .option('--follow-symlinks-outside', 'read symbolic links whose target is outside the corpus folder (refused by default)')
    .option('--include-readme-files', 'read README* and LICENSE* files as reports too (skipped by default: they describe the corpus)')
    .option('--file-timeout <seconds>', `time budget of one file's parsing and one document's analysis, in worker threads (default: ${PIPELINE_DEFAULTS.fileTimeoutMs / 1000})`)
    .option('--json', 'print the manifest counts as JSON instead of the one-line summary')
    .option('--no-progress', 'never show the progress bar');
  addStoreOption(command, 'load the knowledge base into after writing the data folder').action(
    async (corpus: string | undefined, opts: IngestCommandOptions) => {
      const store = storeUrl(opts.store);
      const report = await ingestWithProgress({ ...opts, corpus: corpusFolder(corpus, opts.corpus) });
      const loaded = store === null ? null : await loadIntoStore(report.generation, store);
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ upToDate: report.upToDate, workers: report.workers, ...report.manifest.counts, timings: report.manifest.timings, ...(loaded === null ? {} : { store: loaded }) }, null, 2)}\n`,
        );
      } else {
        process.stdout.write(`${formatIngestSummary(report)}\n`);
        if (loaded !== null) process.stdout.write(`${loaded.summary}\n`);
        for (const error of report.manifest.errors.filter((d) => d.fatal).slice(0, 20)) process.stderr.write(`${formatIngestError(error)}\n`);
        const more = report.manifest.counts.errors - 20;
        if (more > 0) process.stderr.write(`  ... and ${more} more (see manifest.json)\n`);
      }
    },
  );
}

/** The corpus folder named by the argument or `--corpus` (either; both only when they agree). */
export function corpusFolder(argument: string | undefined, option: string | undefined): string | undefined {
  if (argument !== undefined && option !== undefined && argument !== option) {
    throw new FaultlineError(`ingest: the corpus folder is named twice, ${JSON.stringify(argument)} and --corpus ${JSON.stringify(option)}; give one`, { parameter: 'corpus' });
  }
  return argument ?? option;
}

/** Runs the ingest, drawing a progress bar on stderr when it is a terminal. */
async function ingestWithProgress(opts: IngestCommandOptions): Promise<PipelineReport> {
  const options = await ingestOptionsFrom(opts);
  const showBar = opts.progress && process.stderr.isTTY;
  const bar = showBar
    ? new SingleBar({ format: '{stage} [{bar}] {value}/{total} | {duration_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true })
    : null;
  let stage: StageProgress['stage'] | null = null;
  try {
    return await runPipeline({
      ...options,
      onProgress: (p) => {
        if (!bar) return;
        if (p.stage !== stage) {
          if (stage === null) bar.start(p.total, p.done, { stage: p.stage.padEnd(9) });
          else bar.setTotal(p.total);
          stage = p.stage;
          bar.update(p.done, { stage: p.stage.padEnd(9) });
        } else {
          bar.update(p.done);
        }
      },
    });
  } catch (error) {
    throw writeFailure(error, options.out) ?? error;
  } finally {
    bar?.stop();
  }
}

/** One fatal diagnostic as the line printed under the summary (control characters escaped). */
export function formatIngestError(error: Diagnostic): string {
  return escapeControlCharacters(`  error: ${error.file}: ${error.reason}${error.line ? ` (line ${error.line})` : ''}`);
}

/** What the system errors of writing a data folder mean, in words. */
const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A full disk, a read-only or forbidden data folder as a one-line FaultlineError; null for other errors. */
export function writeFailure(error: unknown, out: string): FaultlineError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !(code in WRITE_ERRORS)) return null;
  const where = (error as NodeJS.ErrnoException).path;
  const detail = where === undefined ? '' : ` (${escapeControlCharacters(where)})`;
  return new FaultlineError(`ingest: cannot write the data folder ${escapeControlCharacters(out)}: ${WRITE_ERRORS[code]} [${code}]${detail}; the data folder was left as it was`, {
    parameter: 'out',
    cause: error,
  });
}

/** The one-line summary printed after an ingest. */
export function formatIngestSummary(report: PipelineReport): string {
  const c = report.manifest.counts;
  const seconds = Object.values(report.manifest.timings).reduce((a, b) => a + b, 0) / 1000;
  if (report.upToDate) {
    return `faultline ingest: up to date: ${c.files} files, ${c.documents} documents, ${c.incidents} incidents, nothing changed since ${report.manifest.createdAt}`;
  }
  return (
    `faultline ingest: ${c.files} files read (${c.parsed} parsed, ${c.cached} cached), ${c.documents} documents, ` +
    `${c.duplicates} duplicates merged, ${c.comments} comments, ${c.incidents} incidents, ${c.errors} errors` +
    `${c.warnings ? `, ${c.warnings} warnings` : ''} in ${seconds.toFixed(1)} s`
  );
}


