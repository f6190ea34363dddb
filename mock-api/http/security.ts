/**
 * The API's HTTP surface: security headers on every response (helmet), CORS
 * only for the origins listed in CORS_ORIGINS (the console calls the API from
 * its own origin through a proxy, so by default no other origin may read it),
 * and `Cache-Control: no-store` on everything under /api, since answers carry
 * tokens and personal data that no browser or proxy cache should keep.
 */
import cors from 'cors';
import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { ServerConfig } from '../config';

/** The API answers JSON only: it may load nothing, be framed by nothing, and post forms nowhere. */
const API_CSP = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * No Access-Control-* header at all unless the request's Origin is on the
 * list: neither `*`, `null` nor an echo of whatever was sent. Tokens travel in
 * the Authorization header, never in cookies, so credentials are not allowed.
 */
export function corsForListedOrigins(config: Pick<ServerConfig, 'corsOrigins'>): RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language'],
    // react-admin reads list totals from Content-Range.
    exposedHeaders: ['Content-Range', 'Retry-After'],
    maxAge: 600,
  });
}

export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  res.removeHeader('Pragma');
  res.removeHeader('Expires');
  next();
};
