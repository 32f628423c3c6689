/**
 * The options of an ingest, every stage's, with their defaults in one place: `PIPELINE_DEFAULTS`.
 * `resolvePipelineOptions` fills in the defaults and checks every value with the stage's own
 * checks, throwing a FaultlineError that names the option (`dedupe.threshold`, `workers`) and the
 * value. A config file (`read-pipeline-config.ts`) has exactly these keys.
 */
import { DEDUPE_DEFAULTS, resolveDedupeOptions, type DedupeOptions } from '../dedupe/options.js';
import { DEFAULT_GROUP_OPTIONS, type GroupIncidentsOptions } from '../incidents/group-incidents.js';
import { DEFAULT_INDEX_OPTIONS } from '../index/build-index.js';
import type { FieldLimits } from '../index/index-fields.js';
import { DEFAULT_PARSE_OPTIONS, resolveParseOptions, type ParseOptions, type ResolvedParseOptions } from '../ingest/parse-options.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { ProviderDomains } from '../rulebook/rule.js';
import type { StageProgress } from './run-context.js';

/** Options of the read stage. */
export interface ReadOptions {
  /** Files over this many bytes are skipped with a `too-large` diagnostic. */
  maxFileBytes: number;
  /** Read symbolic links whose target is outside the corpus folder (refused by default). */
  followSymlinksOutside: boolean;
  /** Read README and LICENSE files as reports too (skipped by default: they describe the corpus). */
  includeReadmeFiles: boolean;
}

/** Options of the dedupe stage (the signature options also shape the parse stage's signatures). */
export type DedupeStageOptions = Required<Omit<DedupeOptions, 'signatures'>>;

/** Options of the tagging inside the analyze stage. */
export interface TagOptions {
  /** Provider domains added to the shipped table (a report on one of them is the provider's own). */
  providerDomains: ProviderDomains[];
}

/** Options of the index stage. */
export interface IndexStageOptions extends FieldLimits {
  /** Most documents per index shard. */
  shardSize: number;
}

/** Every option of an ingest; all but `corpus` and `out` have defaults (`PIPELINE_DEFAULTS`). */
export interface PipelineOptions {
  /** Corpus folder to read. */
  corpus: string;
  /** Data folder to write (a symlink to the current generation). */
  out: string;
  /**
   * Worker threads; `'auto'` uses every core for large corpora and one thread for small ones (not
   * the main thread: the per-file time budget can only stop work in a thread). 0: the main thread,
   * with no time budget.
   */
  workers?: number | 'auto';
  /** Time budget of one file's parsing and of one document's analysis, in worker threads (ms). */
  fileTimeoutMs?: number;
  /** Ignore the cache: parse and analyse everything again. */
  force?: boolean;
  read?: Partial<ReadOptions>;
  parse?: ParseOptions;
  dedupe?: Partial<DedupeStageOptions>;
  tag?: Partial<TagOptions>;
  incidents?: Partial<GroupIncidentsOptions>;
  index?: Partial<IndexStageOptions>;
  /** Called as work advances (for progress bars). */
  onProgress?: (progress: StageProgress) => void;
}

/** `PipelineOptions` with every default applied and every value checked. */
export interface ResolvedPipelineOptions {
  corpus: string;
  out: string;
  workers: number | 'auto';
  fileTimeoutMs: number;
  force: boolean;
  read: ReadOptions;
  parse: ResolvedParseOptions;
  dedupe: DedupeStageOptions;
  tag: TagOptions;
  incidents: GroupIncidentsOptions;
  index: IndexStageOptions;
}

/** The defaults of every option of `PipelineOptions` (each stage's defaults are its own module's). */
export const PIPELINE_DEFAULTS = Object.freeze({
  workers: 'auto' as const,
  fileTimeoutMs: 30_000,
  force: false,
  read: Object.freeze({ maxFileBytes: 10 * 1024 * 1024, followSymlinksOutside: false, includeReadmeFiles: false }),
  parse: DEFAULT_PARSE_OPTIONS,
  dedupe: DEDUPE_DEFAULTS,
  tag: Object.freeze({ providerDomains: [] as ProviderDomains[] }),
  incidents: Object.freeze({ ...DEFAULT_GROUP_OPTIONS }),
  index: Object.freeze({ shardSize: DEFAULT_INDEX_OPTIONS.shardSize, maxTextChars: DEFAULT_INDEX_OPTIONS.maxTextChars, maxCommentChars: DEFAULT_INDEX_OPTIONS.maxCommentChars }),
});

