/**
 * Generated garbage at every endpoint that takes a body or a query (fast-check
 * builds it): the answer is always a 4xx or a success, never a 5xx, and a
 * refused request never changes the database.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT_SCHEMAS } from '../../src/domain/contract/endpoints';
import { ROUTES, ROUTE_IDS, pathOf } from '../../src/domain/contract/routes';
import { startTestServer, type TestServer } from '../test/harness';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

/** The keys an endpoint's body knows, so the garbage also hits real fields with wrong values. */
function knownKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

const hostileKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  'id',
  'version',
);

function bodyArbitrary(keys: string[]) {
  const key =
    keys.length > 0
      ? fc.oneof(fc.constantFrom(...keys), hostileKeys, fc.string({ maxLength: 8 }))
      : fc.oneof(hostileKeys, fc.string());
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(null, 0, -1, 1e308, -0, '', ' ', '1', 'null', [], {}, [null], [1], 'x'.repeat(300)),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.dictionary(key, value, { maxKeys: 6 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}

const writes = ROUTE_IDS.filter(
  (id) => ENDPOINT_SCHEMAS[id].body && ROUTES[id].method !== 'GET' && id !== 'logout' && id !== 'login',
);
const reads = ROUTE_IDS.filter((id) => ENDPOINT_SCHEMAS[id].query && ROUTES[id].method === 'GET');

describe('garbage in, a 4xx out, nothing changed', () => {
  it('covers the endpoints that take input', () => {
    expect(writes.length).toBeGreaterThan(40);
    expect(reads.length).toBeGreaterThan(15);
  });

  it('answers every generated body with a status below 500 and writes nothing when refusing', async () => {
    for (const id of writes) {
      const route = ROUTES[id];
      await fc.assert(
        fc.asyncProperty(
          bodyArbitrary(knownKeys(ENDPOINT_SCHEMAS[id].body)),
          fc.integer({ min: 1, max: 3 }),
          async (body, recordId) => {
            const before = await server.db.version();
            const rawBody = JSON.stringify(body) ?? 'null';
            const res = await server.request(route.method, `/api${pathOf(route, { id: recordId })}`, {
              token: admin,
              rawBody,
              headers: { 'Content-Type': 'application/json' },
            });
            expect(
              res.status,
              `${id} ${rawBody.slice(0, 200)} → ${JSON.stringify(res.body).slice(0, 200)}`,
            ).toBeLessThan(500);
            if (res.status >= 400)
              expect(await server.db.version(), `${id} wrote while refusing ${rawBody.slice(0, 200)}`).toBe(
                before,
              );
          },
        ),
        { numRuns: 25, seed: 20261202 },
      );
    }
  });

  it('answers every generated query with a status below 500', async () => {
    const param = fc.oneof(
      fc.constantFrom(
        'sort',
        'range',
        'filter',
        'from',
        'to',
        'q',
        'orderIds',
        'warehouseId',
        'sections',
        '__proto__',
      ),
      fc.string({ maxLength: 6 }),
    );
    const text = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
    );
    for (const id of reads) {
      const route = ROUTES[id];
      await fc.assert(
        fc.asyncProperty(fc.dictionary(param, text, { maxKeys: 4 }), async (query) => {
          const search = new URLSearchParams(query).toString();
          const res = await server.request('GET', `/api${pathOf(route, { id: 1 })}?${search}`, {
            token: admin,
          });
          expect(res.status, `${id} ?${search} → ${JSON.stringify(res.body).slice(0, 200)}`).toBeLessThan(
            500,
          );
        }),
        { numRuns: 25, seed: 20261202 },
      );
    }
  });
});
