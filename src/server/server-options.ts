/** The server's options, with every default in one place. */
import { FaultlineError } from '../model/index.js';

/** Options of `createApp` (all optional; see `DEFAULT_SERVER_OPTIONS`). */
export interface ServerOptions {
  /** Requests per client IP per `rateLimitWindowMs` on `/api`; `false` disables rate limiting. */
  rateLimit: number | false;
  /** Length of the rate-limit window in milliseconds. */
  rateLimitWindowMs: number;
  /** Longest accepted search query, in characters. */
  maxQueryLength: number;
  /** Most whitespace-separated terms accepted in one query. */
  maxQueryTerms: number;
  /** Highest page number accepted. */
  maxPage: number;
  /** Largest page size accepted. */
  maxPageSize: number;
  /** Most values accepted in one list parameter (layer, cause, provider, certainty). */
  maxListValues: number;
  /** Largest request body accepted in bytes (the server takes no bodies; anything larger gets 413). */
  maxBodyBytes: number;
  /** `Cache-Control: max-age` of static files from `public/`, in seconds. */
  staticMaxAgeSeconds: number;
  /** Express `trust proxy` setting (set when behind a reverse proxy so rate limits see client IPs). */
  trustProxy: boolean | number | string;
  /** Related incidents shown on an incident page and returned by default by the API. */
  relatedLimit: number;
  /** Search responses cached per loaded knowledge base (least recently used dropped first); 0 disables the cache. */
  searchCacheEntries: number;
  /** Most bytes of cached search-response JSON per loaded knowledge base. */
  searchCacheBytes: number;
  /** Searches with wildcard or fuzzy terms run at once (API and search page); more wait in line. */
  maxConcurrentExpensiveSearches: number;
  /** Exports streamed at once; more wait in line. */
  maxConcurrentExports: number;
  /** Most searches or exports waiting for a slot (each); one more gets 503 with Retry-After at once. */
  maxQueuedWork: number;
  /** Longest wait for a search or export slot, in ms; past it the request gets 503 with Retry-After. */
  maxQueueWaitMs: number;
  /** Longest an export may take to stream, in ms; past it the connection is cut (the slot is freed for others). */
  exportDeadlineMs: number;
}

/** The defaults: generous rate limits (benchmarks on 127.0.0.1 are not throttled) and tight query limits. */
export const DEFAULT_SERVER_OPTIONS: Readonly<ServerOptions> = Object.freeze({
  rateLimit: 100_000,
  rateLimitWindowMs: 60_000,
  maxQueryLength: 512,
  maxQueryTerms: 16,
  maxPage: 1000,
  maxPageSize: 100,
  maxListValues: 20,
  maxBodyBytes: 1024,
  staticMaxAgeSeconds: 3600,
  trustProxy: false,
  relatedLimit: 5,
  searchCacheEntries: 1000,
  searchCacheBytes: 32_000_000,
  maxConcurrentExpensiveSearches: 2,
  maxConcurrentExports: 2,
  maxQueuedWork: 16,
  maxQueueWaitMs: 2000,
  exportDeadlineMs: 300_000,
});

/** Merges `options` over the defaults and checks them (throws FaultlineError naming the bad option). */
export function resolveServerOptions(options: Partial<ServerOptions> = {}): ServerOptions {
  const merged: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...options };
  const positive: (keyof ServerOptions)[] = [
    'rateLimitWindowMs',
    'maxQueryLength',
    'maxQueryTerms',
    'maxPage',
    'maxPageSize',
    'maxListValues',
    'relatedLimit',
    'maxConcurrentExpensiveSearches',
    'maxConcurrentExports',
    'maxQueueWaitMs',
    'exportDeadlineMs',
  ];
  for (const key of positive) {
    const value = merged[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new FaultlineError(`server: option ${key} must be a positive integer, got ${String(value)}`, { parameter: key });
    }
  }
  for (const key of ['maxBodyBytes', 'staticMaxAgeSeconds', 'searchCacheEntries', 'searchCacheBytes', 'maxQueuedWork'] as const) {
    const value = merged[key];
    if (!Number.isInteger(value) || value < 0) {
      throw new FaultlineError(`server: option ${key} must be a non-negative integer, got ${String(value)}`, { parameter: key });
    }
  }
  if (merged.rateLimit !== false && (!Number.isInteger(merged.rateLimit) || merged.rateLimit < 1)) {
    throw new FaultlineError(`server: option rateLimit must be a positive integer or false, got ${String(merged.rateLimit)}`, {
      parameter: 'rateLimit',
    });
  }
  return merged;
}
