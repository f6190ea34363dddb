/** GET /<collection>/status-counts: every tab's count in one request, equal to what each tab would list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_COUNTED, type StatusCountedCollection } from '../../src/domain/contract/routes';
import type { StatusCounts } from '../../src/domain/contract/endpoints';
import { listQuery, startTestServer, TEST_ANCHOR, totalOf, type TestServer } from '../test/harness';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({ scale: 'demo', now: () => TEST_ANCHOR });
  admin = await server.login('admin');
}, 120_000);
afterAll(() => server.close());

async function listTotal(collection: string, filter: Record<string, unknown>): Promise<number> {
  const res = await server.request('GET', `/api/${collection}${listQuery({ filter, range: [0, 0] })}`, {
    token: admin,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return totalOf(res);
}

async function counts(collection: string, filter: Record<string, unknown>, token = admin) {
  return server.request<StatusCounts>('GET', `/api/${collection}/status-counts${listQuery({ filter })}`, {
    token,
  });
}

const CASES: Array<[StatusCountedCollection, Record<string, unknown>]> = [
  ['orders', {}],
  ['orders', { warehouseId: 1, total_gte: 5000 }],
  ['shipments', { warehouseId: 2 }],
  ['stock-transfers', {}],
  ['promotions', { q: 'a' }],
];

describe('status counts', () => {
  it.each(CASES)(
    '%s %j: each status counts what its tab lists, and all what the filter lists',
    async (collection, filter) => {
      const res = await counts(collection, filter);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body.byStatus).sort()).toEqual([...STATUS_COUNTED[collection]].sort());
      expect(res.body.all).toBe(await listTotal(collection, filter));
      for (const status of STATUS_COUNTED[collection])
        expect(res.body.byStatus[status], status).toBe(await listTotal(collection, { ...filter, status }));
      expect(res.body.all).toBeGreaterThan(0);
    },
  );

  it('leaves out the filter’s own status, so the tab that is chosen does not empty the others', async () => {
    const [all, paid] = await Promise.all([counts('orders', {}), counts('orders', { status: 'paid' })]);
    expect(paid.body).toEqual(all.body);
  });

  it('refuses a filter the list would refuse, and a role that may not list the collection', async () => {
    const bad = await counts('orders', { colour: 'red' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/colour/);
    const warehouse = await server.login('warehouse');
    expect((await counts('promotions', {}, warehouse)).status).toBe(403);
  });
});
