/** Request limits: only GET and HEAD are served, and requests carrying a body larger than allowed are refused. */
import type { RequestHandler } from 'express';
import { FaultlineError } from '../model/index.js';

/** Refuses other methods with 405 and request bodies over `maxBodyBytes` (or of unknown length) with 413. */
export function requestLimits(maxBodyBytes: number): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      next(new FaultlineError(`Method ${req.method} is not allowed; this server only reads`, { status: 405 }));
      return;
    }
    const length = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (chunked || (length !== undefined && Number(length) > maxBodyBytes)) {
      res.setHeader('Connection', 'close');
      next(new FaultlineError(`Request body too large (at most ${maxBodyBytes} bytes)`, { status: 413 }));
      return;
    }
    next();
  };
}
