/**
 * Malformed and hostile requests get a 4xx with a message a person reads,
 * and change nothing: the cases a reviewer sent by hand, kept as tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product, StockLevel, StockTransfer, User } from '../../src/domain/types';
import { startTestServer, type TestServer } from '../test/harness';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

interface ErrorBody {
  message: string;
  errors?: Record<string, string>;
}

const send = (method: string, path: string, body?: unknown, token = admin) =>
  server.request<ErrorBody>(method, path, { token, body });

/** Runs a request that must be refused: the status, and the database's sequence unchanged. */
async function refused(method: string, path: string, body: unknown, status: number, token = admin) {
  const before = await server.db.version();
  const res = await send(method, path, body, token);
  expect(res.status, `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`).toBe(status);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message).not.toMatch(/errors\.|undefined|\[object/);
  expect(await server.db.version()).toBe(before);
  return res.body;
}

const level = async () =>
  (await server.db.all<StockLevel>('stock-levels')).find((l) => l.productId === 5 && l.warehouseId === 1)!;

describe('null is a value to check, not "not sent"', () => {
  it('refuses a count of null and a delta of null instead of booking them', async () => {
    const onHand = (await level()).onHand;
    const count = await refused(
      'POST',
      '/api/stock-adjustments',
      { productId: 5, warehouseId: 1, reason: 'count', countedQuantity: null },
      422,
    );
    expect(count.errors).toEqual({ countedQuantity: 'This field cannot be empty.' });
    await refused(
      'POST',
      '/api/stock-adjustments',
      { productId: 5, warehouseId: 1, reason: 'receipt', delta: null },
      422,
    );
    expect((await level()).onHand).toBe(onHand);
  });

  it('refuses null prices, costs and reorder points', async () => {
    for (const field of ['price', 'cost']) {
      const body = await refused('PUT', '/api/products/2', { [field]: null }, 422);
      expect(body.errors?.[field]).toBe('This field cannot be empty.');
    }
    await refused('PUT', `/api/stock-levels/${(await level()).id}`, { reorderPoint: null }, 422);
  });
});

describe('nested lines are checked one by one', () => {
  it('refuses a receipt whose lines are not lines, naming the line', async () => {
    const transfer = (await server.db.all<StockTransfer>('stock-transfers')).find(
      (t) => t.status === 'in_transit',
    );
    if (transfer) {
      const body = await refused('POST', `/api/stock-transfers/${transfer.id}/receive`, { items: [1] }, 422);
      expect(Object.keys(body.errors ?? {})).toEqual(['items.0']);
      await refused('POST', `/api/stock-transfers/${transfer.id}/receive`, { items: [null] }, 422);
    }
    await refused('POST', '/api/stock-adjustments/batch', { warehouseId: 1, lines: [null] }, 422);
  });
});

describe('hostile shapes', () => {
  it('refuses values nested thousands of levels deep without a 500', async () => {
    const deep = `${'{"a":'.repeat(20_000)}"x"${'}'.repeat(20_000)}`;
    const json = { 'Content-Type': 'application/json' };
    for (const [method, path, rawBody] of [
      ['PUT', '/api/customers/1', `{"address":${deep}}`],
      ['POST', '/api/saved-filters', `{"resource":"products","name":"deep","filter":{},"sort":${deep}}`],
    ] as const) {
      const before = await server.db.version();
      const res = await server.request<ErrorBody>(method, path, { token: admin, rawBody, headers: json });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/nests objects and lists more than 8 levels/);
      expect(await server.db.version()).toBe(before);
    }
  });

  it('refuses keys that name Object.prototype members, and never changes a role through __proto__', async () => {
    for (const key of ['toString', 'hasOwnProperty', 'constructor']) {
      const body = await refused('PUT', '/api/products/2', { [key]: 'x' }, 422);
      expect(body.errors?.[key]).toMatch(/not part of the request/);
    }
    const before = (await server.db.get<User>('users', 2))!.role;
    const res = await server.request('PUT', '/api/users/2', {
      token: admin,
      rawBody: '{"__proto__":{"role":"merchandiser"}}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect((await server.db.get<User>('users', 2))!.role).toBe(before);
  });

  it('bounds every string, list and number', async () => {
    const street = 'x'.repeat(1024 * 1024);
    await refused(
      'PUT',
      '/api/customers/1',
      { address: { name: 'A', street, postalCode: '1', city: 'B', country: 'DE' } },
      413,
    );
    const longStreet = await refused(
      'PUT',
      '/api/customers/1',
      { address: { name: 'A', street: 'x'.repeat(201), postalCode: '1', city: 'B', country: 'DE' } },
      422,
    );
    expect(longStreet.errors?.['address.street']).toBe('Must be at most 200 characters.');
    const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 'v']));
    await refused(
      'PUT',
      '/api/customers/1',
      { address: { name: 'A', street: 's', postalCode: '1', city: 'B', country: 'DE', ...keys } },
      422,
    );
    await refused(
      'POST',
      '/api/saved-filters',
      { resource: 'products', name: 'big', filter: {}, sort: ['name'.repeat(300_000), 'ASC'] },
      413,
    );
    const budget = await refused('PUT', '/api/promotions/1', { budget: 1e308 }, 422);
    expect(budget.errors?.budget).toMatch(/at most/);
    await refused(
      'POST',
      '/api/stock-transfers',
      { fromWarehouseId: 1, toWarehouseId: 2, items: [{ productId: 5, quantity: 1e308 }] },
      422,
    );
    const startsAt = await refused('PUT', '/api/promotions/1', { startsAt: '1' }, 422);
    expect(startsAt.errors?.startsAt).toMatch(/ISO 8601/);
  });
});

describe('what the stored data looks like after all of that', () => {
  it('kept every product price and cost a number', async () => {
    for (const p of await server.db.all<Product>('products')) {
      expect(Number.isInteger(p.price)).toBe(true);
      expect(Number.isInteger(p.cost)).toBe(true);
    }
  });
});
