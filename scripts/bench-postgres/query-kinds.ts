/**
 * The searches of the PostgreSQL benchmark by kind (issue 17): a selective filtered search, a
 * broad word, two words, a phrase, a negation, a broad word by date, facets of a filter and of a
 * broad filter (four layers: a sampled count past `exactCountLimit` from about 30,000 documents);
 * each kind a fixed rotation of requests over the synthetic corpus's vocabulary.
 */
import type { SearchRequest } from '../../src/model/search.js';
import { LAYER_LABELS } from '../../src/model/taxonomy.js';
import { PROVIDERS } from '../bench/corpus/providers.js';

/** A kind of search and its requests. */
export interface QueryKind {
  name: string;
  /** True when it measures `facets` alone (no hits). */
  facetsOnly: boolean;
  requests: SearchRequest[];
}

const services = PROVIDERS.flatMap((p) => p.services.slice(0, 2));
const providers = PROVIDERS.map((p) => p.name);

/** The kinds, each with `n` requests. */
export function queryKinds(n: number): QueryKind[] {
  const take = <T>(values: readonly T[], i: number): T => values[i % values.length]!;
  const make = (f: (i: number) => SearchRequest): SearchRequest[] => Array.from({ length: n }, (_, i) => f(i));
  return [
    { name: 'selective (service + layer + year)', facetsOnly: false, requests: make((i) => ({ query: take(services, i), layers: [take(LAYER_LABELS, i)], from: 2015 + (i % 8), to: 2015 + (i % 8) })) },
    { name: 'provider filter', facetsOnly: false, requests: make((i) => ({ query: '', providers: [take(providers, i)] })) },
    { name: 'broad word', facetsOnly: false, requests: make((i) => ({ query: take(['outage', 'customers', 'service', 'engineers'], i) })) },
    { name: 'two words', facetsOnly: false, requests: make((i) => ({ query: `${take(services, i)} outage` })) },
    { name: 'phrase', facetsOnly: false, requests: make((i) => ({ query: `"${take(['load balancer', 'root cause', 'power failure', 'configuration change', 'error rates'], i)}"` })) },
    { name: 'negation', facetsOnly: false, requests: make((i) => ({ query: `${take(services, i)} -${take(['dns', 'network', 'storage', 'power'], i)}` })) },
    { name: 'broad word by date', facetsOnly: false, requests: make((i) => ({ query: take(['outage', 'customers'], i), sort: 'date' })) },
    { name: 'facets of a layer filter', facetsOnly: true, requests: make((i) => ({ query: '', layers: [take(LAYER_LABELS, i)] })) },
    { name: 'facets of a broad filter (four layers)', facetsOnly: true, requests: make((i) => ({ query: '', layers: [0, 1, 2, 3].map((k) => take(LAYER_LABELS, i + k)) })) },
  ];
}
