/**
 * The requests of the backend conformance suite (issue 17): text queries of each kind the two
 * backends read alike (words, a plain query falling back to any word, phrases, NOT, fields,
 * prefixes, required words, nothing found) and, for a knowledge base's own facet values, every
 * filter alone (layers of each role, causes, certainty, providers, outline values, years) and
 * with a query, in both orders.
 */
import type { Certainty } from '../../../src/model/document.js';
import type { DetectionMethod, MitigationStep, TriggerKind } from '../../../src/model/outline.js';
import type { FacetCounts, SearchRequest } from '../../../src/model/search.js';

/** A named request. */
export interface ConformanceCase {
  name: string;
  request: SearchRequest;
}

/** Text queries both backends read alike over the test corpora. */
export const TEXT_QUERIES: readonly string[] = Object.freeze([
  '',
  'outage',
  'dns outage',
  'database failover',
  'storm power',
  'amazon s3 authentication',
  '"load balancer"',
  '"root cause"',
  'outage -dns',
  '-outage',
  'outage -"load balancer"',
  'title:outage',
  'summary:outage',
  'text:database',
  'author*',
  '+storm power',
  'zzzzqqq',
  'the',
]);

/** The cases of a knowledge base whose unfiltered facets are `facets`. */
export function conformanceCases(facets: FacetCounts): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  for (const query of TEXT_QUERIES) {
    cases.push({ name: `query ${JSON.stringify(query)}`, request: { query, pageSize: 100 } });
    cases.push({ name: `query ${JSON.stringify(query)} by date`, request: { query, pageSize: 100, sort: 'date' } });
  }
  const first = (record: Record<string, number>, n: number): string[] => Object.keys(record).slice(0, n);
  for (const role of ['origin', 'impacted', 'any'] as const) {
    for (const layer of first(facets.layer, 4)) cases.push({ name: `layer ${layer} (${role})`, request: { query: '', layers: [layer], layerRole: role, pageSize: 100 } });
  }
  for (const cause of first(facets.cause, 4)) cases.push({ name: `cause ${cause}`, request: { query: '', causes: [cause], pageSize: 100 } });
  for (const level of first(facets.certainty, 3)) {
    cases.push({ name: `certainty ${level}`, request: { query: '', certainty: [level as Certainty], pageSize: 100 } });
    const [layer] = first(facets.layer, 1);
    const [cause] = first(facets.cause, 1);
    if (layer !== undefined) cases.push({ name: `layer ${layer} certainty ${level}`, request: { query: '', layers: [layer], certainty: [level as Certainty], pageSize: 100 } });
    if (cause !== undefined) cases.push({ name: `cause ${cause} certainty ${level}`, request: { query: 'outage', causes: [cause], certainty: [level as Certainty], pageSize: 100 } });
  }
  for (const provider of first(facets.provider, 4)) {
    cases.push({ name: `provider ${provider}`, request: { query: '', providers: [provider.toUpperCase()], pageSize: 100 } });
  }
  for (const trigger of first(facets.trigger, 3)) cases.push({ name: `trigger ${trigger}`, request: { query: '', triggers: [trigger as TriggerKind], pageSize: 100 } });
  for (const detection of first(facets.detection, 3)) cases.push({ name: `detection ${detection}`, request: { query: '', detections: [detection as DetectionMethod], pageSize: 100 } });
  for (const mitigation of first(facets.mitigation, 3)) cases.push({ name: `mitigation ${mitigation}`, request: { query: 'outage', mitigations: [mitigation as MitigationStep], pageSize: 100 } });
  const years = Object.keys(facets.year).filter((y) => y !== 'unknown').map(Number).sort((a, b) => a - b);
  if (years.length > 0) {
    const middle = years[Math.floor(years.length / 2)]!;
    cases.push({ name: `from ${middle}`, request: { query: '', from: middle, pageSize: 100, sort: 'date' } });
    cases.push({ name: `to ${middle}`, request: { query: 'outage', to: middle, pageSize: 100 } });
  }
  cases.push({ name: 'undated', request: { query: '', undated: true, pageSize: 100 } });
  cases.push({ name: 'page 2 of 3 by date', request: { query: '', page: 2, pageSize: 3, sort: 'date' } });
  return cases;
}
