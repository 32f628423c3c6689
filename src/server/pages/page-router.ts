/** The server-rendered pages: search (`/`), incidents (`/incidents/:id`), statistics (`/stats`) and export (`/export`). */
import { Router, type Request, type Response } from 'express';
import { FaultlineError, type SearchRequest, type SearchResponse } from '../../model/index.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../model/search-request.js';
import { parseIncidentId, parsePageNumber, unknownIncident } from '../id-param.js';
import type { IncidentPresenter } from '../incident-presenter.js';
import type { KnowledgeBaseHolder } from '../knowledge-base-holder.js';
import type { SearchCache } from '../search-cache.js';
import type { SearchParamsParser } from '../search-params.js';
import type { ServerOptions } from '../server-options.js';
import { isExpensiveQuery, type WorkGates } from '../work-gate.js';
import { datasetCitation, safeOrigin } from './dataset-citation.js';
import { DEFAULT_EXPORT_PAGE_FORMAT, renderExportPage } from './export-page.js';
import { renderIncidentPage } from './incident-page.js';
import { renderSearchPage } from './search-page.js';
import { renderStatsPage } from './stats-page.js';

/** What the page routes need. */
export interface PageRouterDeps {
  holder: KnowledgeBaseHolder;
  parseSearch: SearchParamsParser;
  /** Runs searches through the per-knowledge-base response cache. */
  searchCache: SearchCache;
  presentIncident: IncidentPresenter;
  options: ServerOptions;
  /** Limits searches with wildcard or fuzzy terms. */
  gates: WorkGates;
}

function sendPage(res: Response, status: number, body: string): void {
  res.status(status);
  res.setHeader('Cache-Control', 'no-cache');
  res.type('html').send(body);
}

/** The one value of a raw query parameter (the first when repeated), trimmed and lower-cased, or undefined. */
function rawValue(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.trim().toLowerCase() : undefined;
}

/** The export format the URL names, else the export page's default. */
function exportFormatOf(req: Request): ExportFormat {
  const format = rawValue(req, 'format');
  return EXPORT_FORMATS.find((f) => f === format) ?? DEFAULT_EXPORT_PAGE_FORMAT;
}

/** Builds the router of HTML pages. */
export function createPageRouter(deps: PageRouterDeps): Router {
  const { holder, parseSearch, searchCache, options, gates } = deps;
  const router = Router();

  router.get('/', async (req, res) => {
    const served = holder.require();
    let request: SearchRequest = { query: '', page: 1, pageSize: 10 };
    let response: SearchResponse | null = null;
    let error: { parameter: string | undefined; message: string } | undefined;
    try {
      request = parseSearch(req.query);
      const parsed = request;
      response = (isExpensiveQuery(parsed.query) ? await gates.search.run(() => searchCache.search(served, parsed)) : await searchCache.search(served, parsed)).response;
    } catch (caught) {
      if (!(caught instanceof FaultlineError) || caught.status !== 400) throw caught;
      error = { parameter: caught.parameter, message: caught.message };
      if (typeof req.query.q === 'string') request = { ...request, query: req.query.q.slice(0, options.maxQueryLength) };
    }
    sendPage(res, error === undefined ? 200 : 400, renderSearchPage({ request, response, fallbackFacets: served.facets, error, maxPage: options.maxPage }));
  });

  router.get('/incidents/:id', async (req, res) => {
    const id = parseIncidentId(req.params.id);
    const reportsPage = parsePageNumber(req.query.reportsPage, 'reportsPage', 1, 1_000_000);
    const served = holder.require();
    const incident = await served.backend.incident(id);
    if (incident === null) throw unknownIncident(id);
    sendPage(res, 200, renderIncidentPage(await deps.presentIncident(served, incident, reportsPage)));
  });

  router.get('/export', async (req, res) => {
    const served = holder.require();
    let request: SearchRequest = { query: '', page: 1, pageSize: 1 };
    let matches: number | null = null;
    let error: { parameter: string | undefined; message: string } | undefined;
    try {
      // An export takes no sort or paging: the count is of what the download holds.
      const { sort: _sort, ...filters } = parseSearch(req.query);
      request = { ...filters, page: 1, pageSize: 1 };
      const parsed = request;
      matches = (isExpensiveQuery(parsed.query) ? await gates.search.run(() => searchCache.search(served, parsed)) : await searchCache.search(served, parsed)).response.total;
    } catch (caught) {
      if (!(caught instanceof FaultlineError) || caught.status !== 400) throw caught;
      error = { parameter: caught.parameter, message: caught.message };
    }
    const manifest = served.manifest;
    sendPage(
      res,
      error === undefined ? 200 : 400,
      renderExportPage({
        request,
        format: exportFormatOf(req),
        noText: rawValue(req, 'noText') === 'true',
        matches,
        providers: Object.keys(served.facets.provider),
        citation: datasetCitation({
          faultline: manifest.faultline,
          createdAt: manifest.createdAt,
          documents: served.stats.documents,
          incidents: served.stats.incidents,
          origin: safeOrigin(req.protocol, req.get('host')),
        }),
        error,
      }),
    );
  });

  router.get('/stats', (_req, res) => {
    const served = holder.require();
    sendPage(res, 200, renderStatsPage(served));
  });

  return router;
}
