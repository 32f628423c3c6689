/**
 * The queries the bench sends, by kind: words the generated corpus (and real post-mortems) use.
 * Queries rotate through each list so no single cached answer decides a figure.
 */
import type { SearchRequest } from '../../src/model/search.js';

/** Kinds of in-process query measured. */
export type QueryKind = 'single' | 'multi' | 'phrase' | 'filtered' | 'wildcard';

/** One-word queries. */
export const SINGLE_TERM: readonly string[] = [
  'dns', 'gslb', 'storage', 'database', 'cache', 'bgp', 'outage', 'amazon', 'cloudflare', 'github', 'power', 'certificate',
  'deployment', 'rollback', 'latency', 'generators', 'firewall', 'scheduler', 'memcached', 'replication', 'leap', 'ddos',
];

/** Three-word queries. */
export const MULTI_TERM: readonly string[] = [
  'load balancer failover', 'internal system communications', 'dns zone file', 'backup generators failed', 'configuration change rollback',
  'memory leak servers', 'ddos attack edge', 'expired tls certificate', 'database replication lag', 'traffic spike capacity',
  'fibre cut backbone', 'service discovery metadata',
];

/** Quoted phrase-like queries (lunr has no phrases: the terms must all match). */
export const PHRASE_LIKE: readonly string[] = [
  '"load balancer"', '"root cause"', '"status page"', '"leap second"', '"fibre cut"', '"configuration change"',
  '"connection pools"', '"web application firewall"', '"service discovery"', '"power distribution"',
];

/** Wildcard queries. */
export const WILDCARD: readonly string[] = ['stor*', 'data*', 'net*', 'config*', 'cert*', 'deploy*', 'rout*', 'cach*', 'replic*', 'gener*'];

/** Filtered searches (a term plus layer, cause, provider or year filters). */
export const FILTERED: readonly SearchRequest[] = [
  { query: 'outage', layers: ['dns'] },
  { query: 'failure', causes: ['power'] },
  { query: 'servers', from: 2015, to: 2019 },
  { query: 'customers', providers: ['Amazon Web Services'] },
  { query: 'error', layers: ['storage'], causes: ['software-bug'] },
  { query: 'outage', certainty: ['confirmed'] },
  { query: 'network', layers: ['network'], from: 2010, to: 2020 },
  { query: 'database', sort: 'date' },
];

/** The search requests of one kind. */
export function requestsOf(kind: QueryKind): SearchRequest[] {
  switch (kind) {
    case 'single': return SINGLE_TERM.map((query) => ({ query }));
    case 'multi': return MULTI_TERM.map((query) => ({ query }));
    case 'phrase': return PHRASE_LIKE.map((query) => ({ query }));
    case 'wildcard': return WILDCARD.map((query) => ({ query }));
    case 'filtered': return FILTERED.slice();
  }
}

/** Every in-process query kind, in report order. */
export const QUERY_KINDS: readonly QueryKind[] = ['single', 'multi', 'phrase', 'filtered', 'wildcard'];

/** Label of the HTTP runs over distinct searches (`distinct-queries.ts`). */
export const DISTINCT = 'distinct';

/** Suffix of the HTTP run labels measured with the server's search cache off (every request runs its search). */
export const UNCACHED = ', cache off';
