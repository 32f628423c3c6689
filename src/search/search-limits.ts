/**
 * Bounds on what one search may ask for, so that hostile or accidental queries are answered in
 * bounded time with a 400 naming the parameter, never a crash or a blocked event loop.
 */

/** Limits of the search engine. */
export interface SearchLimits {
  /** Longest query, in characters. */
  maxQueryLength: number;
  /** Most analysed terms in one query. */
  maxTerms: number;
  /** Most `*` in one query term. */
  maxWildcards: number;
  /** Fewest literal characters before a term's first `*` (no leading wildcards). */
  minWildcardPrefix: number;
  /** Largest fuzzy edit distance (`~N`). */
  maxEditDistance: number;
  /** Most index terms one wildcard or fuzzy term may expand to (per shard). */
  maxExpansions: number;
  /** Most work the wildcard and fuzzy expansions of one query may do (index terms and term prefixes visited, over every shard). */
  maxExpansionWork: number;
  /** Largest term boost (`^N`). */
  maxBoost: number;
  /** Largest page size. */
  maxPageSize: number;
  /** Deepest result reachable by paging: `page * pageSize` may not exceed it. */
  maxResultWindow: number;
  /** Most values in one filter list (layers, causes, certainty, providers). */
  maxFilterValues: number;
  /** Most characters of document text one query's phrase checks may read; documents past it are kept unverified. */
  maxPhraseScanChars: number;
  /** Most documents read to decide whether a query's `-word`s are written so in the documents (`rm -rf`), over all of them. */
  maxHyphenChecks: number;
}

/** Defaults of `SearchLimits`. */
export const DEFAULT_SEARCH_LIMITS: Readonly<SearchLimits> = {
  maxQueryLength: 512,
  maxTerms: 32,
  maxWildcards: 2,
  minWildcardPrefix: 2,
  maxEditDistance: 2,
  maxExpansions: 256,
  maxExpansionWork: 100_000,
  maxBoost: 100,
  maxPageSize: 100,
  maxResultWindow: 10_000,
  maxFilterValues: 50,
  maxPhraseScanChars: 5_000_000,
  maxHyphenChecks: 200,
};
