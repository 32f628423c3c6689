/** `GET /api/docs`: the API documentation page, rendered once per app from the OpenAPI document. */
import type { RequestHandler } from 'express';
import { openApiDocument } from '../api/openapi-document.js';
import type { ServerOptions } from '../server-options.js';
import { renderApiDocsPage } from './api-docs-page.js';

/** The route handler (the page depends only on the server options, so it is rendered once). */
export function apiDocsRoute(options: ServerOptions): RequestHandler {
  const page = renderApiDocsPage(openApiDocument(options));
  return (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('html').send(page);
  };
}
