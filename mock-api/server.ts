/**
 * Kontor's mock API: json-server's express app and middlewares (compression,
 * logging) behind security headers and a CORS allow-list (http/security.ts),
 * with every endpoint of the contract (src/domain/contract) mounted from its
 * table over a journalled store. Handlers are listed per
 * endpoint id; TypeScript refuses a table entry without one.
 */
import path from 'node:path';
import jsonServer from 'json-server';
import type { Express, Request, Response } from 'express';
import { problem, type FieldProblems } from '../src/domain/errors';
import type { RouteId } from '../src/domain/contract/routes';
import { createAuth } from './auth';
import { usersHandlers } from './admin/users';
import { ordersHandlers } from './orders';
import { ctxOf, contextMiddleware } from './http/context';
import { errorBody, errorHandler } from './http/errors';
import { corsForListedOrigins, noStore, securityHeaders } from './http/security';
import { mountRoutes, type ExplainInvalid, type Handlers } from './http/mount';
import { promotionsHandlers } from './promotions';
import { explainSimulation } from './promotions/simulate';
import { collectionHandlers } from './rest/bridge';
import { explainCollectionWrite } from './rest/explain';
import type { Database } from './store/database';
import { bindConfig, type ServerConfig } from './config';
import { explainBatch } from './inventory/adjustments';
import { inventoryHandlers } from './inventory/routes';
import { kpisHandlers } from './kpis';
import { searchHandlers } from './search';
import { privacyHandlers } from './sales/privacy';
import { catalogHandlers } from './catalog/routes';
import { serviceHandlers } from './service';
import './preferences/resources';
import './sales/resources';
import './promotions/resources';
import './orders/resources';
import './admin/resources';
import './catalog/resources';
import './inventory/resources';
import './settings/resources';
import { ensureShopSettings } from './settings/shop';

// json-server serves ./public by default; the API serves no files.
const NO_STATIC_DIR = path.join(import.meta.dirname, 'no-static');

export interface AppOptions {
  /** Check every JSON answer against its schema in the contract (tests turn it on). */
  checkResponses?: boolean;
}

/** Rules beyond the schema that are worth reporting with a schema's refusal (see MountOptions). */
function explainInvalid(db: Database): ExplainInvalid {
  const collections = explainCollectionWrite(db);
  const actions: Partial<Record<RouteId, (input: Record<string, unknown>) => Promise<FieldProblems>>> = {
    receiveStockBatch: explainBatch(db),
    simulatePromotions: explainSimulation(db),
  };
  return async (id, input, params, ctx) => {
    const action = actions[id];
    return action ? action(input) : collections(id, input, params, ctx);
  };
}

/**
 * The API over `db`. Async because a database created before the shop kept
 * its settings gets them written first, so no request ever finds them missing.
 */
export async function createApp(
  db: Database,
  config: ServerConfig,
  options: AppOptions = {},
): Promise<Express> {
  bindConfig(db, config);
  await ensureShopSettings(db, config);
  const app = jsonServer.create();
  app.disable('x-powered-by');
  // json-server pretty-prints; compact JSON is a third smaller for large lists.
  app.set('json spaces', 0);
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  // json-server's own CORS answers every origin, credentials included: ours answers only CORS_ORIGINS.
  app.use(corsForListedOrigins(config));
  app.use(
    jsonServer.defaults({ logger: config.log, static: NO_STATIC_DIR, bodyParser: false, noCors: true }),
  );
  app.use('/api', noStore, contextMiddleware);
  const auth = createAuth(db, config);
  const handlers: Handlers = {
    ...serviceHandlers(db),
    ...auth.handlers,
    ...collectionHandlers(db),
    ...usersHandlers(db),
    ...catalogHandlers(db),
    ...inventoryHandlers(db),
    ...ordersHandlers(db),
    ...promotionsHandlers(db),
    ...kpisHandlers(db),
    ...searchHandlers(db),
    ...privacyHandlers(db),
  };
  app.use(
    '/api',
    mountRoutes(handlers, {
      db,
      authenticate: auth.authenticate,
      checkResponses: options.checkResponses,
      explainInvalid: explainInvalid(db),
    }),
  );
  app.use('/api', (req: Request, res: Response) => {
    res
      .status(404)
      .json(errorBody(ctxOf(res).locale, problem('errors.unknownResource', { resource: req.path })));
  });
  app.use(errorHandler);
  return app;
}
