/** The OpenAPI 3.1 document describing the JSON API (served at `/api/openapi.json`). */
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../export/index.js';
import { describeParameter } from '../../model/describe-parameter.js';
import { routeParameters, searchRequestSpec, type ParameterSpec, type RequestRoute } from '../../model/search-request.js';
import { CERTAINTY_LEVELS } from '../../model/taxonomy.js';
import { FAULTLINE_VERSION } from '../../version.js';
import type { ServerOptions } from '../server-options.js';
import { recordSchemas } from './openapi-record-schemas.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** The JSON schema of one value of a declared parameter. */
function valueSchema(param: ParameterSpec): Json {
  const { type } = param;
  if (type.kind === 'text') return { type: 'string', maxLength: type.maxLength };
  if (type.kind === 'integer') return { type: 'integer', minimum: type.min, maximum: type.max };
  if (type.kind === 'enum') return { type: 'string', enum: [...type.values] };
  return { type: 'boolean' };
}

/** The OpenAPI query parameters of a route, from the request declarations (`extra` appended to a field's description). */
function requestParameters(options: ServerOptions, route: RequestRoute, extra: Partial<Record<string, string>> = {}): Json[] {
  return routeParameters(searchRequestSpec(options), route).flatMap((param) => {
    if (param.http === null) return [];
    const description = `${describeParameter(param, 'http')}${extra[param.field] ?? ''}`;
    const value = valueSchema(param);
    const schema = param.list === undefined ? { ...value, ...(param.default === undefined ? {} : { default: param.default }) } : { type: 'array', items: value, maxItems: param.list.maxValues };
    return [
      {
        name: param.http,
        in: 'query',
        ...(param.required === true ? { required: true } : {}),
        description,
        schema,
        ...(param.list === undefined ? {} : { style: 'form', explode: true }),
      },
    ];
  });
}

const errorResponses = (...statuses: number[]): Json =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description:
          { 400: 'A parameter is invalid (the body names it)', 404: 'Unknown incident or route', 429: 'Rate limit exceeded', 503: 'The knowledge base is still loading, or the server is busy with other wildcard/fuzzy searches or exports (see Retry-After)' }[status] ??
          'Error',
        content: { 'application/json': { schema: ref('Error') } },
      },
    ]),
  );

/** The facets of a search response and of `/api/facets`. */
const FACETS = ['layer', 'cause', 'certainty', 'provider', 'year', 'trigger', 'detection', 'mitigation'];

/** The body of a single-file export: CSL-JSON is a JSON array of CSL items, the other text formats text, Parquet bytes. */
function exportSchema(format: ExportFormat): Json {
  if (format === 'csl-json') return { type: 'array', items: { type: 'object', required: ['id', 'type'] } };
  return FORMAT_INFO[format].text ? { type: 'string' } : { type: 'string', format: 'binary' };
}

const idParam: Json = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Incident id (a slug such as 2008-07-20-amazon-s3).',
  schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', maxLength: 200 },
};

const badge: Json = {
  type: 'object',
  required: ['label', 'certainty'],
  properties: { label: { type: 'string' }, certainty: ref('Certainty') },
};

/** One phase's median minutes with how many incidents state it. */
const phaseMedian: Json = {
  type: 'object',
  required: ['median', 'stated', 'notStated'],
  properties: { median: { type: ['integer', 'null'] }, stated: { type: 'integer' }, notStated: { type: 'integer' } },
};

/** The three phases of a set of incidents. */
const phaseMedians: Json = {
  type: 'object',
  required: ['duration', 'timeToDetect', 'timeToMitigate'],
  properties: { label: { type: 'string' }, duration: phaseMedian, timeToDetect: phaseMedian, timeToMitigate: phaseMedian },
};

/** Incidents for which one value of an outline field was stated. */
const valueCount: Json = {
  type: 'object',
  required: ['value', 'incidents'],
  properties: { value: { type: 'string' }, incidents: { type: 'integer' } },
};

const labelCount: Json = {
  type: 'object',
  required: ['label', 'total', 'confirmed', 'reported', 'speculated'],
  properties: {
    label: { type: 'string' },
    total: { type: 'integer' },
    confirmed: { type: 'integer' },
    reported: { type: 'integer' },
    speculated: { type: 'integer' },
  },
};

