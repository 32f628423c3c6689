/**
 * The one error handler: every error thrown or passed by a route lands here. Errors carrying a
 * 4xx status (FaultlineError, Express's own decoding errors) are answered with their message;
 * anything else is a 500 with a generic message, logged with its stack, never sent to the client.
 * `/api` paths get JSON `{error, parameter, message}`; pages get the apology page.
 */
import type { ErrorRequestHandler, Request, Response } from 'express';
import { FaultlineError } from '../model/index.js';
import { renderApologyPage } from './pages/apology-page.js';

/** Short machine-readable error codes by status. */
const ERROR_CODES: Record<number, string> = {
  400: 'bad-request',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  429: 'too-many-requests',
  503: 'not-ready',
};

/** The JSON body of an API error. */
export interface ApiErrorBody {
  error: string;
  parameter: string | null;
  message: string;
}

/** True for requests that should get JSON errors (the API). */
export function wantsJson(req: Request): boolean {
  const url = req.originalUrl;
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** Sends an error response in the right shape for the request. */
export function sendError(req: Request, res: Response, status: number, message: string, parameter: string | null = null): void {
  if (status === 503) res.setHeader('Retry-After', '2');
  res.status(status);
  res.setHeader('Cache-Control', 'no-store');
  if (wantsJson(req) || req.method === 'HEAD') {
    const code = ERROR_CODES[status] ?? (status >= 500 ? 'internal-error' : 'bad-request');
    const body: ApiErrorBody = { error: parameter !== null && status === 400 ? 'bad-parameter' : code, parameter, message };
    res.json(body);
  } else {
    res.type('html').send(renderApologyPage(status, message));
  }
}

function statusOf(error: unknown): number {
  if (error instanceof FaultlineError) return error.status;
  if (typeof error === 'object' && error !== null) {
    const e = error as { status?: unknown; statusCode?: unknown };
    const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
    if (Number.isInteger(status) && status >= 400 && status <= 599) return status;
  }
  return 500;
}

/** Something that records server errors (a pino logger fits). */
export interface ErrorLogger {
  error(obj: object, msg?: string): void;
}

/** Builds the app's error handler. */
export function createErrorHandler(logger: ErrorLogger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = statusOf(error);
    let message: string;
    let parameter: string | null = null;
    if (status >= 500 && status !== 503) {
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
      message = 'An internal error occurred. It has been logged.';
    } else if (error instanceof FaultlineError) {
      message = error.message;
      parameter = error.parameter ?? null;
    } else {
      const expose = typeof error === 'object' && error !== null && (error as { expose?: unknown }).expose === true;
      message = expose && error instanceof Error ? error.message : status === 404 ? 'Not found.' : 'The request could not be understood.';
      if (status === 400 && /decode param/i.test(error instanceof Error ? error.message : '')) message = 'The address contains invalid percent-encoding.';
    }
    sendError(req, res, status, message, parameter);
  };
}
