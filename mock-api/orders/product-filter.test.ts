/** Orders can be listed by a product in their lines, as the product page and drill-downs need. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';
import type { Order } from '../../src/domain/types';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('lists the open orders that contain a product, and only those', async () => {
  const token = await server.login('merchandiser');
  const open = ['pending', 'paid', 'processing', 'partially_shipped', 'on_hold'];
  const orders = await server.db.all<Order>('orders');
  const productId = orders.find((o) => open.includes(o.status))!.items[0]!.productId;
  const expected = orders.filter(
    (o) => open.includes(o.status) && o.items.some((i) => i.productId === productId),
  );
  const res = await server.request<Order[]>(
    'GET',
    `/api/orders${listQuery({ filter: { productId, status: open }, range: [0, 999] })}`,
    { token },
  );
  expect(res.status).toBe(200);
  expect(totalOf(res)).toBe(expected.length);
  expect(res.body.map((o) => o.id).sort()).toEqual(expected.map((o) => o.id).sort());
});
