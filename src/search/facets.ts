/**
 * Facet counts over the matched documents after every filter (each facet includes its own
 * filter, so every count is the size of the result set that adding that value would give within
 * the current results). Layer, cause and provider facets count a document once per value;
 * the year facet counts each document once (`unknown` for undated ones), so it sums to the total.
 */
import type { FacetCounts } from '../model/search.js';
import type { DocumentRow } from './document-table.js';

/** Year facet key of undated documents. */
export const UNKNOWN_YEAR = 'unknown';

/** Counts the facets of `rows`. */
export function countFacets(rows: Iterable<DocumentRow>): FacetCounts {
  const facets: FacetCounts = { layer: {}, cause: {}, provider: {}, year: {} };
  for (const row of rows) {
    for (const badge of row.layers) facets.layer[badge.label] = (facets.layer[badge.label] ?? 0) + 1;
    for (const badge of row.causes) facets.cause[badge.label] = (facets.cause[badge.label] ?? 0) + 1;
    for (const provider of row.providers) facets.provider[provider] = (facets.provider[provider] ?? 0) + 1;
    const year = row.year === null ? UNKNOWN_YEAR : String(row.year);
    facets.year[year] = (facets.year[year] ?? 0) + 1;
  }
  return facets;
}
