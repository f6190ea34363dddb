/** The transfer lifecycle over HTTP: draft, dispatch, partial receipt, cancellation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness';
import { ledgerViolations } from '../test/invariants';
import type { StockLevel, StockMovement, StockTransfer } from '../../src/domain/types';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login('warehouse');
  const admin = await server.login('admin');
  // Known stock to move: 20 units of products 1 and 2 in warehouse 1.
  for (const productId of [1, 2]) {
    const level = (await server.db.all<StockLevel>('stock-levels')).find(
      (l) => l.productId === productId && l.warehouseId === 1,
    )!;
    await server.request('POST', '/api/stock-adjustments', {
      token: admin,
      body: { productId, warehouseId: 1, reason: 'count', countedQuantity: 20 + level.reserved },
    });
  }
});
afterAll(() => server.close());

const onHand = async (productId: number, warehouseId: number) =>
  (await server.db.all<StockLevel>('stock-levels')).find(
    (l) => l.productId === productId && l.warehouseId === warehouseId,
  )!.onHand;
const post = <T = StockTransfer>(path: string, body: unknown = {}) =>
  server.request<T>('POST', path, { token, body });

async function draft(
  items = [
    { productId: 1, quantity: 5 },
    { productId: 2, quantity: 3 },
  ],
) {
  const res = await post('/api/stock-transfers', {
    fromWarehouseId: 1,
    toWarehouseId: 2,
    items,
    note: 'Umlagerung',
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('stock transfers', () => {
  it('validates a draft: different warehouses, known products, positive quantities, one line per product', async () => {
    const res = await post<{ errors: Record<string, string> }>('/api/stock-transfers', {
      fromWarehouseId: 1,
      toWarehouseId: 1,
      items: [
        { productId: 1, quantity: 0 },
        { productId: 1, quantity: 2 },
        { productId: 99999, quantity: 1 },
      ],
    });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'items.0.quantity',
      'items.1.productId',
      'items.2.productId',
      'toWarehouseId',
    ]);
  });

  it('dispatches out of the source and receives into the destination, recording a shortfall as loss', async () => {
    const t = await draft();
    expect(t).toMatchObject({ status: 'draft', number: expect.stringMatching(/^TR-\d{5}$/) });
    const [src1, dst1, dst2] = [await onHand(1, 1), await onHand(1, 2), await onHand(2, 2)];
    const incoming = async () =>
      (
        await server.request<Array<{ inTransitIn: number }>>(
          'GET',
          `/api/stock-levels?filter=${encodeURIComponent(JSON.stringify({ productId: 1, warehouseId: 2 }))}`,
          { token },
        )
      ).body[0]!.inTransitIn;
    const alreadyIncoming = await incoming();
    const sent = await post(`/api/stock-transfers/${t.id}/dispatch`);
    expect(sent.body.status).toBe('in_transit');
    expect(await onHand(1, 1)).toBe(src1 - 5);
    expect(await incoming()).toBe(alreadyIncoming + 5);
    expect(
      (await server.request('PUT', `/api/stock-transfers/${t.id}`, { token, body: { note: 'x' } })).status,
    ).toBe(409);

    const noReason = await post<{ errors: Record<string, string> }>(`/api/stock-transfers/${t.id}/receive`, {
      items: [{ productId: 2, receivedQuantity: 2 }],
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors.shortfallReason).toBeTruthy();
    const tooMany = await post(`/api/stock-transfers/${t.id}/receive`, {
      items: [{ productId: 2, receivedQuantity: 4 }],
    });
    expect(tooMany.status).toBe(422);

    const got = await post(`/api/stock-transfers/${t.id}/receive`, {
      items: [{ productId: 2, receivedQuantity: 2 }],
      shortfallReason: 'Karton beschädigt',
    });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ status: 'received', shortfallReason: 'Karton beschädigt' });
    expect(await onHand(1, 2)).toBe(dst1 + 5);
    expect(await onHand(2, 2)).toBe(dst2 + 2);
    const losses = (await server.db.all<StockMovement>('stock-movements')).filter(
      (m) => m.transferId === t.id && m.reason === 'loss',
    );
    expect(losses).toEqual([expect.objectContaining({ productId: 2, warehouseId: 2, delta: -1 })]);
    expect((await post(`/api/stock-transfers/${t.id}/cancel`)).status).toBe(409);
    expect(await ledgerViolations(server.db)).toEqual([]);
  });

  it('returns the goods to the source when a transfer in transit is cancelled', async () => {
    const t = await draft([{ productId: 1, quantity: 4 }]);
    const before = await onHand(1, 1);
    await post(`/api/stock-transfers/${t.id}/dispatch`);
    expect(await onHand(1, 1)).toBe(before - 4);
    const cancelled = await post(`/api/stock-transfers/${t.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await onHand(1, 1)).toBe(before);
    expect(await ledgerViolations(server.db)).toEqual([]);
  });

  it('refuses to dispatch more than the source has, changing nothing', async () => {
    const t = await draft([
      { productId: 1, quantity: 3 },
      { productId: 2, quantity: 100_000 },
    ]);
    const before = [await onHand(1, 1), await onHand(2, 1)];
    const res = await post<{ message: string }>(`/api/stock-transfers/${t.id}/dispatch`);
    expect(res.status).toBe(422);
    expect([await onHand(1, 1), await onHand(2, 1)]).toEqual(before);
    expect((await server.db.get<StockTransfer>('stock-transfers', t.id))!.status).toBe('draft');
  });
});
