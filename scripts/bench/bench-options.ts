/**
 * Options of `npm run bench` and their defaults (in one place), parsed from the command line:
 * `npm run bench [-- --sizes 1000,10000] [--large] [--quick] [--seed 42] [--duration S] [--real-corpus DIR|none] [--live-code] [--keep-data]
 * [--store postgres://… [--store-documents N]]`.
 */
import { parseArgs } from 'node:util';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { isPostgresUrl, redactUrl } from '../../src/store/postgres/postgres-options.js';

/** Everything a bench run is configured by. */
export interface BenchOptions {
  /** Corpus sizes (articles), in order. */
  sizes: number[];
  /** Generator seed. */
  seed: number;
  quick: boolean;
  large: boolean;
  /** Seconds of each HTTP load test. */
  httpDurationS: number;
  /** Connection counts of the HTTP load tests. */
  connections: number[];
  /** Worker counts of the cold ingests (the first is the baseline of the speed-up; above N=10,000 only the last runs). */
  workers: number[];
  /** In-process queries per kind, and the time budget per kind (ms). */
  queriesPerKind: number;
  queryBudgetMs: number;
  /** Characters of text the NLP comparison reads at most (whole documents). */
  nlpMaxChars: number;
  /** Share of files changed for the changed re-ingest. */
  changedShare: number;
  /** Folder for corpora, scratch data and results. */
  benchDir: string;
  /** Skip the direct dedupe measurement (the stage time from the ingest is still reported). */
  skipDirectDedupe: boolean;
  /** Real corpora to measure in place (missing folders are skipped). */
  realCorpora: string[];
  /** Measure the working tree as it changes instead of a snapshot of src/ taken at the start. */
  liveCode: boolean;
  /** Keep the scratch corpora and data folders in bench/tmp after the run. */
  keepData: boolean;
  /** Largest N at which the direct dedupe measurement runs (it parses the whole corpus once more). */
  directDedupeMaxN: number;
  /** A PostgreSQL database to run the backend's benchmark in (`scripts/bench-postgres/run-postgres-bench.ts`; its snapshot is replaced), or null. */
  store: string | null;
  /** Synthetic documents of the PostgreSQL benchmark. */
  storeDocuments: number;
  /** Requests per kind of search of the PostgreSQL benchmark. */
  storeQueries: number;
}

/** Defaults of a full run (`--quick` and `--large` adjust them in `parseBenchOptions`). */
export const BENCH_DEFAULTS: Readonly<BenchOptions> = {
  sizes: [1000, 10000],
  seed: 42,
  quick: false,
  large: false,
  httpDurationS: 10,
  connections: [10, 50],
  workers: [1, 2],
  queriesPerKind: 300,
  queryBudgetMs: 30_000,
  nlpMaxChars: 8_000_000,
  changedShare: 0.01,
  benchDir: 'bench',
  skipDirectDedupe: false,
  directDedupeMaxN: 10000,
  keepData: false,
  liveCode: false,
  realCorpora: ['../shared/corpora/icco-postmortems'],
  store: null,
  storeDocuments: 100_000,
  storeQueries: 30,
};

/** Parses the bench's command line. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean', default: false },
      large: { type: 'boolean', default: false },
      duration: { type: 'string' },
      'bench-dir': { type: 'string' },
      'skip-direct-dedupe': { type: 'boolean', default: false },
      'keep-data': { type: 'boolean', default: false },
      'live-code': { type: 'boolean', default: false },
      'real-corpus': { type: 'string', multiple: true },
      store: { type: 'string' },
      'store-documents': { type: 'string' },
    },
    allowPositionals: false,
  });
  const options: BenchOptions = { ...BENCH_DEFAULTS, sizes: [...BENCH_DEFAULTS.sizes], connections: [...BENCH_DEFAULTS.connections], workers: [...BENCH_DEFAULTS.workers], realCorpora: [...BENCH_DEFAULTS.realCorpora] };
  options.quick = values.quick;
  options.large = values.large;
  if (options.quick) {
    options.sizes = [1000];
    options.httpDurationS = 5;
    options.queriesPerKind = 100;
    options.queryBudgetMs = 10_000;
    options.skipDirectDedupe = true;
    options.storeDocuments = 10_000;
    options.storeQueries = 10;
  }
  if (options.large) options.sizes.push(50000);
  if (values.sizes !== undefined) {
    options.sizes = values.sizes.split(',').map((s) => Number(s.trim()));
    if (options.sizes.some((n) => !Number.isInteger(n) || n < 10)) {
      throw new FaultlineError(`bench: --sizes must be integers >= 10 separated by commas, got ${values.sizes}`, { parameter: 'sizes' });
    }
  }
  if (values.seed !== undefined) options.seed = Number(values.seed);
  if (!Number.isInteger(options.seed)) throw new FaultlineError(`bench: --seed must be an integer, got ${String(values.seed)}`, { parameter: 'seed' });
  if (values.duration !== undefined) {
    options.httpDurationS = Number(values.duration);
    if (!(options.httpDurationS >= 1 && options.httpDurationS <= 120)) {
      throw new FaultlineError(`bench: --duration must be 1..120 seconds, got ${values.duration}`, { parameter: 'duration' });
    }
  }
  if (values['bench-dir'] !== undefined) options.benchDir = values['bench-dir'];
  if (values['skip-direct-dedupe']) options.skipDirectDedupe = true;
  options.keepData = values['keep-data'];
  options.liveCode = values['live-code'];
  if (values['real-corpus'] !== undefined) options.realCorpora = values['real-corpus'].filter((p) => p !== 'none');
  if (values.store !== undefined) {
    if (!isPostgresUrl(values.store)) throw new FaultlineError(`bench: --store must be a postgres:// or postgresql:// URL, got ${JSON.stringify(redactUrl(values.store))}`, { parameter: 'store' });
    options.store = values.store;
  }
  if (values['store-documents'] !== undefined) {
    options.storeDocuments = Number(values['store-documents']);
    if (!Number.isInteger(options.storeDocuments) || options.storeDocuments < 1) {
      throw new FaultlineError(`bench: --store-documents must be a whole number from 1, got ${values['store-documents']}`, { parameter: 'store-documents' });
    }
  }
  return options;
}