/** How the runner batches and spreads work (not options: they change speed, never results). */
export const PIPELINE_TUNING = Object.freeze({
  /** Below this many files to process, `'auto'` starts one worker thread, not one per core (start-up costs more). */
  autoWorkerThreshold: 48,
  /** Files per parse task. */
  parseBatch: 16,
  /** Documents per analysis task. */
  analyzeBatch: 8,
  /** Files read at once. */
  readConcurrency: 32,
});

/** Throws the FaultlineError of one bad option. */
function bad(key: string, what: string, value: unknown): never {
  const shown = value === undefined ? 'undefined' : JSON.stringify(value);
  throw new FaultlineError(`ingest: option ${key} must be ${what}, got ${shown}`, { parameter: key });
}

/** Checks a number option against a predicate. */
function checkNumber(key: string, value: unknown, what: string, ok: (n: number) => boolean): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) bad(key, what, value);
}

/** Runs a stage's own option check, naming the option with its section (`dedupe.threshold`). */
function withSection<T>(section: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof FaultlineError && error.parameter !== undefined) {
      throw new FaultlineError(`ingest: option ${section}.${error.parameter} is not valid (${error.message})`, { parameter: `${section}.${error.parameter}`, cause: error });
    }
    throw error;
  }
}

/** Fills in the defaults of `options` and checks every value; throws a FaultlineError naming a bad one. */
export function resolvePipelineOptions(options: PipelineOptions): ResolvedPipelineOptions {
  const d = PIPELINE_DEFAULTS;
  const read = { ...d.read, ...defined(options.read) };
  checkNumber('read.maxFileBytes', read.maxFileBytes, 'a positive number of bytes', (n) => n > 0);
  if (typeof read.followSymlinksOutside !== 'boolean') bad('read.followSymlinksOutside', 'true or false', read.followSymlinksOutside);
  if (typeof read.includeReadmeFiles !== 'boolean') bad('read.includeReadmeFiles', 'true or false', read.includeReadmeFiles);
  const workers = options.workers ?? d.workers;
  if (workers !== 'auto') checkNumber('workers', workers, 'a whole number >= 0 or "auto"', (n) => Number.isInteger(n) && n >= 0);
  const fileTimeoutMs = options.fileTimeoutMs ?? d.fileTimeoutMs;
  checkNumber('fileTimeoutMs', fileTimeoutMs, 'a positive number of milliseconds', (n) => n > 0);
  const parse = withSection('parse', () => resolveParseOptions(options.parse));
  const { signatures: _none, ...dedupe } = withSection('dedupe', () => resolveDedupeOptions({ ...d.dedupe, ...defined(options.dedupe) }));
  const tag = { ...d.tag, ...defined(options.tag) };
  if (!Array.isArray(tag.providerDomains)) bad('tag.providerDomains', 'a list of {provider, aliases, domains}', tag.providerDomains);
  const incidents = { ...d.incidents, ...defined(options.incidents) };
  checkNumber('incidents.windowDays', incidents.windowDays, 'a number of days >= 0', (n) => n >= 0);
  for (const key of ['unknownServiceSimilarity', 'unknownServiceTagOverlap', 'differentServiceSimilarity'] as const) {
    checkNumber(`incidents.${key}`, incidents[key], 'a number in [0, 1]', (n) => n >= 0 && n <= 1);
  }
  checkNumber('incidents.maxTextComparisons', incidents.maxTextComparisons, 'a whole number >= 0', (n) => Number.isInteger(n) && n >= 0);
  checkNumber('incidents.durationRatio', incidents.durationRatio, 'a ratio >= 1', (n) => n >= 1);
  checkNumber('incidents.sameDaySimilarity', incidents.sameDaySimilarity, 'a number in [0, 1]', (n) => n >= 0 && n <= 1);
  for (const key of ['providers', 'overrides'] as const) if (typeof incidents[key] !== 'string') bad(`incidents.${key}`, 'a file name ("" for the corpus folder\'s own)', incidents[key]);
  const index = { ...d.index, ...defined(options.index) };
  for (const key of ['shardSize', 'maxTextChars', 'maxCommentChars'] as const) {
    checkNumber(`index.${key}`, index[key], 'a whole number >= 1', (n) => Number.isInteger(n) && n >= 1);
  }
  return { corpus: options.corpus, out: options.out, workers, fileTimeoutMs, force: options.force ?? d.force, read, parse, dedupe, tag, incidents, index };
}

/** The entries of an options object whose value is not undefined. */
function defined<T extends object>(options: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(options ?? {})) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}
