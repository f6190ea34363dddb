/**
 * Kontor's mock API: json-server's express app and middlewares (compression,
 * CORS, no-cache, body parsing) with our own routes in front of a journalled
 * store. Routes are registered in order: public (health, login), then
 * authentication, then domain workflows, then the generic REST bridge.
 */
import path from 'node:path';
import jsonServer from 'json-server';
import type { Express, Request, Response } from 'express';
import { problem } from '../src/domain/errors';
import { createAuth } from './auth';
import { usersRoutes } from './admin/users';
import { ordersRoutes } from './orders';
import { contextMiddleware, ctxOf } from './http/context';
import { errorHandler, errorBody } from './http/errors';
import { promotionsRoutes } from './promotions';
import { restBridge } from './rest/bridge';
import type { Store } from './store/store';
import { bindConfig, type ServerConfig } from './config';
import { inventoryRoutes } from './inventory/routes';
import { kpisRoutes } from './kpis';
import { catalogRoutes } from './catalog/routes';
import { exportRoutes } from './rest/export';
import './preferences/resources';
import './sales/resources';
import './promotions/resources';
import './orders/resources';
import './admin/resources';

// json-server serves ./public by default; the API serves no files.
const NO_STATIC_DIR = path.join(import.meta.dirname, 'no-static');

export function createApp(store: Store, config: ServerConfig): Express {
  bindConfig(store, config);
  const app = jsonServer.create();
  app.disable('x-powered-by');
  // json-server pretty-prints; compact JSON is a third smaller for large lists.
  app.set('json spaces', 0);
  app.use(jsonServer.defaults({ logger: config.log, static: NO_STATIC_DIR }));
  app.use((_req, res, next) => {
    res.header('Access-Control-Expose-Headers', 'Content-Range');
    next();
  });
  app.use('/api', contextMiddleware);
  app.use('/api', jsonServer.bodyParser);
  app.get('/api/health', (_req, res) => {
    res.json({ ok: true, seq: store.seq });
  });
  const auth = createAuth(store, config);
  app.use('/api', auth.routes);
  app.use('/api', auth.authenticate);
  app.use('/api', usersRoutes(store, auth));
  app.use('/api', ordersRoutes(store));
  app.use('/api', inventoryRoutes(store));
  app.use('/api', catalogRoutes(store));
  app.use('/api', exportRoutes(store));
  app.use('/api', promotionsRoutes(store));
  app.use('/api', kpisRoutes(store));
  app.use('/api', restBridge(store));
  app.use('/api', (req: Request, res: Response) => {
    res
      .status(404)
      .json(errorBody(ctxOf(res).locale, problem('errors.unknownResource', { resource: req.path })));
  });
  app.use(errorHandler);
  return app;
}
