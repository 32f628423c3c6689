import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { LAYER_ROLE_FILTERS } from '../../src/model/index.js';
import type { FacetCounts, RelatedIncident, SearchResponse } from '../../src/model/search.js';
import { createApp } from '../../src/server/create-app.js';
import type { ApiErrorBody } from '../../src/server/error-handler.js';
import type { KnowledgeBaseStats } from '../../src/server/knowledge-base-stats.js';
import { SEARCH_PARAMS } from '../../src/server/search-params.js';
import type { Socc16Row } from '../../src/server/socc16-comparison.js';
import { fixtureKnowledgeBase } from './fixture-knowledge-base.js';

const app = createApp({ kb: fixtureKnowledgeBase() });

/** The part of `/api/incidents/:id` these tests read. */
interface IncidentBody {
  incident: { id: string };
  reports: { id: string; comments: unknown[] }[];
}

/** What `/api/incidents/:id/related` answers. */
interface RelatedBody {
  incident: string;
  related: RelatedIncident[];
}

/** What `/api/stats` answers: the statistics plus the SoCC'16 comparison. */
type StatsBody = KnowledgeBaseStats & { socc16: Socc16Row[] };

/** The part of a JSON Schema node these tests read. */
interface SchemaNode {
  $ref?: string;
  enum?: string[];
  required?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The part of the OpenAPI document these tests read. */
interface OpenApiBody {
  openapi: string;
  paths: Record<string, { get: { parameters: { name: string }[] } } | undefined>;
  components: { schemas: Record<string, SchemaNode> };
}

/** A supertest response, whose parsed JSON body supertest types `any`; the readers below give it its route's shape. */
interface Reply {
  body: unknown;
}

/** The body of `/api/search`. */
const search = (res: Reply) => res.body as SearchResponse;
/** The body of an API error. */
const error = (res: Reply) => res.body as ApiErrorBody;
/** The body of `/api/incidents/:id`. */
const incident = (res: Reply) => res.body as IncidentBody;
/** The body of `/api/incidents/:id/related`. */
const related = (res: Reply) => res.body as RelatedBody;
/** The body of `/api/stats`. */
const stats = (res: Reply) => res.body as StatsBody;
/** The body of `/api/facets`. */
const facets = (res: Reply) => res.body as FacetCounts;
/** The body of `/api/openapi.json`. */
const openApi = (res: Reply) => res.body as OpenApiBody;

describe('GET /api/search', () => {
  it('returns the search response as compact JSON', async () => {
    const res = await request(app).get('/api/search?q=load+balancer');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.text).not.toContain('\n');
    expect(search(res).query).toBe('load balancer');
    expect(search(res).total).toBe(3);
    expect(search(res).hits[0]?.id).toBe('d-amazon-retail');
    expect(search(res).hits[0]?.incident).toBe('2008-06-06-amazon-retail');
    expect(search(res).facets.layer['load-balancer']).toBe(2);
  });

  it('applies every filter parameter, repeated or comma-separated', async () => {
    const layer = await request(app).get('/api/search?q=load&layer=gslb');
    expect(search(layer).hits.map((h: { id: string }) => h.id)).toEqual(['d-amazon-retail']);
    const twoLayers = await request(app).get('/api/search?layer=gslb,dns');
    expect(search(twoLayers).total).toBe(2);
    const repeated = await request(app).get('/api/search?layer=gslb&layer=dns');
    expect(search(repeated).total).toBe(2);
    const cause = await request(app).get('/api/search?cause=deployment');
    expect(search(cause).hits.map((h: { id: string }) => h.id)).toEqual(['d-evil']);
    const certainty = await request(app).get('/api/search?certainty=confirmed');
    expect(search(certainty).total).toBe(3);
    const provider = await request(app).get('/api/search?provider=amazon');
    expect(search(provider).total).toBe(2);
    const years = await request(app).get('/api/search?from=2008&to=2008');
    expect(search(years).total).toBe(2);
    const sorted = await request(app).get('/api/search?sort=date');
    expect(search(sorted).hits[0]?.id).toBe('d-evil');
    const paged = await request(app).get('/api/search?page=2&pageSize=3');
    expect(search(paged).page).toBe(2);
    expect(search(paged).pageSize).toBe(3);
    expect(search(paged).hits).toHaveLength(1);
  });

  it('filters and counts origin layers by default; layerRole=impacted or any reaches impacted ones', async () => {
    // d-dns: origin dns, impacted database (no report has database as its origin).
    const origin = await request(app).get('/api/search?layer=database');
    expect(origin.status).toBe(200);
    expect(search(origin).total).toBe(0);
    expect(search(origin).hits).toEqual([]);
    expect(search(await request(app).get('/api/search?layer=database&layerRole=origin')).total).toBe(0);
    for (const role of ['impacted', 'any']) {
      const res = await request(app).get(`/api/search?layer=database&layerRole=${role}`);
      expect(res.status).toBe(200);
      expect(search(res).hits.map((h: { id: string }) => h.id)).toEqual(['d-dns']);
    }
    expect(search(await request(app).get('/api/search?layer=dns&layerRole=impacted')).total).toBe(0);
    expect(search(await request(app).get('/api/search')).facets.layer).toEqual({ 'load-balancer': 2, cdn: 1, 'control-plane': 1, dns: 1, gslb: 1, storage: 1 });
    expect(search(await request(app).get('/api/search?layerRole=impacted')).facets.layer).toEqual({ database: 1 });
    expect(search(await request(app).get('/api/search?layerRole=any')).facets.layer).toEqual({
      'load-balancer': 2,
      cdn: 1,
      'control-plane': 1,
      database: 1,
      dns: 1,
      gslb: 1,
      storage: 1,
    });
    expect(search(await request(app).get('/api/search?layer=database&layerRole=any')).facets.layer).toEqual({ database: 1, dns: 1 });
    const hit = search(await request(app).get('/api/search?layer=dns')).hits[0];
    expect(hit?.layers).toEqual([{ label: 'dns', certainty: 'confirmed' }]);
    expect(hit?.impactedLayers).toEqual([{ label: 'database', certainty: 'reported' }]);
  });

  it('caches each layer role apart (an absent layerRole is origin)', async () => {
    const cachedApp = createApp({ kb: fixtureKnowledgeBase() });
    const first = await request(cachedApp).get('/api/search?layer=database');
    expect(first.headers['x-search-cache']).toBe('miss');
    const explicit = await request(cachedApp).get('/api/search?layer=database&layerRole=origin');
    expect(explicit.headers['x-search-cache']).toBe('hit');
    expect(search(explicit).total).toBe(0);
    const any = await request(cachedApp).get('/api/search?layer=database&layerRole=any');
    expect(any.headers['x-search-cache']).toBe('miss');
    expect(search(any).total).toBe(1);
  });

  it('answers a huge-but-allowed page number with an empty page', async () => {
    const res = await request(app).get('/api/search?q=load&page=1000');
    expect(res.status).toBe(200);
    expect(search(res).hits).toEqual([]);
    expect(search(res).total).toBe(3);
  });

  const badParams: [string, string, string][] = [
    ['layer=bogus', 'layer', 'search: parameter layer: must be one of dns, '],
    ['cause=oops', 'cause', 'got "oops"'],
    ['certainty=maybe', 'certainty', 'search: parameter certainty: must be one of confirmed, reported, speculated, got "maybe"'],
    [`provider=${'p'.repeat(101)}`, 'provider', 'search: parameter provider: must be at most 100 characters, got 101'],
    ['from=20x8', 'from', 'search: parameter from: must be a whole number from 1900 to 2200, got "20x8"'],
    ['from=950', 'from', 'search: parameter from: must be a whole number from 1900 to 2200, got "950"'],
    ['from=1500', 'from', 'search: parameter from: must be a whole number from 1900 to 2200, got "1500"'],
    ['to=10000', 'to', 'search: parameter to: must be a whole number from 1900 to 2200, got "10000"'],
    ['from=2010&to=2008', 'from', 'search: parameter from: must not be after to (2010 > 2008)'],
    ['sort=random', 'sort', 'search: parameter sort: must be one of relevance, date, got "random"'],
    ['layerRole=root', 'layerRole', 'search: parameter layerRole: must be one of origin, impacted, any, got "root"'],
    ['layerRole=origin&layerRole=any', 'layerRole', 'search: parameter layerRole: must be given once'],
    ['layer_role=any', 'layer_role', 'search: parameter layer_role: unknown parameter'],
    ['page=0', 'page', 'search: parameter page: must be a whole number from 1 to 1000, got "0"'],
    ['page=1001', 'page', 'must be a whole number from 1 to 1000, got "1001"'],
    ['page=99999999999999999999', 'page', 'must be a whole number from 1 to 1000'],
    ['page=-1', 'page', 'must be a whole number from 1 to 1000, got "-1"'],
    ['page=101&pageSize=100', 'page', 'search: parameter page: 101 with pageSize 100 reaches past the first 10000 results; refine the query instead'],
    ['pageSize=101', 'pageSize', 'search: parameter pageSize: must be a whole number from 1 to 100, got "101"'],
    ['pageSize=abc', 'pageSize', 'must be a whole number from 1 to 100, got "abc"'],
    ['q=a&q=b', 'q', 'search: parameter q: must be given once'],
    ['sort=date&sort=relevance', 'sort', 'must be given once'],
    ['bogus=1', 'bogus', 'search: parameter bogus: unknown parameter'],
    [`q=${'a'.repeat(600)}`, 'q', 'search: parameter q: must be at most 512 characters, got 600'],
    [`q=${Array.from({ length: 17 }, () => 'ab').join('+')}`, 'q', 'search: parameter q: too many terms (17; at most 16)'],
    [`layer=${Array.from({ length: 21 }, () => 'dns').join(',')}`, 'layer', 'search: parameter layer: takes at most 20 values, got 21'],
    // Any text searches (docs/query-language.md); one token of 40 words is over the 32-term limit of the search.
    [`q=${Array.from({ length: 40 }, (_, i) => `w${i}`).join('-')}`, 'q', 'search: query has more than 32 terms (at position 1)'],
  ];
  it.each(badParams)('400 for %s naming %s', async (query, parameter, message) => {
    const res = await request(app).get(`/api/search?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(error(res).error).toBe('bad-parameter');
    expect(error(res).parameter).toBe(parameter);
    expect(error(res).message).toContain(message);
    expect(error(res).message).not.toMatch(/\n\s+at /);
  });

  it('reads labels case-insensitively and provider names whole, commas included', async () => {
    expect(search(await request(app).get('/api/search?layer=GSLB&layerRole=ORIGIN')).total).toBe(1);
    // "Nobody, Amazon" is one name, which no report names (split at the comma, "Amazon" would match two).
    expect(search(await request(app).get('/api/search?provider=Nobody,%20Amazon')).total).toBe(0);
    expect(search(await request(app).get('/api/search?provider=Amazon&provider=nobody')).total).toBe(2);
  });

  it('treats empty filter values as absent (what a blank form field sends)', async () => {
    const res = await request(app).get('/api/search?q=&from=&to=&layer=&sort=');
    expect(res.status).toBe(200);
    expect(search(res).total).toBe(4);
  });
});

describe('GET /api/incidents/:id', () => {
  it('returns the incident with its full reports', async () => {
    const res = await request(app).get('/api/incidents/2008-07-20-amazon-s3');
    expect(res.status).toBe(200);
    const body = incident(res);
    expect(body.incident.id).toBe('2008-07-20-amazon-s3');
    expect(body.reports.map((r) => r.id)).toEqual(['d-amazon-s3']);
    expect(body.reports[0]?.comments).toHaveLength(2);
  });

  it('404 JSON for an unknown id, 400 for a malformed one', async () => {
    const unknown = await request(app).get('/api/incidents/1999-01-01-nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'not-found', parameter: 'id', message: 'incident: no incident with id "1999-01-01-nothing"' });
    const malformed = await request(app).get(`/api/incidents/${encodeURIComponent('<script>')}`);
    expect(malformed.status).toBe(400);
    expect(error(malformed).parameter).toBe('id');
    const long = await request(app).get(`/api/incidents/${'a'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(error(long).message).toContain('at most 200 characters');
  });

  it('400 for unknown query parameters', async () => {
    const res = await request(app).get('/api/incidents/2008-07-20-amazon-s3?x=1');
    expect(res.status).toBe(400);
    expect(error(res).parameter).toBe('x');
  });
});

describe('GET /api/incidents/:id/related', () => {
  it('returns related incidents with reasons', async () => {
    const res = await request(app).get('/api/incidents/2008-06-06-amazon-retail/related');
    expect(res.status).toBe(200);
    const body = related(res);
    expect(body.incident).toBe('2008-06-06-amazon-retail');
    expect(body.related).toEqual([
      { id: '2008-07-20-amazon-s3', title: 'S3 Outage Highlights Fragility of Web Services', date: '2008-07-20', score: body.related[0]?.score, reason: 'same provider (Amazon)' },
    ]);
    expect(body.related[0]?.score).toBeGreaterThan(0);
  });

  it('honours limit and validates it', async () => {
    const one = await request(app).get('/api/incidents/2008-06-06-amazon-retail/related?limit=1');
    expect(related(one).related).toHaveLength(1);
    for (const bad of ['0', '51', 'x', '1.5']) {
      const res = await request(app).get(`/api/incidents/2008-06-06-amazon-retail/related?limit=${bad}`);
      expect(res.status).toBe(400);
      expect(error(res).parameter).toBe('limit');
    }
  });

  it('404 for an unknown incident', async () => {
    const res = await request(app).get('/api/incidents/nope/related');
    expect(res.status).toBe(404);
    expect(error(res).parameter).toBe('id');
  });
});

describe('GET /api/stats and /api/facets', () => {
  it('returns precomputed statistics with the SoCC comparison', async () => {
    const res = await request(app).get('/api/stats');
    expect(res.status).toBe(200);
    const body = stats(res);
    expect(body.incidents).toBe(4);
    expect(body.documents).toBe(4);
    expect(body.comments).toBe(3);
    expect(body.byYear).toEqual([
      { year: '2008', count: 2 },
      { year: '2020', count: 1 },
      { year: 'unknown', count: 1 },
    ]);
    const lb = body.byLayer.find((l) => l.label === 'load-balancer');
    expect(lb).toEqual({ label: 'load-balancer', total: 2, confirmed: 0, reported: 1, speculated: 1 });
    // byLayer counts origin layers, byImpactedLayer impacted ones (every label listed, in taxonomy order).
    const count = (list: { label: string; total: number }[], label: string) => list.find((l) => l.label === label);
    expect(count(body.byLayer, 'dns')).toEqual({ label: 'dns', total: 1, confirmed: 1, reported: 0, speculated: 0 });
    expect(count(body.byLayer, 'database')).toEqual({ label: 'database', total: 0, confirmed: 0, reported: 0, speculated: 0 });
    expect(count(body.byImpactedLayer, 'database')).toEqual({ label: 'database', total: 1, confirmed: 0, reported: 1, speculated: 0 });
    expect(body.byImpactedLayer.filter((l) => l.total > 0).map((l) => l.label)).toEqual(['database']);
    expect(body.byImpactedLayer.map((l) => l.label)).toEqual(body.byLayer.map((l) => l.label));
    const misconfig = body.socc16.find((r) => r.label === 'misconfiguration');
    expect(misconfig).toEqual({ label: 'misconfiguration', axis: 'cause', ours: 2, oursShare: 0.5, categories: ['CONFIG'], socc16: 34, socc16Share: 34 / 597 });
    const hardware = body.socc16.find((r) => r.label === 'hardware');
    expect(hardware?.socc16).toBe(29);
    const network = body.socc16.find((r) => r.label === 'network');
    expect(network).toMatchObject({ axis: 'layer', socc16: 52 });
  });

  it('returns facets over every document', async () => {
    const res = await request(app).get('/api/facets');
    expect(res.status).toBe(200);
    expect(facets(res).provider).toEqual({ Amazon: 2, 'Evil <Corp>': 1, 'Example Cloud': 1 });
    expect(facets(res).year).toEqual({ '2008': 2, '2020': 1, unknown: 1 });
  });

  it('400 for parameters on parameterless routes', async () => {
    expect((await request(app).get('/api/stats?x=1')).status).toBe(400);
    expect((await request(app).get('/api/facets?q=1')).status).toBe(400);
    expect((await request(app).get('/api/openapi.json?x=1')).status).toBe(400);
  });
});

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route and parameter', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const body = openApi(res);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual(
      ['/api/export', '/api/facets', '/api/incidents/{id}', '/api/incidents/{id}/related', '/api/openapi.json', '/api/search', '/api/stats'].sort(),
    );
    const names = body.paths['/api/search']?.get.parameters.map((p) => p.name) ?? [];
    expect(names).toEqual(['q', 'layer', 'layerRole', 'cause', 'certainty', 'provider', 'trigger', 'detection', 'mitigation', 'from', 'to', 'undated', 'sort', 'page', 'pageSize']);
    // The document lists exactly the parameters the server accepts.
    expect([...names].sort()).toEqual([...SEARCH_PARAMS].sort());
    const schemaRefs = JSON.stringify(res.body).match(/#\/components\/schemas\/(\w+)/g) ?? [];
    for (const ref of new Set(schemaRefs)) expect(body.components.schemas).toHaveProperty(ref.split('/').pop()!);
  });
});

