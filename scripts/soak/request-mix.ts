/**
 * The soak's request mix. Good requests: searches with varied queries and filters (API and
 * search page), incident pages and their API records and related incidents, stats, facets,
 * exports, health checks and a static file, weighted towards search. Bad requests: the hostile
 * requests that get a 4xx without closing the connection.
 */
import { YEAR_RANGE } from '../../src/model/search-request.js';
import { HOSTILE_REQUESTS } from './hostile-requests.js';
import type { StreamRequest } from './load-stream.js';

/** What the good mix is built from (read from the served knowledge base before the load). */
export interface MixInput {
  /** Incident ids that stay in every generation of the soak. */
  incidentIds: readonly string[];
  /** Facet values present: layer, cause and provider names. */
  layers: readonly string[];
  causes: readonly string[];
  providers: readonly string[];
  /** Years present. */
  years: readonly number[];
}

/** Queries of the good stream: words, phrases of words, prefixes, fuzzy terms, fields, required and prohibited terms. */
export const GOOD_QUERIES: readonly string[] = [
  'load balancer',
  'amazon',
  'outage',
  'storage',
  's3 outage',
  'dns',
  'database failover',
  'configuration',
  'deploy*',
  'balanc*',
  'storage~1',
  'title:amazon',
  '+amazon -retail',
  'cloud computing reliability',
  'certificate expired',
  'network partition',
];

/** A deterministic shuffle (mulberry32), so every run sends the same sequence. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const enc = (value: string): string => encodeURIComponent(value);

/** The good requests (each expects a 2xx), shuffled. */
export function goodRequests(input: MixInput): StreamRequest[] {
  const paths: string[] = [];
  for (const query of GOOD_QUERIES) {
    paths.push(`/api/search?q=${enc(query)}`);
    paths.push(`/?q=${enc(query)}`);
  }
  for (const layer of input.layers.slice(0, 6)) paths.push(`/api/search?layer=${enc(layer)}`, `/?q=outage&layer=${enc(layer)}`);
  for (const cause of input.causes.slice(0, 6)) paths.push(`/api/search?q=outage&cause=${enc(cause)}&certainty=confirmed,reported`);
  for (const provider of input.providers.slice(0, 4)) paths.push(`/api/search?provider=${enc(provider)}&sort=date`);
  // Facet years outside the range the search accepts (the Vasa's sinking in 1628, in the icco corpus) would get a 400.
  const years = input.years.filter((y) => y >= YEAR_RANGE.min && y <= YEAR_RANGE.max).sort((a, b) => a - b);
  if (years.length > 0) paths.push(`/api/search?from=${years[0]}&to=${years.at(-1)}&sort=date&page=1&pageSize=5`);
  paths.push('/api/search?q=amazon&page=2&pageSize=1', '/?q=amazon&page=2&pageSize=1', '/api/search?q=');
  for (const id of input.incidentIds.slice(0, 10)) {
    paths.push(`/incidents/${enc(id)}`, `/incidents/${enc(id)}`, `/api/incidents/${enc(id)}`, `/api/incidents/${enc(id)}/related?limit=3`);
  }
  paths.push('/', '/', '/stats', '/api/stats', '/api/stats', '/api/facets', '/healthz', '/readyz', '/static/style.css', '/api/openapi.json');
  paths.push('/api/export?format=jsonl&q=amazon', '/api/export?format=csv&noText=true', '/api/export?format=bibtex&q=outage');
  return shuffle(paths, 8).map((path) => ({ path, expect: '2xx' as const }));
}

/** The bad requests (each expects its exact 4xx), shuffled. */
export function badRequests(): StreamRequest[] {
  const bad = HOSTILE_REQUESTS.filter((r) => r.status >= 400 && r.closesConnection !== true).map((r) => ({
    name: r.name,
    method: r.method ?? 'GET',
    path: r.path,
    headers: r.headers,
    body: r.body,
    expect: r.status,
  }));
  return shuffle(bad, 5);
}
