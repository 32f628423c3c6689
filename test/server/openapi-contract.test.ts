/**
 * The OpenAPI document (`/api/openapi.json`) held to the server's real answers over the fixture
 * knowledge base: every response of every route has a documented status and media type and its
 * JSON body validates against the documented schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1
 * uses it); every declared parameter's out-of-range or invalid values, derived from its own
 * schema, get a documented 400 naming the parameter, and its boundary values are accepted. The
 * bundled corpus (`corpus/`, ingested and served on 127.0.0.1) is held to it too: every page of
 * `/api/search` and every incident of `/api/incidents/{id}`, whose records carry every field the
 * pipeline writes (operator, grouping, links, outlines with UTC timelines, dates, sentence roles);
 * the record schemas are closed, so an undocumented field fails here.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Application } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { createApp } from '../../src/server/create-app.js';
import { KnowledgeBaseHolder } from '../../src/server/knowledge-base-holder.js';
import { startServer, type RunningServer } from '../../src/server/listen.js';
import { fixtureKnowledgeBase } from './fixture-knowledge-base.js';

type Json = Record<string, unknown>;

/** A documented parameter as the document has it. */
interface DocumentedParameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema: Json;
}

const kb = fixtureKnowledgeBase();
const app = createApp({ kb });
const incidentIds = [...kb.incidents.keys()].sort();
const anIncident = incidentIds[0]!;

let documentBody: Json;
let ajv: Ajv2020;
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  const res = await request(app).get('/api/openapi.json');
  expect(res.status).toBe(200);
  documentBody = res.body as Json;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('binary', true);
  ajv.addSchema(documentBody, 'openapi.json');
});

/** The JSON pointer segment of `key` inside a URI fragment. */
const pointer = (key: string): string => encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'));

/** The documented operation of a path template. */
function operation(path: string): Json {
  const paths = documentBody.paths as Record<string, { get: Json }>;
  const op = paths[path]?.get;
  if (op === undefined) throw new Error(`openapi-contract: no GET ${path} in the document`);
  return op;
}

/** The documented parameters of a path template. */
function parametersOf(path: string): DocumentedParameter[] {
  return (operation(path).parameters as DocumentedParameter[] | undefined) ?? [];
}

/** Checks one real answer of GET `template` against the document: status documented, media type documented, JSON body valid. */
function expectDocumented(template: string, res: request.Response): void {
  const responses = operation(template).responses as Record<string, { content?: Record<string, unknown> }>;
  const documented = responses[String(res.status)];
  expect(documented, `GET ${template} answered ${res.status}, which the document does not list`).toBeDefined();
  const mediaType = (res.get('content-type') ?? '').split(';')[0]!.trim();
  const content = documented!.content ?? {};
  expect(Object.keys(content), `GET ${template} ${res.status} sent ${mediaType}`).toContain(mediaType);
  const isJson = mediaType === 'application/json' || mediaType.endsWith('+json');
  if (!isJson && typeof res.text !== 'string') return; // binary (Parquet): its media type is all there is to check
  const key = `${template} ${res.status} ${mediaType}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: `openapi.json#/paths/${pointer(template)}/get/responses/${res.status}/content/${pointer(mediaType)}/schema` });
    validators.set(key, validate);
  }
  const body: unknown = isJson ? JSON.parse(res.text) : res.text;
  expect(validate(body) ? [] : validate.errors, `GET ${template} ${res.status}: body does not match its schema`).toEqual([]);
}

/** GET `url` on `on` (the fixture app by default), checked against the document of `template`. */
async function getChecked(template: string, url: string, on: Application | string = app): Promise<request.Response> {
  const res = await request(on).get(url).buffer(true);
  expectDocumented(template, res);
  return res;
}

/** A URL of `template` with its path parameter and its required query parameters filled with valid values, plus `query`. */
function urlOf(template: string, query: [string, string][] = []): string {
  const pairs: [string, string][] = parametersOf(template)
    .filter((p) => p.in === 'query' && p.required === true && !query.some(([name]) => name === p.name))
    .map((p) => [p.name, (p.schema.enum as string[] | undefined)?.[1] ?? 'x']);
  const search = new URLSearchParams([...pairs, ...query]).toString();
  return `${template.replace('{id}', anIncident)}${search === '' ? '' : `?${search}`}`;
}

