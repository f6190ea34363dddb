/**
 * The OpenAPI 3.1 document of Kontor's REST API, generated from the contract
 * (./routes.ts for methods, paths and access; ./endpoints.ts for schemas via
 * zod's JSON Schema output, which is the dialect OpenAPI 3.1 uses).
 */
import * as z from 'zod';
import { ENDPOINT_SCHEMAS } from './endpoints';
import { MAX_BODY_BYTES } from './limits';
import { ROUTES, ROUTE_IDS, isCollectionRoute, type Access, type Route, type RouteId } from './routes';

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed request: bad JSON, a bad or unknown query parameter or filter',
  401: 'Not signed in, or the token expired or was revoked',
  403: 'The role may not do this, or not in this warehouse',
  404: 'No such record',
  405: 'The collection does not offer this method',
  409: 'Conflicts with the current state: a stale version, a referenced record, a step the state does not allow',
  413: 'The request is larger than the endpoint accepts',
  422: 'Invalid values: `errors` holds one message per field',
  429: 'Too many attempts: try again after `Retry-After` seconds',
};

/** Shared definitions (the recursive message parameter), hoisted to components/schemas. */
const shared: Record<string, Json> = {};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const generated = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  const {
    $schema: _ignored,
    $defs,
    ...rest
  } = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as Json;
  Object.assign(shared, $defs as Record<string, Json> | undefined);
  return rest;
}

function accessText(access: Access): string {
  if (access.kind === 'public') return 'Open to anyone.';
  if (access.kind === 'signedIn') return 'Any signed-in user.';
  const actions = [access.action, ...(access.alsoNeeds ?? [])].join(' and ');
  const scope = access.warehouseScope?.length
    ? ` Warehouse staff tied to warehouses must hold the warehouse of: ${access.warehouseScope
        .map((s) =>
          s.in === 'body'
            ? `body.${s.field}`
            : s.in === 'record'
              ? `the ${s.collection} record's ${s.field}`
              : `each listed ${s.collection}'s ${s.field}`,
        )
        .join('; ')}.`
    : '';
  return `Needs the permission to ${actions} ${access.resource}.${scope}`;
}

function errorStatuses(route: Route, hasBody: boolean): number[] {
  const statuses = new Set<number>(route.refusals ?? []);
  if (hasBody || route.method !== 'DELETE') statuses.add(400);
  if (route.access.kind !== 'public') statuses.add(401);
  if (route.access.kind === 'permission') statuses.add(403);
  if (route.path.includes('{')) statuses.add(404);
  if (hasBody) {
    statuses.add(413);
    statuses.add(422);
  }
  return [...statuses].sort();
}

function queryParameters(schema: z.ZodType | undefined): Json[] {
  if (!schema) return [];
  const options = schema instanceof z.ZodUnion ? (schema.options as z.ZodType[]) : [schema];
  const oneOf = options.length > 1;
  return options.flatMap((option) => {
    const shape = (option as z.ZodObject).shape as Record<string, z.ZodType>;
    return Object.entries(shape).map(([name, field]) => {
      const fieldSchema = jsonSchema(field, 'input');
      return {
        name,
        in: 'query',
        required: !oneOf && !field.safeParse(undefined).success,
        schema: fieldSchema,
        ...(oneOf
          ? {
              description:
                `${String(fieldSchema.description ?? '')} (give exactly one of: ${options.map((o) => Object.keys((o as z.ZodObject).shape).join(', ')).join(' | ')})`.trim(),
            }
          : {}),
      };
    });
  });
}

function operation(id: RouteId): Json {
  const route = ROUTES[id];
  const schemas = ENDPOINT_SCHEMAS[id];
  const hasBody = schemas.body !== undefined && route.method !== 'GET' && route.method !== 'DELETE';
  const responses: Json = {};
  const content =
    route.produces === 'text/csv'
      ? { 'text/csv': { schema: { type: 'string' } } }
      : schemas.response
        ? { 'application/json': { schema: jsonSchema(schemas.response, 'output') } }
        : undefined;
  const headers =
    isCollectionRoute(route) && route.kind === 'list'
      ? {
          'Content-Range': {
            description: '`<collection> <first>-<last>/<total>`',
            schema: { type: 'string' },
          },
        }
      : undefined;
  responses[String(route.success)] = {
    description: route.success === 204 ? 'Done' : 'Success',
    ...(content && route.success !== 204 ? { content } : {}),
    ...(headers ? { headers } : {}),
  };
  for (const status of errorStatuses(route, hasBody)) {
    responses[String(status)] = { $ref: `#/components/responses/Error${status}` };
  }
  const parameters = [
    ...(route.path.includes('{id}')
      ? [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }]
      : []),
    ...queryParameters(schemas.query),
  ];
  return {
    operationId: id,
    summary: route.summary,
    description: `${accessText(route.access)}${hasBody ? ` Bodies up to ${Math.round((route.maxBodyBytes ?? MAX_BODY_BYTES) / 1024)} KiB.` : ''}`,
    tags: [route.tag],
    ...(route.access.kind === 'public' ? { security: [] } : {}),
    'x-kontor-access': route.access,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(hasBody
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(schemas.body!, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

const ERROR_SCHEMA = {
  type: 'object',
  required: ['message'],
  properties: {
    message: {
      type: 'string',
      description: "A sentence in the request's language (Accept-Language: en or de)",
    },
    errors: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'One message per field at fault',
    },
  },
};

export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const id of ROUTE_IDS) {
    const route = ROUTES[id];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(id);
  }
  const tags = [...new Set(ROUTE_IDS.map((id) => ROUTES[id].tag))].map((name) => ({ name }));
  const responses = Object.fromEntries(
    Object.entries(STATUS_TEXT).map(([status, description]) => [
      `Error${status}`,
      { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kontor API',
      version: '1',
      description:
        'The REST API behind the Kontor console. Lists speak ra-data-simple-rest’s dialect (`sort`, `range`, `filter` as JSON). Money is integer cents (EUR); dates are ISO 8601 UTC. Every error is `{ message, errors? }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api' }],
    security: [{ bearer: [] }],
    tags,
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /auth/login' },
      },
      schemas: { Error: ERROR_SCHEMA, ...shared },
      responses,
    },
  };
}
