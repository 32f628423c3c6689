import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { SearchRequest, SearchResponse } from '../../src/model/search.js';
import { fixtureKnowledgeBase } from '../fixtures/kb/fixture-kb.js';

const kb = fixtureKnowledgeBase();
const ids = (r: SearchResponse): string[] => r.hits.map((h) => h.id);
const marked = (r: SearchResponse, n = 0): string[] => {
  const hit = r.hits[n];
  if (hit === undefined) return [];
  return hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));
};

function errorOf(request: SearchRequest): FaultlineError {
  try {
    kb.search(request);
  } catch (error) {
    if (error instanceof FaultlineError) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(request)}`);
}

describe('search: relevance on the fixture knowledge base', () => {
  it('finds the seed article first for "gslb", with the matched words marked', () => {
    const r = kb.search({ query: 'gslb' });
    expect(ids(r)).toEqual(['seed-amazon-2008-06-06', 'essay-failover-design']);
    expect(marked(r)).toEqual(['GSLB', 'GSLB']);
    expect(r.hits[0]?.snippet.text).toBe(
      'Global server load balancing (GSLB) is the first line of defense when a data center goes off the air. Either GSLB didnt detect that the main data center was down, or there was no spare to which it could send visitors.',
    );
  });

  it('finds the S3 seed article first for "internal communication"', () => {
    const r = kb.search({ query: 'internal communication' });
    expect(r.hits[0]?.id).toBe('seed-s3-2008-07-20');
    expect(marked(r)).toEqual(['internal', 'communications']);
    expect(r.hits[0]?.snippet.text).toContain('We experienced a problem with those internal system communications');
  });

  it('ranks reports about a provider, a layer word and a cause word first', () => {
    expect(ids(kb.search({ query: 'cloudflare' })).slice(0, 2).sort()).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news']);
    expect(ids(kb.search({ query: 'dns' }))[0]).toBe('facebook-2021-10-04');
    expect(ids(kb.search({ query: 'database' })).slice(0, 2).sort()).toEqual(['github-2018-10-21', 'seed-amazon-ecommerce-disruption']);
    expect(ids(kb.search({ query: 'power' }))[0]).toBe('aws-ec2-2012-06-29-storm');
    expect(ids(kb.search({ query: 'leap day' }))).toEqual(['azure-2012-02-29']);
    expect(ids(kb.search({ query: 'regular expression' })).slice(0, 2)).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news']);
  });

  it('requires every plain word, and falls back to any word when none has them all', () => {
    const both = kb.search({ query: 'gossip protocol' });
    expect(ids(both)).toEqual(['aws-s3-2008-07-20-status']);
    const either = kb.search({ query: 'gossip leap' });
    expect(ids(either).sort()).toEqual(['aws-s3-2008-07-20-status', 'azure-2012-02-29']);
  });

  it('keeps lunr semantics when the query has operators', () => {
    expect(ids(kb.search({ query: 'gossip leap^2' }))[0]).toBe('azure-2012-02-29');
    expect(ids(kb.search({ query: '+gossip leap' }))).toEqual(['aws-s3-2008-07-20-status']);
    const notAmazon = kb.search({ query: 'outage -amazon', pageSize: 100 });
    expect(notAmazon.hits.every((h) => !h.providers.some((p) => p.startsWith('Amazon')))).toBe(true);
    expect(ids(kb.search({ query: 'layer:cdn', pageSize: 100 })).sort()).toEqual([
      'cloudflare-2019-07-02-blog',
      'cloudflare-2019-07-02-news',
      'fastly-2021-06-08',
      'seed-amazon-2008-06-06',
    ]);
    expect(ids(kb.search({ query: 'regul* expression' })).slice(0, 2)).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news']);
    expect(ids(kb.search({ query: 'gosip~1' }))).toEqual(['aws-s3-2008-07-20-status']);
  });

  it('returns hits with their incident, providers and tag badges', () => {
    const hit = kb.search({ query: 'gossip protocol' }).hits[0];
    expect(hit).toMatchObject({
      id: 'aws-s3-2008-07-20-status',
      incident: '2008-07-20-amazon-s3',
      title: 'Amazon S3 Availability Event: July 20, 2008',
      published: '2008-07-21',
      providers: ['Amazon Web Services'],
      layers: [{ label: 'control-plane', certainty: 'confirmed' }],
      impactedLayers: [{ label: 'storage', certainty: 'confirmed' }],
      causes: [{ label: 'software-bug', certainty: 'confirmed' }],
    });
    expect(hit?.score).toBeGreaterThan(0);
  });
});

describe('search: filters, facets, sorting and paging', () => {
  it('matches every document for an empty query', () => {
    const r = kb.search({ query: '', pageSize: 100 });
    expect(r.total).toBe(14);
    expect(r.hits).toHaveLength(14);
    expect(r.hits.every((h) => h.score === 0)).toBe(true);
  });

  it('narrows by layer, cause, certainty, provider and year range', () => {
    const all = (request: Omit<SearchRequest, 'query'>) => ids(kb.search({ query: '', pageSize: 100, ...request })).sort();
    expect(all({ layers: ['cdn'] })).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news', 'fastly-2021-06-08', 'seed-amazon-2008-06-06']);
    expect(all({ layers: ['cdn'], certainty: ['confirmed'] })).toEqual(['cloudflare-2019-07-02-blog', 'fastly-2021-06-08']);
    expect(all({ causes: ['power', 'time'] })).toEqual(['aws-ec2-2012-06-29-storm', 'azure-2012-02-29']);
    expect(all({ certainty: ['speculated'], causes: ['software-bug'] })).toEqual(['cloudflare-2019-07-02-news', 'seed-amazon-ecommerce-disruption']);
    expect(all({ providers: ['AWS'] })).toEqual([
      'aws-ec2-2012-06-29-storm',
      'aws-s3-2008-02-15',
      'aws-s3-2008-07-20-status',
      'seed-amazon-2008-06-06',
      'seed-amazon-ecommerce-disruption',
      'seed-s3-2008-07-20',
    ]);
    expect(all({ providers: ['google cloud', 'FASTLY'] })).toEqual(['fastly-2021-06-08', 'gcp-2019-06-02']);
    expect(all({ from: 2019, to: 2019 })).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news', 'gcp-2019-06-02']);
    expect(all({ to: 2008 })).toEqual(['aws-s3-2008-02-15', 'aws-s3-2008-07-20-status', 'seed-amazon-2008-06-06', 'seed-s3-2008-07-20']);
    // A query and a filter together.
    expect(ids(kb.search({ query: 'outage', layers: ['cdn'] })).sort()).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news', 'fastly-2021-06-08']);
  });

  it('counts facets over the filtered matches; they add up', () => {
    const r = kb.search({ query: 'outage', pageSize: 100 });
    expect(Object.values(r.facets.year).reduce((a, b) => a + b, 0)).toBe(r.total);
    for (const [layer, count] of Object.entries(r.facets.layer)) {
      expect(kb.search({ query: 'outage', layers: [layer], pageSize: 100 }).total).toBe(count);
    }
    for (const layerRole of ['origin', 'impacted', 'any'] as const) {
      const byRole = kb.search({ query: 'outage', layerRole, pageSize: 100 });
      expect(byRole.total).toBe(r.total);
      for (const [layer, count] of Object.entries(byRole.facets.layer)) {
        expect(kb.search({ query: 'outage', layers: [layer], layerRole, pageSize: 100 }).total, `${layerRole} ${layer}`).toBe(count);
      }
    }
    for (const [cause, count] of Object.entries(r.facets.cause)) {
      expect(kb.search({ query: 'outage', causes: [cause], pageSize: 100 }).total).toBe(count);
    }
    for (const [provider, count] of Object.entries(r.facets.provider)) {
      const hits = kb.search({ query: 'outage', pageSize: 100 }).hits.filter((h) => h.providers.includes(provider));
      expect(hits).toHaveLength(count);
    }
    const filtered = kb.search({ query: '', layers: ['cdn'] });
    expect(filtered.facets).toEqual({
      layer: { cdn: 4, gslb: 1, 'load-balancer': 1 },
      cause: { 'software-bug': 3, deployment: 3, misconfiguration: 1 },
      certainty: { confirmed: 2, reported: 1, speculated: 1 },
      provider: { Cloudflare: 2, Fastly: 1, 'Amazon.com': 1 },
      year: { '2008': 1, '2019': 2, '2021': 1 },
      trigger: {},
      detection: {},
      mitigation: {},
    });
    expect(kb.search({ query: '' }).facets.year.unknown).toBe(2);
  });

  it('sorts by date, newest first, undated last', () => {
    const r = kb.search({ query: '', sort: 'date', pageSize: 100 });
    expect(ids(r).slice(0, 3)).toEqual(['facebook-2021-10-04', 'fastly-2021-06-08', 'cloudflare-2019-07-02-blog']);
    expect(ids(r).slice(-2).sort()).toEqual(['essay-failover-design', 'seed-amazon-ecommerce-disruption']);
  });

  it('pages consistently with one big page', () => {
    const whole = ids(kb.search({ query: 'outage', pageSize: 100 }));
    const pages = [1, 2, 3].flatMap((page) => ids(kb.search({ query: 'outage', page, pageSize: 4 })));
    expect(pages).toEqual(whole.slice(0, 12));
    const last = kb.search({ query: 'outage', page: 50, pageSize: 10 });
    expect(last.hits).toEqual([]);
    expect(last.total).toBe(whole.length);
  });

  it.each<[SearchRequest, string, string]>([
    [{ query: 'x', sort: 'score' as never }, 'sort', 'search: request field sort is not an order: "score"'],
    [{ query: 'x', layerRole: 'root' as never }, 'layerRole', 'search: request field layerRole is not a layer role: "root"'],
    [{ query: 'x', from: 20.5 }, 'from', 'search: request field from must be a whole number, got 20.5'],
    [{ query: 'x', page: 0 }, 'page', 'search: request field page must be a whole number from 1, got 0'],
    [{ query: 'x', pageSize: 101 }, 'pageSize', 'search: request field pageSize must be a whole number from 1 to 100, got 101'],
    [{ query: 'x', page: 1_000_000, pageSize: 100 }, 'page', 'search: request field page 1000000 with pageSize 100 reaches past the first 10000 results'],
    [{ query: 42 as never }, 'query', 'search: request field query must be a string, got number'],
    [{ query: 'x', layers: 'dns' as never }, 'layers', 'search: request field layers must be a list of strings'],
    [{ query: 'x', providers: Array.from({ length: 51 }, () => 'a') }, 'providers', 'search: request field providers has 51 values, more than 50'],
  ])('asserts %j, which no edge lets through, with a 500 naming %s', (request, parameter, message) => {
    const error = errorOf(request);
    expect(error.status).toBe(500);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toContain(message);
    expect(error.message).toContain('(requests are checked by src/model/read-request-parameters.ts before the engine)');
  });

  it.each<[SearchRequest]>([
    [{ query: '', layers: ['cdnn'] }],
    [{ query: '', causes: ['bugs'] }],
    [{ query: '', from: 2020, to: 2010 }],
    [{ query: '', providers: ['!!!'] }],
  ])('matches nothing for %j (values the edge refuses or that name no provider)', (request) => {
    expect(kb.search(request).total).toBe(0);
  });
});