/** One value of a scalar schema that it accepts: its minimum, maximum, an enum value, the longest string. */
function boundaryValues(schema: Json): string[] {
  if (schema.type === 'integer') return [schema.minimum, schema.maximum].filter((v) => v !== undefined).map(String);
  if (Array.isArray(schema.enum)) return [String(schema.enum[schema.enum.length - 1])];
  if (schema.type === 'string' && typeof schema.maxLength === 'number') return ['a'.repeat(schema.maxLength)];
  if (schema.type === 'boolean') return ['true', 'false'];
  return [];
}

/** Values a scalar schema refuses, each with why. */
function invalidValues(schema: Json): [string, string][] {
  const out: [string, string][] = [];
  if (schema.type === 'integer') {
    if (typeof schema.minimum === 'number') out.push([String(schema.minimum - 1), 'below its minimum']);
    if (typeof schema.maximum === 'number') out.push([String(schema.maximum + 1), 'above its maximum']);
    out.push(['1.5', 'not a whole number'], ['x', 'not a number']);
  }
  if (Array.isArray(schema.enum)) out.push(['not-a-value', 'not one of its values']);
  if (schema.type === 'string' && typeof schema.maxLength === 'number') out.push(['a'.repeat(schema.maxLength + 1), 'longer than its maxLength']);
  if (schema.type === 'string' && typeof schema.pattern === 'string') out.push(['-starts-with-a-dash', 'not matching its pattern']);
  if (schema.type === 'boolean') out.push(['maybe', 'not a boolean']);
  return out;
}

/** Every invalid request of one documented parameter: [query pairs or path value, why]. */
function invalidRequests(param: DocumentedParameter): { query: [string, string][]; path?: string; why: string }[] {
  const { schema } = param;
  if (param.in === 'path') return invalidValues(schema).map(([value, why]) => ({ query: [], path: value, why }));
  const out: { query: [string, string][]; why: string }[] = [];
  if (schema.type === 'array') {
    const items = schema.items as Json;
    for (const [value, why] of invalidValues(items)) out.push({ query: [[param.name, value]], why: `an item ${why}` });
    if (typeof schema.maxItems === 'number') {
      const valid = boundaryValues(items)[0]!;
      out.push({ query: Array.from({ length: schema.maxItems + 1 }, () => [param.name, valid] as [string, string]), why: 'more items than its maxItems' });
    }
    return out;
  }
  for (const [value, why] of invalidValues(schema)) out.push({ query: [[param.name, value]], why });
  const valid = boundaryValues(schema)[0];
  if (valid !== undefined) out.push({ query: [[param.name, valid], [param.name, valid]], why: 'given twice' });
  if (param.required === true) out.push({ query: [], why: 'missing though required' });
  return out;
}