/** Builds the document (limits taken from the server options). */
export function openApiDocument(options: ServerOptions): Json {
  const queryLimits =
    ` At most ${options.maxQueryTerms} terms. Any text searches: see docs/query-language.md.`;
  const searchParams = requestParameters(options, 'search', { query: queryLimits });

  return {
    openapi: '3.1.0',
    info: {
      title: 'Faultline API',
      version: FAULTLINE_VERSION,
      description: 'Search and read a knowledge base of outage post-mortems. Every parameter is validated: a bad one gets 400 with a JSON body naming it.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/search': {
        get: {
          operationId: 'search',
          summary: 'Search reports with filters, facets, snippets and paging',
          parameters: searchParams,
          responses: {
            '200': {
              description: 'A page of hits (a repeated request is answered from a per-knowledge-base response cache; `took` is the time of the search when it ran)',
              headers: {
                'X-Search-Cache': {
                  description: '`hit` when the response came from the cache, `miss` when the search ran',
                  schema: { type: 'string', enum: ['hit', 'miss'] },
                },
              },
              content: { 'application/json': { schema: ref('SearchResponse') } },
            },
            ...errorResponses(400, 429, 503),
          },
        },
      },
      '/api/incidents/{id}': {
        get: {
          operationId: 'getIncident',
          summary: 'One incident with one page of its reports (full documents: text, tags, evidence, facts, comments, sources)',
          parameters: [
            idParam,
            { name: 'reportsPage', in: 'query', description: '1-based page of reports (at most the last page).', schema: { type: 'integer', minimum: 1, default: 1 } },
            { name: 'reportsPageSize', in: 'query', description: 'Reports per page.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
          ],
          responses: {
            '200': {
              description: 'The incident and its reports',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['incident', 'reports', 'reportsPage'],
                    properties: {
                      incident: ref('Incident'),
                      reports: { type: 'array', items: ref('Document') },
                      reportsPage: {
                        type: 'object',
                        required: ['page', 'pageSize', 'pages', 'total'],
                        properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, pages: { type: 'integer' }, total: { type: 'integer' } },
                      },
                    },
                  },
                },
              },
            },
            ...errorResponses(400, 404, 429, 503),
          },
        },
      },
      '/api/incidents/{id}/related': {
        get: {
          operationId: 'getRelated',
          summary: 'Incidents related to one incident, best first, with a reason',
          parameters: [
            idParam,
            { name: 'limit', in: 'query', description: 'Most incidents to return.', schema: { type: 'integer', minimum: 1, maximum: 50, default: options.relatedLimit } },
          ],
          responses: {
            '200': {
              description: 'Related incidents',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['incident', 'related'],
                    properties: { incident: { type: 'string' }, related: { type: 'array', items: ref('RelatedIncident') } },
                  },
                },
              },
            },
            ...errorResponses(400, 404, 429, 503),
          },
        },
      },
      '/api/stats': {
        get: {
          operationId: 'getStats',
          summary: 'Incidents by year, origin layer, impacted layer and cause (with the certainty split), by trigger, detection and mitigation with the median phases, and our causes beside the SoCC 2016 study',
          responses: {
            '200': { description: 'Statistics', content: { 'application/json': { schema: ref('Stats') } } },
            ...errorResponses(400, 429, 503),
          },
        },
      },
      '/api/facets': {
        get: {
          operationId: 'getFacets',
          summary: 'Facet counts (layer, cause, certainty, provider, year, trigger, detection, mitigation) over every document',
          responses: {
            '200': { description: 'Facet counts', content: { 'application/json': { schema: ref('Facets') } } },
            ...errorResponses(400, 429, 503),
          },
        },
      },
      '/api/export': {
        get: {
          operationId: 'exportDataset',
          summary: 'A filtered slice of the knowledge base as a download (streamed)',
          parameters: requestParameters(options, 'export', { query: queryLimits }),
          responses: {
            '200': {
              description: 'The export file, with `Content-Disposition: attachment` and a file name such as faultline-documents.csv',
              content: Object.fromEntries(
                EXPORT_FORMATS.map((f) => [FORMAT_INFO[f].mediatype, { schema: exportSchema(f) }]),
              ),
            },
            ...errorResponses(400, 429, 503),
          },
        },
      },
      '/api/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          responses: {
            '200': {
              description: 'The OpenAPI document',
              content: { 'application/json': { schema: { type: 'object', required: ['openapi', 'info', 'paths', 'components'] } } },
            },
            ...errorResponses(400, 429),
          },
        },
      },
    },
    components: {
      schemas: {
        Certainty: { type: 'string', enum: [...CERTAINTY_LEVELS] },
        Error: {
          type: 'object',
          required: ['error', 'parameter', 'message'],
          properties: {
            error: { type: 'string', description: 'Short code, e.g. bad-parameter, not-found, not-ready, too-many-requests' },
            parameter: { type: ['string', 'null'], description: 'The parameter at fault, when there is one' },
            message: { type: 'string' },
          },
        },
        Span: { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
        Facets: {
          type: 'object',
          description:
            "Counts per value; `layer` counts the layers of the request's `layerRole` (origin layers for `/api/facets`); `certainty` counts the documents each `certainty` value would keep; `year` counts each document once, `unknown` for undated ones (the `undated` filter keeps them); `trigger`, `detection` and `mitigation` count what the documents' outlines state (documents without an outline are not counted there).",
          required: FACETS,
          properties: Object.fromEntries(FACETS.map((k) => [k, { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } }])),
          additionalProperties: false,
        },
        SearchHit: {
          type: 'object',
          required: ['id', 'incident', 'title', 'published', 'incidentDate', 'url', 'providers', 'description', 'keywords', 'layers', 'impactedLayers', 'causes', 'score', 'snippet'],
          properties: {
            id: { type: 'string' },
            incident: { type: 'string' },
            title: { type: 'string' },
            published: { type: ['string', 'null'], description: 'Publication date of the report (metadata), ISO' },
            incidentDate: { type: ['string', 'null'], description: 'When the incident happened (YYYY-MM-DD, YYYY-MM or YYYY), from the reports of its incident, never a publication date; null when none states it' },
            url: { type: ['string', 'null'] },
            providers: { type: 'array', items: { type: 'string' } },
            description: { type: ['string', 'null'], description: 'The author-written summary (front matter `summary`, meta description)' },
            keywords: { type: 'array', items: { type: 'string' }, description: 'The author-written keywords (front matter `keywords`, `tags`, `categories`)' },
            layers: { type: 'array', items: badge, description: 'Origin layers (where it broke)' },
            impactedLayers: { type: 'array', items: badge, description: 'Impacted layers (failed as a consequence)' },
            causes: { type: 'array', items: badge },
            score: { type: 'number' },
            snippet: {
              type: 'object',
              required: ['text', 'highlights'],
              properties: { text: { type: 'string' }, highlights: { type: 'array', items: ref('Span') } },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
        },
        SearchResponse: {
          type: 'object',
          required: ['query', 'total', 'page', 'pageSize', 'hits', 'facets', 'took'],
          properties: {
            query: { type: 'string' },
            total: { type: 'integer' },
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
            hits: { type: 'array', items: ref('SearchHit') },
            facets: ref('Facets'),
            took: { type: 'number', description: 'Milliseconds spent searching' },
            totalEstimated: { type: 'boolean', description: "Present and true when `total` is the PostgreSQL planner's estimate for a very broad search (see docs/postgres.md); absent when exact" },
            facetsEstimated: { type: 'boolean', description: 'Present and true when the facet counts of a very broad filtered search were counted over a window of matches and scaled; absent when exact' },
            suggestion: {
              type: ['object', 'null'],
              description: 'Did you mean: the query with each word that has no or very few matches replaced by a close word of the index (null: none)',
              required: ['query', 'terms'],
              properties: {
                query: { type: 'string' },
                terms: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['word', 'suggestion', 'documents'],
                    properties: { word: { type: 'string' }, suggestion: { type: 'string' }, documents: { type: 'integer' } },
                  },
                },
              },
            },
          },
        },
        ...recordSchemas(),
        RelatedIncident: {
          type: 'object',
          required: ['id', 'title', 'date', 'score', 'reason'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            date: { type: ['string', 'null'] },
            score: { type: 'number' },
            reason: { type: 'string' },
          },
        },
        Stats: {
          type: 'object',
          required: ['incidents', 'documents', 'comments', 'byYear', 'byLayer', 'byImpactedLayer', 'byCause', 'outline', 'socc16'],
          properties: {
            incidents: { type: 'integer' },
            documents: { type: 'integer' },
            comments: { type: 'integer' },
            byYear: {
              type: 'array',
              items: { type: 'object', required: ['year', 'count'], properties: { year: { type: 'string' }, count: { type: 'integer' } } },
            },
            byLayer: { type: 'array', items: labelCount, description: 'Incidents by origin layer (where it broke)' },
            byImpactedLayer: { type: 'array', items: labelCount, description: 'Incidents by impacted layer (failed as a consequence)' },
            byCause: { type: 'array', items: labelCount },
            outline: {
              type: 'object',
              description: "Incidents by trigger, detection method and mitigation step ('none-stated'/'not-stated' counted, never guessed), and median minutes of duration, time to detect and time to mitigate overall, by origin layer and by cause, each with how many incidents state it",
              required: ['byTrigger', 'byDetection', 'byMitigation', 'phases', 'phasesByLayer', 'phasesByCause'],
              properties: {
                byTrigger: { type: 'array', items: valueCount },
                byDetection: { type: 'array', items: valueCount },
                byMitigation: { type: 'array', items: valueCount },
                phases: phaseMedians,
                phasesByLayer: { type: 'array', items: phaseMedians },
                phasesByCause: { type: 'array', items: phaseMedians },
              },
            },
            socc16: {
              type: 'array',
              items: {
                type: 'object',
                required: ['label', 'axis', 'ours', 'oursShare', 'categories', 'socc16', 'socc16Share'],
                properties: {
                  label: { type: 'string' },
                  axis: { type: 'string', enum: ['cause', 'layer'] },
                  ours: { type: 'integer' },
                  oursShare: { type: 'number' },
                  categories: { type: 'array', items: { type: 'string' } },
                  socc16: { type: ['integer', 'null'] },
                  socc16Share: { type: ['number', 'null'] },
                },
              },
            },
          },
        },
      },
    },
  };
}
