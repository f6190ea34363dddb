/**
 * Mounts the API from the contract (src/domain/contract): one express route
 * per endpoint of the table, nothing else. Before a handler runs, every
 * request is signed in (unless public), authorised against the permission
 * matrix, its path ids, query and body read and validated against the
 * endpoint's schemas, and its warehouse scope checked. A handler therefore
 * receives only input it can trust, and no route can forget a check.
 */
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import {
  COLLECTION_SCHEMAS,
  ENDPOINT_SCHEMAS,
  SERVER_FIELDS,
  type EndpointSchemas,
} from '../../src/domain/contract/endpoints';
import { MAX_BODY_BYTES } from '../../src/domain/contract/limits';
import { problemsOf } from '../../src/domain/contract/problems';
import {
  COLLECTION_ROUTES,
  REFUSED_WRITE_HINTS,
  ROUTES,
  ROUTE_IDS,
  isCollectionRoute,
  type Route,
  type RouteId,
} from '../../src/domain/contract/routes';
import { DomainError, problem, type FieldProblems } from '../../src/domain/errors';
import { term } from '../../src/domain/messages';
import { actionForMethod } from '../../src/domain/permissions';
import { isCollectionName } from '../../src/domain/resources';
import type { Database } from '../store/database';
import { authorize } from './access';
import { checkScope } from './scope';
import { readJsonBody } from './body';
import { ctxOf, type RequestContext } from './context';

export interface Call {
  /** Path parameters, already checked to be record ids. */
  params: { id?: number };
  query: Record<string, unknown>;
  /** The validated body (trimmed text, defaults applied); `{}` for endpoints without one. */
  body: Record<string, unknown>;
  ctx: RequestContext;
  req: Request;
  res: Response;
}

/** Answers the call: the value is sent as JSON with the route's status, unless the handler answered itself. */
export type Handler = (call: Call) => unknown;
export type Handlers = Record<RouteId, Handler>;

export interface MountOptions {
  db: Database;
  authenticate: RequestHandler;
  /** Validate every answer against its schema too (tests): a mismatch is a 500 naming the field. */
  checkResponses?: boolean;
  explainInvalid?: ExplainInvalid;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function paramCount(route: Route): number {
  return (route.path.match(/\{/g) ?? []).length;
}

/** What a 404 calls the thing the path names: the collection, or the path's first segment. */
function resourceOf(route: Route): string {
  return isCollectionRoute(route) ? route.collection : (route.path.split('/')[1] ?? '');
}

function readParams(route: Route, req: Request): Call['params'] {
  const params: Call['params'] = {};
  for (const [name, raw] of Object.entries(req.params)) {
    const value = Number(raw);
    if (!/^[1-9]\d{0,15}$/.test(raw) || !Number.isSafeInteger(value)) {
      throw new DomainError(
        404,
        problem('errors.notFound', { resource: term(`collections.${resourceOf(route)}`), id: raw }),
      );
    }
    if (name === 'id') params.id = value;
  }
  return params;
}

function readQuery(schemas: EndpointSchemas, req: Request): Record<string, unknown> {
  const raw = req.query as Record<string, unknown>;
  if (!schemas.query) {
    const unknown = Object.keys(raw);
    if (unknown.length === 0) return {};
    throw new DomainError(
      400,
      problem('errors.unknownParameters', { params: unknown.join(', ') }),
      Object.fromEntries(unknown.map((k) => [k, problem('errors.unknownField')])),
    );
  }
  const result = schemas.query.safeParse(raw);
  if (result.success) return result.data as Record<string, unknown>;
  const problems = problemsOf(result.error, raw);
  const params = Object.keys(problems).join(', ');
  throw new DomainError(400, problem('errors.badQuery', { params }), problems);
}

const shapeOf = (schema: unknown) => Object.keys((schema as { shape?: object } | undefined)?.shape ?? {});

/** What a collection write does with fields it does not take: ignores what the server keeps, refuses the rest. */
function fieldPolicy(route: Route): { ignored: readonly string[]; readOnly: ReadonlySet<string> } {
  if (!isCollectionRoute(route)) return { ignored: [], readOnly: new Set() };
  const schemas = COLLECTION_SCHEMAS[route.collection];
  const ignored = [
    ...SERVER_FIELDS,
    ...(schemas.echoed ?? []),
    ...(route.kind === 'create' ? ['version'] : []),
  ];
  return { ignored, readOnly: new Set(shapeOf(schemas.record)) };
}

/** More problems with an invalid body (rules on other records), so a form can show them all at once. */
export type ExplainInvalid = (
  id: RouteId,
  input: Record<string, unknown>,
  params: Call['params'],
  ctx: RequestContext,
) => Promise<FieldProblems>;

async function readBody(
  id: RouteId,
  call: Pick<Call, 'params' | 'ctx' | 'req'>,
  options: MountOptions,
): Promise<Record<string, unknown>> {
  const route = ROUTES[id];
  const schemas = ENDPOINT_SCHEMAS[id];
  if (!WRITE_METHODS.has(route.method) || !schemas.body) return {};
  const value = await readJsonBody(call.req, route.maxBodyBytes ?? MAX_BODY_BYTES);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DomainError(400, problem('errors.bodyNotObject'));
  const policy = fieldPolicy(route);
  const input: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of policy.ignored) delete input[field];
  const result = schemas.body.safeParse(input);
  if (result.success) return result.data as Record<string, unknown>;
  const problems = problemsOf(result.error, input);
  for (const field of Object.keys(problems)) {
    if (policy.readOnly.has(field) && problems[field]!.key === 'errors.unknownField')
      problems[field] = problem('errors.readOnlyField');
  }
  try {
    const more = (await options.explainInvalid?.(id, input, call.params, call.ctx)) ?? {};
    for (const [field, found] of Object.entries(more)) problems[field] ??= found;
  } catch {
    // The extra rules met input too broken to judge; the schema's problems say enough.
  }
  throw new DomainError(422, problem('errors.invalid'), problems);
}

function checkResponse(id: RouteId, schemas: EndpointSchemas, value: unknown): void {
  if (!schemas.response) return;
  const result = schemas.response.safeParse(value);
  if (result.success) return;
  const where = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`The answer of ${id} breaks its schema: ${where.join('; ')}`);
}

