/**
 * Every endpoint of the contract, for every role, over HTTP: 401 without a
 * token, 403 exactly where the permission matrix says no, something else
 * where it says yes. The table is the source, so a new endpoint is walked
 * the day it is added, and a route that forgets its check cannot exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, ROUTE_IDS, pathOf, type Route } from '../../src/domain/contract/routes';
import { can, ROLES, type Role } from '../../src/domain/permissions';
import { startTestServer, type TestServer } from '../test/harness';

let server: TestServer;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  // Warehouse staff with every warehouse, so only the role decides here (scope has its own test).
  server = await startTestServer({
    prepare: (db) => {
      for (const u of db.users) if (u.username === 'warehouse') u.warehouseIds = [];
    },
  });
  for (const role of ROLES) tokens[role] = await server.login(role);
});
afterAll(() => server.close());

function allowed(route: Route, role: Role): boolean {
  const { access } = route;
  if (access.kind !== 'permission') return true;
  return [access.action, ...(access.alsoNeeds ?? [])].every((action) => can(role, action, access.resource));
}

const urlOf = (route: Route) => `/api${pathOf(route, { id: 1 })}`;
const bodyOf = (route: Route) => (route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
// Signing out would end the session the walk goes on with.
const walked = ROUTE_IDS.filter((id) => id !== 'logout');

describe('the permission on every endpoint of the contract', () => {
  it('covers every route of the table', () => {
    expect(walked.length).toBeGreaterThan(90);
  });

  for (const id of walked) {
    const route = ROUTES[id];
    it(`${id}: ${route.method} ${route.path}`, async () => {
      if (route.access.kind !== 'public') {
        const anonymous = await server.request(route.method, urlOf(route), { body: bodyOf(route) });
        expect(anonymous.status, 'without a token').toBe(401);
      }
      for (const role of ROLES) {
        const before = await server.db.version();
        const res = await server.request<{ message: string }>(route.method, urlOf(route), {
          token: tokens[role],
          body: bodyOf(route),
        });
        if (allowed(route, role)) {
          expect(
            [401, 403],
            `${role} is allowed: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`,
          ).not.toContain(res.status);
          expect(res.status, `${role}`).toBeLessThan(500);
        } else {
          expect(res.status, `${role} is not allowed`).toBe(403);
          expect(await server.db.version(), `${role}'s refused request wrote`).toBe(before);
        }
      }
    });
  }
});

describe('warehouse scope', () => {
  let scoped: TestServer;
  let token: string;
  beforeAll(async () => {
    scoped = await startTestServer({
      prepare: (db) => {
        // The tiny seed has two warehouses, BER (1) and HAM (2); this user holds BER only.
        for (const u of db.users) if (u.username === 'warehouse') u.warehouseIds = [1];
      },
    });
    token = await scoped.login('warehouse');
  });
  afterAll(() => scoped.close());

  const write = (method: string, path: string, body: unknown) =>
    scoped.request<{ message: string }>(method, path, { token, body });
  const orderOf = async (warehouseId: number, statuses: string[]) =>
    (await scoped.db.all<{ id: number; warehouseId: number; status: string }>('orders')).find(
      (o) => o.warehouseId === warehouseId && statuses.includes(o.status),
    )!;

  it('refuses a transfer out of a warehouse the user does not hold, and allows one out of theirs', async () => {
    const before = await scoped.db.version();
    const foreign = await write('POST', '/api/stock-transfers', {
      fromWarehouseId: 2,
      toWarehouseId: 1,
      items: [{ productId: 5, quantity: 1 }],
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.message).toMatch(/own warehouses \(BER\)/);
    expect(await scoped.db.version()).toBe(before);
    const own = await write('POST', '/api/stock-transfers', {
      fromWarehouseId: 1,
      toWarehouseId: 2,
      items: [{ productId: 5, quantity: 1 }],
    });
    expect(own.status).toBe(201);
  });

  it('refuses transitions, shipments and returns of another warehouse’s order', async () => {
    const before = await scoped.db.version();
    const open = await orderOf(2, ['processing']);
    expect(
      (await write('POST', `/api/orders/${open.id}/transitions`, { to: 'on_hold', reason: 'x' })).status,
    ).toBe(403);
    expect(
      (
        await write('POST', `/api/orders/${open.id}/shipments`, {
          carrier: 'DHL',
          trackingNumber: '00340434161094042557',
          items: [],
        })
      ).status,
    ).toBe(403);
    const delivered = await orderOf(2, ['delivered']);
    expect(
      (await write('POST', `/api/orders/${delivered.id}/returns`, { items: [], reason: 'x' })).status,
    ).toBe(403);
    expect(await scoped.db.version()).toBe(before);
  });

  it('lets the user read stock everywhere, to plan transfers', async () => {
    const res = await scoped.request<unknown[]>('GET', '/api/stock-levels?filter={"warehouseId":2}', {
      token,
    });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
  });
});
