/** The returns and refunds lists across orders: filters by warehouse, restock and date agree with the records. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, OrderReturn, Refund } from '../../src/domain/types';
import { listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';

let server: TestServer;
let manager: string;

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.login('manager');
});
afterAll(() => server.close());

const count = async (resource: string, filter: Record<string, unknown>) => {
  const res = await server.request('GET', `/api/${resource}${listQuery({ filter, range: [0, 0] })}`, {
    token: manager,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return totalOf(res);
};

describe('returns and refunds lists', () => {
  it('filter returns by whether anything went back on a shelf, and by the order’s warehouse', async () => {
    const returns = await server.db.all<OrderReturn>('returns');
    expect(returns.length).toBeGreaterThan(0);
    const restocked = returns.filter((r) => r.items.some((item) => item.restock)).length;
    expect(await count('returns', { restocked: true })).toBe(restocked);
    expect(await count('returns', { restocked: false })).toBe(returns.length - restocked);
    const orders = await server.db.all<Order>('orders');
    const warehouseOf = (orderId: number) => orders.find((o) => o.id === orderId)!.warehouseId;
    expect(await count('returns', { warehouseId: 1 })).toBe(
      returns.filter((r) => warehouseOf(r.orderId) === 1).length,
    );
  });

  it('filter refunds by the order’s warehouse and date', async () => {
    const refunds = await server.db.all<Refund>('refunds');
    expect(refunds.length).toBeGreaterThan(0);
    const orders = await server.db.all<Order>('orders');
    const warehouseOf = (orderId: number) => orders.find((o) => o.id === orderId)!.warehouseId;
    expect(await count('refunds', { warehouseId: 2 })).toBe(
      refunds.filter((r) => warehouseOf(r.orderId) === 2).length,
    );
    const since = [...refunds].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[
      Math.floor(refunds.length / 2)
    ]!.createdAt;
    expect(await count('refunds', { createdAt_gte: since })).toBe(
      refunds.filter((r) => r.createdAt >= since).length,
    );
  });
});
