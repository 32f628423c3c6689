/**
 * The options of the PostgreSQL store and backend (issue 17), with their defaults in one place.
 */
import { FaultlineError } from '../../model/diagnostic.js';

/** Options of a connection to a Faultline database. */
export interface PostgresOptions {
  /** The connection string (`postgres://user@host/db`, `postgresql:///db?host=/socket/dir`). */
  url: string;
  /** Deadline of every read query, in milliseconds (`statement_timeout`); a search past it is a 503. */
  statementTimeoutMs: number;
  /** Most connections in the pool; a load copies and builds indexes over as many connections in parallel (plus one that coordinates). */
  poolSize: number;
  /** Bytes of COPY data sent per write to the stream while loading a snapshot. */
  copyBatchBytes: number;
  /** Deadline of each statement of a snapshot load, in milliseconds (0: none). */
  loadTimeoutMs: number;
  /** `maintenance_work_mem` of a load's index builds, in MiB (a GIN index built with more memory writes fewer, larger runs). */
  indexBuildMemoryMb: number;
  /**
   * Most matches counted exactly: a search the planner estimates to match more is a broad one,
   * whose total is the planner's estimate (flagged `totalEstimated`), whose hits are ranked over a
   * window of candidates and whose filtered facets are counted over a window of matches.
   */
  exactCountLimit: number;
  /** Candidates of a broad search ranked by relevance: its newest matches (by the date index), then `ts_rank` over them. */
  rankWindow: number;
  /** Matches of a broad filtered search whose facets are counted (newest first), scaled to the estimated total (flagged `facetsEstimated`). */
  facetWindow: number;
}

/** The defaults of everything but `url`. */
export const POSTGRES_DEFAULTS: Readonly<Omit<PostgresOptions, 'url'>> = Object.freeze({
  statementTimeoutMs: 5_000,
  poolSize: 4,
  copyBatchBytes: 1 << 20,
  loadTimeoutMs: 0,
  indexBuildMemoryMb: 256,
  exactCountLimit: 10_000,
  rankWindow: 1_000,
  facetWindow: 5_000,
});

/** Whether `store` names a PostgreSQL database (`postgres://` or `postgresql://`). */
export function isPostgresUrl(store: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(store);
}

/** The options of `url` with the defaults filled in; throws FaultlineError naming the option and the value. */
export function resolvePostgresOptions(url: string, options: Partial<Omit<PostgresOptions, 'url'>> = {}): PostgresOptions {
  if (!isPostgresUrl(url)) throw new FaultlineError(`postgres: store ${JSON.stringify(redactUrl(url))} is not a postgres:// or postgresql:// URL`, { parameter: 'store' });
  const resolved: PostgresOptions = { url, ...POSTGRES_DEFAULTS, ...options };
  const positive = (name: 'statementTimeoutMs' | 'poolSize' | 'copyBatchBytes' | 'exactCountLimit' | 'rankWindow' | 'facetWindow' | 'indexBuildMemoryMb', min: number): void => {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < min) throw new FaultlineError(`postgres: option ${name} must be a whole number of at least ${min}, got ${value}`, { parameter: name });
  };
  positive('statementTimeoutMs', 1);
  positive('poolSize', 1);
  positive('copyBatchBytes', 1024);
  positive('exactCountLimit', 1);
  positive('rankWindow', 1);
  positive('facetWindow', 1);
  positive('indexBuildMemoryMb', 1);
  if (!Number.isInteger(resolved.loadTimeoutMs) || resolved.loadTimeoutMs < 0) {
    throw new FaultlineError(`postgres: option loadTimeoutMs must be a whole number of at least 0, got ${resolved.loadTimeoutMs}`, { parameter: 'loadTimeoutMs' });
  }
  return resolved;
}

/** `url` with its password replaced by `***` (for messages and `location`). */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}
