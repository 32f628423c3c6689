/** Rate limiting of the JSON API and the pages per client IP (express-rate-limit, one shared count), answering 429 as JSON on `/api` and as the apology page elsewhere. */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { sendError } from './error-handler.js';

/** A limiter allowing `limit` requests per `windowMs` per IP, or a no-op when `limit` is false. */
export function apiRateLimit(limit: number | false, windowMs: number): RequestHandler {
  if (limit === false) return (_req, _res, next) => next();
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      sendError(req, res, 429, `Too many requests: at most ${limit} per ${Math.round(windowMs / 1000)} s; try again later`);
    },
  });
}
