/** Options of the soak (`npm run soak [-- --short] [--corpus DIR] ...`), with every default in one place. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FaultlineError } from '../../src/model/diagnostic.js';

/** What one soak run does. */
export interface SoakOptions {
  /** True for the CI mode (`--short`): about 20-30 s in all on an idle machine. */
  short: boolean;
  /** Seconds of load at least (the load goes on until every reload has been served, up to `maxLoadS`). */
  loadS: number;
  /** Hard cap on the load phase, in seconds. */
  maxLoadS: number;
  /** Reloads of the knowledge base during the load (each one a re-ingest of a changed corpus). */
  reloads: number;
  /** Connections of the good-request stream. */
  goodConnections: number;
  /** Requests per second of the good stream, all connections together. */
  goodRate: number;
  /** Connections of the bad-request stream. */
  badConnections: number;
  /** Requests per second of the bad stream. */
  badRate: number;
  /** A request with no answer after this many seconds counts as failed (timed out). */
  timeoutS: number;
  /** Longest wait for one ingest, in seconds. */
  ingestTimeoutS: number;
  /** Longest wait for the server to start, or to show a new generation after an ingest, in seconds. */
  serverTimeoutS: number;
  /** Corpus folders whose files are linked into the soak's corpus (the bundled `corpus/` always). */
  corpora: string[];
  /** Where the JSON results go. */
  out: string;
  /** Largest accepted growth of mean RSS from the middle third of the load to the last third (0.15: +15 %). */
  rssGrowthLimit: number;
  /** Keep the temporary folder (data folder, corpus, server log) for inspection. */
  keep: boolean;
}

/** The bundled corpus, always part of the soak's corpus. */
export const BUNDLED_CORPUS = path.resolve('corpus');

/** Defaults of the full soak (about 2-3 minutes). */
export const SOAK_DEFAULTS: Readonly<SoakOptions> = Object.freeze({
  short: false,
  loadS: 150,
  maxLoadS: 240,
  reloads: 6,
  goodConnections: 8,
  goodRate: 200,
  badConnections: 2,
  badRate: 20,
  timeoutS: 10,
  ingestTimeoutS: 180,
  serverTimeoutS: 60,
  corpora: [],
  out: path.join('bench', 'soak-results.json'),
  rssGrowthLimit: 0.15,
  keep: false,
});

/** Overrides of `--short` (CI): a short load with two reloads, results in the ignored bench/tmp/. */
export const SHORT_OVERRIDES: Readonly<Partial<SoakOptions>> = Object.freeze({
  short: true,
  loadS: 15,
  maxLoadS: 45,
  reloads: 2,
  goodConnections: 4,
  goodRate: 100,
  badConnections: 1,
  badRate: 10,
  out: path.join('bench', 'tmp', 'soak-short.json'),
});

/** The usage line printed on a bad option. */
export const SOAK_USAGE =
  'usage: tsx scripts/soak.ts [--short] [--corpus DIR]... [--load S] [--reloads N] [--rate N] [--out FILE] [--keep]';

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new FaultlineError(`soak: ${name} must be a positive whole number, got ${value}`, { parameter: name });
  return n;
}

/** Parses the soak's command line. */
export function parseSoakArgs(argv: readonly string[]): SoakOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      short: { type: 'boolean', default: false },
      corpus: { type: 'string', multiple: true },
      load: { type: 'string' },
      reloads: { type: 'string' },
      rate: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const base: SoakOptions = { ...SOAK_DEFAULTS, ...(values.short ? SHORT_OVERRIDES : {}), corpora: [] };
  const loadS = positive(values.load, '--load', base.loadS);
  return {
    ...base,
    loadS,
    maxLoadS: Math.max(base.maxLoadS, loadS + 60),
    reloads: positive(values.reloads, '--reloads', base.reloads),
    goodRate: positive(values.rate, '--rate', base.goodRate),
    corpora: (values.corpus ?? []).map((dir) => path.resolve(dir)),
    out: values.out ?? base.out,
    keep: values.keep,
  };
}