describe('GET /api/openapi.json: layer roles', () => {
  it('describes layerRole on search and export as the server validates it, and the new fields', async () => {
    const res = await request(app).get('/api/openapi.json');
    const body = openApi(res);
    const param = (path: string) => body.paths[path]?.get.parameters.find((p) => p.name === 'layerRole');
    for (const path of ['/api/search', '/api/export']) {
      expect(param(path)).toMatchObject({ in: 'query', schema: { type: 'string', enum: [...LAYER_ROLE_FILTERS], default: 'origin' } });
    }
    expect(LAYER_ROLE_FILTERS).toEqual(['origin', 'impacted', 'any']);
    const exportNames = body.paths['/api/export']?.get.parameters.map((p) => p.name);
    expect(exportNames).toEqual(['format', 'q', 'layer', 'layerRole', 'cause', 'certainty', 'provider', 'trigger', 'detection', 'mitigation', 'from', 'to', 'undated', 'noText']);
    const schemas = body.components.schemas;
    expect(schemas.SearchHit?.required).toContain('impactedLayers');
    expect(schemas.Stats?.required).toContain('byImpactedLayer');
    expect(schemas.Tag?.required).toEqual(['label', 'confidence', 'certainty', 'role', 'evidence', 'rules']);
    expect(schemas.Tag?.properties?.role?.enum).toEqual(['origin', 'impacted', 'root', 'contributing', 'trigger']);
    expect(schemas.Tag?.properties?.evidence?.items?.properties?.role).toEqual({ $ref: '#/components/schemas/SentenceRole' });
    expect(schemas.SentenceRole?.enum).toContain('root-cause');
    expect(schemas.Document?.properties?.sentences?.items?.required).toEqual(['start', 'end', 'role', 'section']);
  });
});