describe('the OpenAPI document describes every real response', () => {
  it('lists every route the router serves', () => {
    expect(Object.keys(documentBody.paths as Json).sort()).toEqual(
      ['/api/export', '/api/facets', '/api/incidents/{id}', '/api/incidents/{id}/related', '/api/openapi.json', '/api/search', '/api/stats'].sort(),
    );
  });

  it('/api/search: hits, facets and paging for queries, every filter and both orders', async () => {
    const urls = [
      '/api/search',
      '/api/search?q=load+balancer',
      '/api/search?q=title:amazon',
      '/api/search?layer=dns&layerRole=any&cause=deployment&certainty=confirmed',
      '/api/search?provider=Amazon&from=2008&to=2008&sort=date',
      '/api/search?page=2&pageSize=3',
      '/api/search?q=nothing-matches-this',
    ];
    for (const url of urls) {
      const res = await getChecked('/api/search', url);
      expect(res.status).toBe(200);
      expect(['hit', 'miss']).toContain(res.headers['x-search-cache']);
    }
  });

  it('/api/incidents/{id} and /related: every incident of the fixture', async () => {
    expect(incidentIds.length).toBeGreaterThan(2);
    for (const id of incidentIds) {
      expect((await getChecked('/api/incidents/{id}', `/api/incidents/${id}`)).status).toBe(200);
      expect((await getChecked('/api/incidents/{id}', `/api/incidents/${id}?reportsPageSize=1`)).status).toBe(200);
      expect((await getChecked('/api/incidents/{id}/related', `/api/incidents/${id}/related`)).status).toBe(200);
    }
    expect((await getChecked('/api/incidents/{id}', '/api/incidents/no-such-incident')).status).toBe(404);
    expect((await getChecked('/api/incidents/{id}/related', '/api/incidents/no-such-incident/related')).status).toBe(404);
  });

  it('/api/stats, /api/facets and /api/openapi.json', async () => {
    expect((await getChecked('/api/stats', '/api/stats')).status).toBe(200);
    expect((await getChecked('/api/facets', '/api/facets')).status).toBe(200);
    expect((await getChecked('/api/openapi.json', '/api/openapi.json')).status).toBe(200);
  });

  it('/api/export: every format with its documented media type', async () => {
    const formats = (parametersOf('/api/export').find((p) => p.name === 'format')!.schema.enum as string[]).slice();
    expect(formats).toEqual(['jsonl', 'csv', 'parquet', 'bibtex', 'csl-json', 'ris']);
    for (const format of formats) {
      const res = await getChecked('/api/export', `/api/export?format=${format}&noText=true`);
      expect(res.status).toBe(200);
    }
  });

  it('errors of every route: unknown parameters, rate limits, not ready', async () => {
    const limited = createApp({ kb, options: { rateLimit: 1 } });
    const loading = createApp({ kb: new KnowledgeBaseHolder() });
    for (const template of Object.keys(documentBody.paths as Json)) {
      const url = urlOf(template);
      expect((await getChecked(template, `${url}${url.includes('?') ? '&' : '?'}unknownParameter=1`)).status).toBe(400);
      await request(limited).get('/api/facets');
      expect((await getChecked(template, url, limited)).status).toBe(429);
      if (template !== '/api/openapi.json') expect((await getChecked(template, url, loading)).status).toBe(503);
    }
  });
});

