/** The server-rendered pages: search (`/`), incidents (`/incidents/:id`) and statistics (`/stats`). */
import { Router, type Response } from 'express';
import { FaultlineError, type SearchRequest, type SearchResponse } from '../../model/index.js';
import { parseIncidentId, parsePageNumber, unknownIncident } from '../id-param.js';
import type { IncidentPresenter } from '../incident-presenter.js';
import type { KnowledgeBaseHolder } from '../knowledge-base-holder.js';
import type { SearchCache } from '../search-cache.js';
import type { SearchParamsParser } from '../search-params.js';
import type { ServerOptions } from '../server-options.js';
import { isExpensiveQuery, type WorkGates } from '../work-gate.js';
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
      response = (isExpensiveQuery(parsed.query) ? await gates.search.run(() => searchCache.search(served, parsed)) : searchCache.search(served, parsed)).response;
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
    const incident = served.kb.incidents.get(id);
    if (incident === undefined) throw unknownIncident(id);
    sendPage(res, 200, renderIncidentPage(await deps.presentIncident(served.kb, incident, reportsPage)));
  });

  router.get('/stats', (_req, res) => {
    const served = holder.require();
    sendPage(res, 200, renderStatsPage(served));
  });

  return router;
}
