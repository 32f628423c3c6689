/**
 * Options of the parse stage, with their defaults in one place.
 */
import { FaultlineError } from '../model/diagnostic.js';

/** Options of `parseFile`. */
export interface ParseOptions {
  /** Longest first line (in characters) of a plain-text file that can be its title. Default 200. */
  maxTitleLength?: number;
  /** Fewest characters of article text an HTML page must have (else `no-article-text`). Default 1. */
  minArticleLength?: number;
  /** Split reader comments off plain-text and Markdown bodies. Default true. */
  splitComments?: boolean;
}

/** `ParseOptions` with every default applied. */
export type ResolvedParseOptions = Required<ParseOptions>;

/** The defaults of `ParseOptions`. */
export const DEFAULT_PARSE_OPTIONS: Readonly<ResolvedParseOptions> = Object.freeze({
  maxTitleLength: 200,
  minArticleLength: 1,
  splitComments: true,
});

/** Applies defaults and validates; throws FaultlineError naming a bad option (caller misuse). */
export function resolveParseOptions(options: ParseOptions = {}): ResolvedParseOptions {
  const resolved: ResolvedParseOptions = { ...DEFAULT_PARSE_OPTIONS, ...stripUndefined(options) };
  for (const key of ['maxTitleLength', 'minArticleLength'] as const) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 1) {
      throw new FaultlineError(`parseFile: option ${key} must be a positive integer, got ${String(value)}`, { parameter: key });
    }
  }
  if (typeof resolved.splitComments !== 'boolean') {
    throw new FaultlineError(`parseFile: option splitComments must be a boolean, got ${String(resolved.splitComments)}`, {
      parameter: 'splitComments',
    });
  }
  return resolved;
}

function stripUndefined(options: ParseOptions): ParseOptions {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  return out;
}
