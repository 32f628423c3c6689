/** The JSON API under `/api`: search, incidents, related incidents, stats, facets, export and the OpenAPI document. */
import { Router, type Request, type Response } from 'express';
import { FaultlineError } from '../../model/index.js';
import { parseIncidentId, parseLimit, parsePageNumber, REPORTS_PAGE, unknownIncident } from '../id-param.js';
import { documentsInOrder } from '../documents-in-order.js';
import type { KnowledgeBaseHolder } from '../knowledge-base-holder.js';
import type { SearchParamsParser } from '../search-params.js';
import type { SearchCache } from '../search-cache.js';
import type { ServerOptions } from '../server-options.js';
import { isExpensiveQuery, type WorkGates } from '../work-gate.js';
import { exportRoute } from './export-route.js';
import { openApiDocument } from './openapi-document.js';

/** Most related incidents one request may ask for. */
const MAX_RELATED = 50;

/** What the API routes need. */
export interface ApiRouterDeps {
  holder: KnowledgeBaseHolder;
  parseSearch: SearchParamsParser;
  /** Runs searches through the per-knowledge-base response cache. */
  searchCache: SearchCache;
  options: ServerOptions;
  /** Limits searches with wildcard or fuzzy terms and exports. */
  gates: WorkGates;
}

function noParams(req: Request, allowed: readonly string[] = []): void {
  for (const name of Object.keys(req.query)) {
    if (!allowed.includes(name)) throw new FaultlineError(`api: parameter ${name}: unknown parameter`, { status: 400, parameter: name });
  }
}

function sendJson(res: Response, body: unknown): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.json(body);
}

/** Builds the `/api` router. */
export function createApiRouter(deps: ApiRouterDeps): Router {
  const { holder, parseSearch, searchCache, options, gates } = deps;
  const router = Router();
  const openapi = JSON.stringify(openApiDocument(options));

  router.get('/search', async (req, res) => {
    const served = holder.require();
    const request = parseSearch(req.query, { rejectUnknown: true });
    const { body, hit } = isExpensiveQuery(request.query)
      ? await gates.search.run(() => searchCache.search(served, request))
      : await searchCache.search(served, request);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Search-Cache', hit ? 'hit' : 'miss');
    res.type('application/json').send(body);
  });

  router.get('/incidents/:id', async (req, res) => {
    noParams(req, ['reportsPage', 'reportsPageSize']);
    const id = parseIncidentId(req.params.id);
    const pageSize = parsePageNumber(req.query.reportsPageSize, 'reportsPageSize', REPORTS_PAGE.size, REPORTS_PAGE.maxSize);
    const { backend } = holder.require();
    const incident = await backend.incident(id);
    if (incident === null) throw unknownIncident(id);
    const pages = Math.max(1, Math.ceil(incident.reports.length / pageSize));
    const page = parsePageNumber(req.query.reportsPage, 'reportsPage', 1, pages);
    const reports = await documentsInOrder(backend, incident.reports.slice((page - 1) * pageSize, page * pageSize));
    sendJson(res, { incident, reports, reportsPage: { page, pageSize, pages, total: incident.reports.length } });
  });

  router.get('/incidents/:id/related', async (req, res) => {
    noParams(req, ['limit']);
    const id = parseIncidentId(req.params.id);
    const limit = parseLimit(req.query.limit, options.relatedLimit, MAX_RELATED);
    const { backend } = holder.require();
    if ((await backend.incident(id)) === null) throw unknownIncident(id);
    sendJson(res, { incident: id, related: await backend.related(id, limit) });
  });

  router.get('/stats', (req, res) => {
    noParams(req);
    const served = holder.require();
    sendJson(res, { ...served.stats, socc16: served.socc16 });
  });

  router.get('/facets', (req, res) => {
    noParams(req);
    sendJson(res, holder.require().facets);
  });

  router.get('/export', exportRoute(holder, gates.export, options));

  router.get('/openapi.json', (req, res) => {
    noParams(req);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/json').send(openapi);
  });

  router.use((req) => {
    throw new FaultlineError(`api: no route ${req.method} ${req.path}`, { status: 404 });
  });
  return router;
}
