/**
 * Cheap checks of a query string before it reaches the index: its length and its number of
 * whitespace-separated terms, refused with a 400 naming `q`. Everything else in a query is
 * searched (the parser reads an operator out of its limits as plain words, and the engine bounds
 * wildcard and fuzzy expansion by a work budget; docs/query-language.md).
 */
import { FaultlineError } from '../model/index.js';

/** Limits applied to a query string. */
export interface QueryLimits {
  maxQueryLength: number;
  maxQueryTerms: number;
}

function refuse(message: string): never {
  throw new FaultlineError(`search: parameter q: ${message}`, { status: 400, parameter: 'q' });
}

/** Throws FaultlineError 400 (parameter `q`) when `query` exceeds a limit; returns it trimmed otherwise. */
export function guardQuery(query: string, limits: QueryLimits): string {
  if (query.length > limits.maxQueryLength) refuse(`too long (${query.length} characters; at most ${limits.maxQueryLength})`);
  const trimmed = query.trim();
  if (trimmed === '') return '';
  const terms = trimmed.split(/\s+/);
  if (terms.length > limits.maxQueryTerms) refuse(`too many terms (${terms.length}; at most ${limits.maxQueryTerms})`);
  return trimmed;
}