function endpoint(id: RouteId, handler: Handler, options: MountOptions): RequestHandler {
  const route = ROUTES[id];
  const schemas = ENDPOINT_SCHEMAS[id];
  return (req: Request, res: Response, next: NextFunction) => {
    const run = async () => {
      const ctx = ctxOf(res);
      if (route.access.kind === 'permission') {
        authorize(ctx, route.access.action, route.access.resource);
        for (const action of route.access.alsoNeeds ?? []) authorize(ctx, action, route.access.resource);
      }
      const params = readParams(route, req);
      const query = readQuery(schemas, req);
      await checkScope(route, options.db, { params, body: {}, ctx }, 'records');
      const body = await readBody(id, { params, ctx, req }, options);
      const call: Call = { params, query, body, ctx, req, res };
      await checkScope(route, options.db, call, 'body');
      const result = await handler(call);
      if (res.headersSent) return;
      if (route.success === 204) {
        res.status(204).end();
        return;
      }
      if (options.checkResponses && route.produces !== 'text/csv') checkResponse(id, schemas, result);
      res.status(route.success).json(result);
    };
    run().catch(next);
  };
}

/** Express paths with literal segments must come before the same path with a parameter there. */
function mountOrder(ids: readonly RouteId[]): RouteId[] {
  return [...ids].sort((a, b) => paramCount(ROUTES[a]) - paramCount(ROUTES[b]));
}

export function mountRoutes(handlers: Handlers, options: MountOptions): Router {
  const router = Router();
  for (const id of mountOrder(ROUTE_IDS)) {
    const route = ROUTES[id];
    const path = route.path.replace(/\{(\w+)\}/g, ':$1');
    const chain: RequestHandler[] = route.access.kind === 'public' ? [] : [options.authenticate];
    chain.push(endpoint(id, handlers[id], options));
    router[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path, ...chain);
  }
  // A collection's path with a method it does not offer: 405 with what to use instead.
  // The role is checked first, so a role that may not write at all hears 403, as for any other write.
  const refuse: RequestHandler = (req, res, next) => {
    const collection = String(req.params.collection);
    if (!isCollectionName(collection)) {
      next();
      return;
    }
    try {
      authorize(ctxOf(res), actionForMethod(req.method, req.params.id !== undefined), collection);
    } catch (error) {
      next(error);
      return;
    }
    const offered = Object.values(COLLECTION_ROUTES).some(
      (r) => r.collection === collection && r.method === req.method,
    );
    const key = offered
      ? 'errors.methodNotAllowed'
      : (REFUSED_WRITE_HINTS[collection] ?? 'errors.methodNotAllowed');
    next(
      new DomainError(405, problem(key, { method: req.method, resource: term(`collections.${collection}`) })),
    );
  };
  router.all('/:collection', options.authenticate, refuse);
  router.all('/:collection/:id', options.authenticate, refuse);
  return router;
}
