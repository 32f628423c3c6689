/**
 * `faultline serve [--data DIR] [--port N] [--host H] [--ingest-if-stale] [--corpus DIR]
 * [--log-format json|pretty]`: serves the site and JSON API over a saved data folder (loading its
 * index, never rebuilding it), and with `--ingest-if-stale` runs the ingest first when the data
 * folder is missing or stale. A data folder that is missing, unreadable or does not load stops the
 * command at once with one line naming it (exit status 2), never a server answering 503. Logs are
 * readable lines on a terminal and JSON otherwise, unless `--log-format` says. With `--store
 * postgres://…` (or `FAULTLINE_STORE`) it serves that database instead of a data folder (issue 17),
 * reloading when `ingest --store` commits a new snapshot.
 */
import type { Command } from 'commander';
import { formatIngestSummary, ingestOptionsFrom, type IngestFlags } from './ingest-command.js';
import { isDataStale, runPipeline } from '../pipeline/run-pipeline.js';
import { FaultlineError } from '../model/diagnostic.js';
import { startServer } from '../server/listen.js';
import { createServerLogger, defaultLogFormat, LOG_FORMATS, parseLogFormat } from '../server/server-logger.js';
import { buildDataHint, checkDataFolder } from './check-data-folder.js';
import { parseInteger } from './option-parsers.js';
import { openPostgresBackend } from '../store/postgres/postgres-backend.js';
import { addStoreOption, storeUrl } from './store-option.js';
import { escapeControlCharacters } from './terminal-text.js';

/** Options of the serve subcommand as commander hands them over. */
interface ServeCommandOptions extends IngestFlags {
  data: string;
  port?: string;
  host: string;
  ingestIfStale?: boolean;
  rateLimit?: string;
  searchCache?: string;
  logFormat?: string;
  watch: boolean;
  store?: string;
}

/** The port: `--port`, else `$PORT`, else 3000. */
export function servePort(option: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (option !== undefined) return parseInteger(option, '--port', 0, 65535);
  if (env.PORT !== undefined && env.PORT !== '') return parseInteger(env.PORT, 'PORT', 0, 65535);
  return 3000;
}

/** Adds `faultline serve` to the program. */
export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve')
    .description('serve the search site and JSON API over a data folder')
    .option('--data <dir>', 'data folder to serve', 'data')
    .option('--port <n>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'interface to listen on; 0.0.0.0 serves every interface', '127.0.0.1')
    .option('--ingest-if-stale', 'ingest the corpus first when the data folder is missing or out of date')
    .option('--config <file>', 'for --ingest-if-stale: the ingest config file (see faultline ingest)')
    .option('--corpus <dir>', 'corpus folder for --ingest-if-stale (default: the config\'s, else "corpus")')
    .option('--provider-domains <file>', 'for --ingest-if-stale: more provider domains (see faultline ingest)')
    .option('--providers <file>', 'for --ingest-if-stale: a provider table extending the shipped one (see faultline ingest)')
    .option('--incidents <file>', 'for --ingest-if-stale: incident overrides (see faultline ingest)')
    .option('--follow-symlinks-outside', 'for --ingest-if-stale: read symbolic links whose target is outside the corpus folder (see faultline ingest)')
    .option('--file-timeout <seconds>', "for --ingest-if-stale: time budget of one file's parsing and one document's analysis (see faultline ingest)")
    .option('--rate-limit <n>', 'API requests per minute per client IP; 0 disables (default 100000)')
    .option('--search-cache <n>', 'search responses cached per loaded knowledge base; 0 disables (default 1000)')
    .option('--log-format <format>', `log lines as ${LOG_FORMATS.join(' or ')} (default: pretty on a terminal, else json)`)
    .option('--no-watch', 'do not reload when the data folder is rebuilt (or, with --store, when a new snapshot is loaded)');
  addStoreOption(command, 'serve instead of the data folder').action(async (opts: ServeCommandOptions) => {
      const port = servePort(opts.port);
      const logFormat = opts.logFormat === undefined ? defaultLogFormat(process.stdout) : parseLogFormat(opts.logFormat);
      const rateLimit = opts.rateLimit === undefined ? undefined : parseInteger(opts.rateLimit, '--rate-limit', 0, 100_000_000);
      const searchCache = opts.searchCache === undefined ? undefined : parseInteger(opts.searchCache, '--search-cache', 0, 1_000_000);
      const url = storeUrl(opts.store);
      if (url !== null && opts.ingestIfStale === true) {
        throw new FaultlineError('serve: --ingest-if-stale reads a corpus into the data folder; with --store, load the database with faultline ingest and the same --store instead', { parameter: 'ingest-if-stale' });
      }
      const ingestOptions = opts.ingestIfStale === true ? await ingestOptionsFrom({ ...opts, out: opts.data }) : null;
      if (ingestOptions !== null && (await isDataStale(ingestOptions))) {
        process.stderr.write(`faultline serve: ${escapeControlCharacters(opts.data)} is missing or stale; ingesting ${escapeControlCharacters(ingestOptions.corpus)} first\n`);
        const report = await runPipeline(ingestOptions);
        process.stderr.write(`${formatIngestSummary(report)}\n`);
      }
      const store = url === null ? undefined : await openPostgresBackend(url);
      if (store === undefined) await checkDataFolder(opts.data);
      const running = await startServer({
        ...(store === undefined ? {} : { store }),
        dataDir: opts.data,
        host: opts.host,
        port,
        watch: opts.watch,
        handleSignals: true,
        logger: createServerLogger(logFormat),
        options: {
          ...(rateLimit === undefined ? {} : { rateLimit: rateLimit === 0 ? false : rateLimit }),
          ...(searchCache === undefined ? {} : { searchCacheEntries: searchCache }),
        },
      });
      const first = await running.firstLoad;
      if (first.status === 'refused' && !running.holder.ready) {
        await running.close();
        throw new FaultlineError(
          store === undefined
            ? `serve: cannot load the data folder ${escapeControlCharacters(opts.data)}: ${escapeControlCharacters(first.error.message)}; ${escapeControlCharacters(buildDataHint(opts.data))}`
            : `serve: cannot read the knowledge base of ${store.location}: ${escapeControlCharacters(first.error.message)}`,
          { parameter: store === undefined ? 'data' : 'store', cause: first.error },
        );
      }
    });
}
