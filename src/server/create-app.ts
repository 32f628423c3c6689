/**
 * `createApp(deps)`: the Express application (site, JSON API, health checks), built around a
 * knowledge base and never listening itself (`listen.ts` starts it).
 */
import express, { type Application } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { KnowledgeBase } from '../model/index.js';
import { FaultlineError } from '../model/index.js';
import { createApiRouter } from './api/api-router.js';
import { apiRateLimit } from './api-rate-limit.js';
import { createCitationService, type CitationService } from './citation-service.js';
import { createErrorHandler } from './error-handler.js';
import { createIncidentPresenter } from './incident-presenter.js';
import { SearchCache } from './search-cache.js';
import { KnowledgeBaseHolder } from './knowledge-base-holder.js';
import { apiDocsRoute } from './pages/api-docs-route.js';
import { createPageRouter } from './pages/page-router.js';
import { requestLimits } from './request-limits.js';
import { createSearchParamsParser } from './search-params.js';
import { securityHeaders } from './security-headers.js';
import { resolveServerOptions, type ServerOptions } from './server-options.js';
import { staticFiles } from './static-files.js';
import { WorkGate, type WorkGates } from './work-gate.js';

/** What `createApp` is built from. */
export interface AppDeps {
  /** The knowledge base, or a holder that swaps it on reload (and may still be empty: not ready). */
  kb: KnowledgeBaseHolder | KnowledgeBase;
  /** Logger for requests and errors; default: silent. */
  logger?: Logger;
  /** Server options (defaults in `DEFAULT_SERVER_OPTIONS`). */
  options?: Partial<ServerOptions>;
  /** Formats incident citations (default: a service with a small pool of worker threads; its owner closes it). */
  citations?: CitationService;
  /** Gates of expensive searches and exports (default: built from the options). */
  gates?: WorkGates;
}

/** Builds the application. */
export function createApp(deps: AppDeps): Application {
  const options = resolveServerOptions(deps.options);
  const logger = deps.logger ?? pino({ level: 'silent' });
  const holder = deps.kb instanceof KnowledgeBaseHolder ? deps.kb : new KnowledgeBaseHolder(deps.kb, logger);
  const parseSearch = createSearchParamsParser(options);
  const searchCache = new SearchCache({ maxEntries: options.searchCacheEntries, maxBytes: options.searchCacheBytes });
  const gates: WorkGates = deps.gates ?? {
    search: new WorkGate({
      concurrency: options.maxConcurrentExpensiveSearches,
      queue: options.maxQueuedWork,
      waitMs: options.maxQueueWaitMs,
      label: 'searches with wildcard or fuzzy terms',
    }),
    export: new WorkGate({ concurrency: options.maxConcurrentExports, queue: options.maxQueuedWork, waitMs: options.maxQueueWaitMs, label: 'exports' }),
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy);

  if (logger.level !== 'silent') {
    app.use(
      pinoHttp({
        logger,
        autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
        customLogLevel: (_req, res, err) => (err !== undefined || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
        serializers: {
          req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url,
            remoteAddress: req.remoteAddress,
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      }),
    );
  }
  app.use(securityHeaders());
  app.use(requestLimits(options.maxBodyBytes));

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const current = holder.current();
    if (current === null) {
      res.status(503).setHeader('Retry-After', '2');
      res.json({ status: 'loading' });
      return;
    }
    res.json({
      status: 'ready',
      generation: current.generation,
      documents: current.stats.documents,
      incidents: current.stats.incidents,
      loadedAt: current.loadedAt,
      verified: current.verified,
      fallback: current.fallback,
    });
  });

  app.use('/static', staticFiles(options.staticMaxAgeSeconds));
  // One limiter for the API and the pages: a client searching through `/?q=` spends the same allowance.
  const rateLimit = apiRateLimit(options.rateLimit, options.rateLimitWindowMs);
  app.get('/api/docs', rateLimit, apiDocsRoute(options));
  app.use('/api', rateLimit, createApiRouter({ holder, parseSearch, searchCache, options, gates }));
  app.use(
    rateLimit,
    createPageRouter({
      holder,
      parseSearch,
      searchCache,
      options,
      gates,
      presentIncident: createIncidentPresenter({ relatedLimit: options.relatedLimit, citations: deps.citations ?? createCitationService({ logger }) }),
    }),
  );
  app.use((req) => {
    throw new FaultlineError(`There is no page at ${req.path.slice(0, 200)}.`, { status: 404 });
  });
  app.use(createErrorHandler(logger));
  return app;
}
