/** Security headers (helmet) with a strict Content-Security-Policy: scripts and styles only from this origin, nothing inline. */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** The Content-Security-Policy directives the site is served with. */
export const CSP_DIRECTIVES: Readonly<Record<string, string[]>> = Object.freeze({
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
});

/** The helmet middleware configured for Faultline. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
