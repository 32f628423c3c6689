/**
 * Cheap checks of a lunr query string before it reaches the index, so hostile queries (thousands
 * of terms, pathological wildcards, huge fuzzy distances) are refused with a
 * 400 instead of tying up the event loop.
 */
import { FaultlineError } from '../model/index.js';

/** Limits applied to a query string. */
export interface QueryLimits {
  maxQueryLength: number;
  maxQueryTerms: number;
  maxWildcardsPerTerm: number;
  maxFuzzyDistance: number;
  maxExpandingTerms: number;
}

/** Fewest literal (non-wildcard) characters a wildcard term must keep. */
const MIN_LITERAL_WITH_WILDCARD = 2;

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
  let expanding = 0;
  for (const raw of terms) {
    const term = raw.replace(/^[+-]/, '');
    const body = term.slice(term.lastIndexOf(':') + 1);
    const wildcards = body.split('*').length - 1;
    if (wildcards > limits.maxWildcardsPerTerm) refuse(`too many wildcards in "${raw.slice(0, 40)}" (at most ${limits.maxWildcardsPerTerm} per term)`);
    const word = body.replace(/[~^]\d*$/, '');
    if (wildcards > 0 && word.replace(/\*/g, '').length < MIN_LITERAL_WITH_WILDCARD) {
      refuse(`wildcard term "${raw.slice(0, 40)}" needs at least ${MIN_LITERAL_WITH_WILDCARD} other characters`);
    }
    const fuzzy = /~(\d*)/.exec(body);
    if (wildcards > 0 || fuzzy !== null) expanding++;
    if (expanding > limits.maxExpandingTerms) refuse(`too many wildcard or fuzzy terms (at most ${limits.maxExpandingTerms} per query)`);
    if (fuzzy !== null && Number(fuzzy[1] || '1') > limits.maxFuzzyDistance) {
      refuse(`fuzzy distance ${fuzzy[1]} in "${raw.slice(0, 40)}" is too large (at most ${limits.maxFuzzyDistance})`);
    }
  }
  return trimmed;
}