describe('unknown API routes', () => {
  it('404 JSON', async () => {
    const res = await request(app).get('/api/nothing');
    expect(res.status).toBe(404);
    expect(error(res).error).toBe('not-found');
    expect(error(res).parameter).toBeNull();
  });
});

describe('GET /api/export', () => {
  it('streams a CSV download with its content type and file name', async () => {
    const res = await request(app).get('/api/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="faultline-documents.csv"');
    const lines = res.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^id,/);
    expect(res.text).toContain('d-amazon-retail');
    expect(res.text).toContain('d-evil');
  });

  it('applies the filters and noText', async () => {
    const res = await request(app).get('/api/export?format=jsonl&layer=dns&noText=true');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="faultline-documents-no-text.jsonl"');
    const records = res.text.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text?: unknown });
    expect(records.map((r) => r.id)).toEqual(['d-dns']);
    const query = await request(app).get('/api/export?format=jsonl&q=zone');
    expect(query.text.trim().split('\n')).toHaveLength(1);
  });

  it('reads origin layers for the layer filter unless layerRole says otherwise', async () => {
    const origin = await request(app).get('/api/export?format=jsonl&layer=database');
    expect(origin.status).toBe(200);
    expect(origin.text).toBe('');
    for (const role of ['impacted', 'any']) {
      const res = await request(app).get(`/api/export?format=jsonl&layer=database&layerRole=${role}`);
      expect(res.status).toBe(200);
      expect(res.text.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['d-dns']);
    }
    const csv = await request(app).get('/api/export?format=csv&layer=dns');
    const rows = parse<Record<string, string>>(csv.text, { columns: true });
    expect(rows.map((r) => [r.id, r.layers, r.impacted_layers])).toEqual([['d-dns', 'dns:confirmed', 'database:reported']]);
  });

  it('exports citations and Parquet', async () => {
    const bib = await request(app).get('/api/export?format=bibtex&provider=Amazon');
    expect(bib.headers['content-type']).toBe('application/x-bibtex; charset=utf-8');
    expect(bib.headers['content-disposition']).toBe('attachment; filename="faultline-citations.bib"');
    expect(bib.text.match(/@online\{/g)).toHaveLength(2);
    const parquet = await request(app)
      .get('/api/export?format=parquet')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
    const body = parquet.body as Buffer;
    expect(body.subarray(0, 4).toString()).toBe('PAR1');
    expect(body.subarray(body.length - 4).toString()).toBe('PAR1');
  });

  it('refuses what search refuses, with the same message (one declaration per parameter)', async () => {
    for (const [query, parameter] of [[`provider=${'p'.repeat(150)}`, 'provider'], ['from=1500', 'from'], ['layer=bogus', 'layer']] as const) {
      const search = await request(app).get(`/api/search?${query}`);
      const exported = await request(app).get(`/api/export?format=csv&${query}`);
      expect([search.status, exported.status]).toEqual([400, 400]);
      expect([error(search).parameter, error(exported).parameter]).toEqual([parameter, parameter]);
      expect(error(exported).message.replace(/^export:/, 'search:')).toBe(error(search).message);
    }
  });

  it.each([
    ['', 'format'],
    ['format=xml', 'format'],
    ['format=csv&format=jsonl', 'format'],
    ['format=csv&layer=bogus', 'layer'],
    ['format=csv&from=20', 'from'],
    ['format=csv&from=2010&to=2008', 'from'],
    ['format=csv&noText=maybe', 'noText'],
    ['format=csv&layerRole=root', 'layerRole'],
    ['format=csv&layerRole=any&layerRole=origin', 'layerRole'],
    [`format=csv&q=${'a'.repeat(513)}`, 'q'],
    [`format=csv&q=${Array.from({ length: 40 }, (_, i) => `w${i}`).join('-')}`, 'q'],
    ['format=csv&id=d-dns', 'id'],
    [`format=csv&layer=${Array.from({ length: 21 }, () => 'dns').join(',')}`, 'layer'],
    ['format=csv&limit=3', 'limit'],
  ])('400 JSON for "%s" naming %s, without a download header', async (query, parameter) => {
    const res = await request(app).get(`/api/export?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(error(res).parameter).toBe(parameter);
  });
});