describe('every declared parameter refuses invalid values with a 400 naming it, and takes its bounds', () => {
  const templates = ['/api/search', '/api/incidents/{id}', '/api/incidents/{id}/related', '/api/export'];

  it('documents parameters on the routes that take them', () => {
    const filters = ['layer', 'layerRole', 'cause', 'certainty', 'provider', 'trigger', 'detection', 'mitigation', 'from', 'to'];
    expect(parametersOf('/api/search').map((p) => p.name)).toEqual(['q', ...filters, 'undated', 'sort', 'page', 'pageSize']);
    expect(parametersOf('/api/export').map((p) => p.name)).toEqual(['format', 'q', ...filters, 'undated', 'noText']);
    expect(parametersOf('/api/incidents/{id}').map((p) => p.name)).toEqual(['id', 'reportsPage', 'reportsPageSize']);
    expect(parametersOf('/api/incidents/{id}/related').map((p) => p.name)).toEqual(['id', 'limit']);
  });

  it.each(templates)('%s: invalid values', async (template) => {
    let checked = 0;
    for (const param of parametersOf(template)) {
      for (const bad of invalidRequests(param)) {
        const url =
          bad.path === undefined
            ? urlOf(template, bad.query).replace(param.required === true && bad.query.length === 0 ? new RegExp(`${param.name}=[^&]*&?`) : /$^/, '')
            : urlOf(template).replace(anIncident, encodeURIComponent(bad.path));
        const res = await getChecked(template, url);
        const what = `GET ${url.slice(0, 120)} (${param.name} ${bad.why})`;
        expect(res.status, what).toBe(400);
        const body = res.body as { parameter: string; message: string };
        expect(body.parameter, what).toBe(param.name);
        expect(body.message, what).toContain(param.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(parametersOf(template).length);
  });

  it.each(templates)('%s: boundary values', async (template) => {
    for (const param of parametersOf(template).filter((p) => p.in === 'query')) {
      const { schema } = param;
      const values = schema.type === 'array' ? boundaryValues(schema.items as Json) : boundaryValues(schema);
      for (const value of values) {
        const res = await getChecked(template, urlOf(template, [[param.name, value]]));
        expect(res.status, `${template} ${param.name}=${value.slice(0, 40)}`).toBe(200);
      }
      if (schema.type === 'array' && typeof schema.maxItems === 'number') {
        const valid = boundaryValues(schema.items as Json)[0]!;
        const res = await getChecked(template, urlOf(template, Array.from({ length: schema.maxItems }, () => [param.name, valid] as [string, string])));
        expect(res.status, `${template} ${schema.maxItems} × ${param.name}`).toBe(200);
      }
    }
  });
});

describe('the bundled corpus, served, answers as the document says', () => {
  let server: RunningServer;
  /** Undone in reverse order: what beforeAll got to. */
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'faultline-openapi-'));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    await runPipeline({ corpus: path.resolve('corpus'), out: path.join(work, 'data'), workers: 0 });
    server = await startServer({ dataDir: path.join(work, 'data'), host: '127.0.0.1', port: 0, logger: pino({ level: 'silent' }) });
    cleanups.push(() => server.close());
    expect(await server.firstLoad).toMatchObject({ status: 'swapped' });
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('/api/search: every page of every document, and the undated ones', async () => {
    const first = await getChecked('/api/search', '/api/search?pageSize=10', server.url);
    const total = (first.body as { total: number }).total;
    expect(total).toBe(31);
    for (let page = 2; page <= Math.ceil(total / 10); page++) {
      expect((await getChecked('/api/search', `/api/search?pageSize=10&page=${page}`, server.url)).status).toBe(200);
    }
    expect((await getChecked('/api/search', '/api/search?undated=true&sort=date', server.url)).status).toBe(200);
    expect((await getChecked('/api/search', '/api/search?q=rollback&layerRole=any', server.url)).status).toBe(200);
  });

  it('/api/incidents/{id}: every incident with all its reports, whose new fields are all there', async () => {
    const hits = (await request(server.url).get('/api/search?pageSize=100')).body as { hits: { incident: string }[] };
    const ids = [...new Set(hits.hits.map((hit) => hit.incident))].sort();
    expect(ids).toHaveLength(25);
    const seen = new Set<string>();
    for (const id of ids) {
      const res = await getChecked('/api/incidents/{id}', `/api/incidents/${id}?reportsPageSize=100`, server.url);
      expect(res.status, id).toBe(200);
      const body = res.body as { incident: Json; reports: Json[] };
      for (const key of Object.keys(body.incident)) seen.add(`incident.${key}`);
      for (const report of body.reports) for (const key of Object.keys(report)) seen.add(`report.${key}`);
      expect((await getChecked('/api/incidents/{id}/related', `/api/incidents/${id}/related`, server.url)).status).toBe(200);
    }
    for (const field of ['operator', 'mentionedProviders', 'affectedCustomers', 'documentIds', 'links', 'grouping', 'outline']) expect(seen, field).toContain(`incident.${field}`);
    for (const field of ['operator', 'mentionedProviders', 'affectedCustomers', 'incidents', 'dates', 'outline', 'sentences']) expect(seen, field).toContain(`report.${field}`);
  });

  it('closes the record schemas: a field the document does not name is refused', () => {
    const validate = ajv.compile({ $ref: 'openapi.json#/components/schemas/Incident' });
    const incident = { id: 'x', title: 'x', date: null, providers: [], services: [], layers: [], causes: [], reports: [], summary: '' };
    expect(validate(incident)).toBe(true);
    expect(validate({ ...incident, undocumented: 1 })).toBe(false);
    expect(validate({ ...incident, operator: 'Fastly', grouping: [{ documents: ['a', 'b'], rule: 'guess', detail: '' }] })).toBe(false);
  });
});
