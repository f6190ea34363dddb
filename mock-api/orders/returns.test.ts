/** Returns (with and without restock) and refunds over HTTP; over-return and over-refund change nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderReturn, Refund, Shipment, StockMovement } from '../../src/domain/types';
import { listQuery, startTestServer, type TestServer } from '../test/harness';
import {
  addOrder,
  expectInvariants,
  levelOf,
  orderOf,
  poster,
  setOnHand,
  type OrderSpec,
  type PresentedOrder,
} from './testing';

const OWN = 1;
const OTHER = 2;
const [A, B] = [9, 10];

let server: TestServer;
let admin: string;
let warehouse: string;
const orders: Record<string, number> = {};

const FIXTURES: Record<string, OrderSpec> = {
  returned: {
    status: 'processing',
    warehouseId: OWN,
    lines: [
      [A, 3],
      [B, 2],
    ],
  },
  refunded: { status: 'processing', warehouseId: OWN, lines: [[A, 1]] },
  open: { status: 'processing', warehouseId: OWN, lines: [[A, 1]] },
  unpaid: { status: 'pending', warehouseId: OWN, lines: [[B, 1]] },
};

beforeAll(async () => {
  server = await startTestServer({
    prepare: (db) => {
      for (const product of [A, B]) setOnHand(db, product, OWN, 30);
      for (const [name, spec] of Object.entries(FIXTURES)) orders[name] = addOrder(db, spec).id;
    },
  });
  admin = await server.login('admin');
  warehouse = await server.login('warehouse');
  for (const name of ['returned', 'refunded']) await deliverAll(name);
});
afterAll(() => server.close());

const post = () => poster(server);
type ReturnResult = { return: OrderReturn; order: PresentedOrder };
type RefundResult = { refund: Refund; order: PresentedOrder };

/** Ships every line of the order in one parcel and has it delivered. */
async function deliverAll(name: string): Promise<void> {
  const order = await orderOf(server.db, orders[name]!);
  const items = order.items.map(({ productId, quantity }) => ({ productId, quantity }));
  const created = await post()<{ shipment: Shipment }>(warehouse, `/api/orders/${order.id}/shipments`, {
    carrier: 'DPD',
    trackingNumber: '01234567890123',
    items,
  });
  expect(created.status, created.body.message).toBe(201);
  for (const to of ['packed', 'shipped', 'delivered']) {
    expect(
      (await post()(warehouse, `/api/shipments/${created.body.shipment.id}/transitions`, { to })).status,
    ).toBe(200);
  }
  expect((await orderOf(server.db, order.id)).status).toBe('delivered');
}

const giveBack = (token: string, name: string, body: Record<string, unknown>) =>
  post()<ReturnResult>(token, `/api/orders/${orders[name]}/returns`, { reason: 'Did not fit', ...body });
const refund = (token: string, name: string, body: Record<string, unknown>) =>
  post()<RefundResult>(token, `/api/orders/${orders[name]}/refunds`, { reason: 'Goodwill', ...body });
const returnMovements = async (orderId: number) =>
  (await server.db.all<StockMovement>('stock-movements')).filter(
    (m) => m.orderId === orderId && m.reason === 'return',
  );

describe('returns', () => {
  it('restocks a returned line with a return movement at the order’s warehouse', async () => {
    const a0 = await levelOf(server.db, A, OWN);
    const res = await giveBack(warehouse, 'returned', {
      items: [{ productId: A, quantity: 1, restock: true }],
    });
    expect(res.status, res.body.message).toBe(201);
    expect(res.body.return).toMatchObject({
      orderId: orders.returned,
      reason: 'Did not fit',
      items: [{ productId: A, quantity: 1, restock: true, warehouseId: OWN }],
    });
    expect(res.body.order.status).toBe('partially_returned');
    expect(res.body.order.timeline.at(-1)).toMatchObject({
      from: 'delivered',
      to: 'partially_returned',
      reason: 'Did not fit',
    });
    expect(await levelOf(server.db, A, OWN)).toMatchObject({ onHand: a0.onHand + 1, reserved: a0.reserved });
    expect(
      (await returnMovements(orders.returned!)).map((m) => [m.productId, m.warehouseId, m.delta]),
    ).toEqual([[A, OWN, 1]]);
    await expectInvariants(server.db);
  });

  it('writes off a line that is not restocked: no movement, no stock change', async () => {
    const b0 = await levelOf(server.db, B, OWN);
    const res = await giveBack(warehouse, 'returned', {
      items: [{ productId: B, quantity: 2, restock: false }],
      reason: 'Damaged',
    });
    expect(res.status, res.body.message).toBe(201);
    expect(res.body.return.items).toEqual([{ productId: B, quantity: 2, restock: false, warehouseId: null }]);
    expect(res.body.order.status).toBe('partially_returned');
    expect(await levelOf(server.db, B, OWN)).toEqual(b0);
    expect(await returnMovements(orders.returned!)).toHaveLength(1);
    await expectInvariants(server.db);
  });

  it('never takes back more than was delivered and not yet returned: 422 with the numbers, nothing changed', async () => {
    const before = {
      order: await orderOf(server.db, orders.returned!),
      returns: await server.db.count('returns'),
      a: await levelOf(server.db, A, OWN),
    };
    const res = await giveBack(warehouse, 'returned', {
      items: [{ productId: A, quantity: 3, restock: true }],
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(
      /Only 2 of product \d+ were delivered and not yet returned; 3 requested/,
    );
    const gone = await giveBack(warehouse, 'returned', {
      items: [{ productId: B, quantity: 1, restock: false }],
    });
    expect(gone.status).toBe(422);
    expect({
      order: await orderOf(server.db, orders.returned!),
      returns: await server.db.count('returns'),
      a: await levelOf(server.db, A, OWN),
    }).toEqual(before);
  });

  it('validates the request: a reason, restock as a boolean, a known warehouse', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ reason: '', items: [{ productId: A, quantity: 1, restock: true }] }, ['reason']],
      [{ items: [{ productId: A, quantity: 1 }] }, ['items.0.restock']],
      [{ items: [{ productId: A, quantity: 1, restock: true, warehouseId: 999 }] }, ['items.0.warehouseId']],
      [{ items: [] }, ['items']],
    ];
    for (const [body, fields] of cases) {
      const res = await giveBack(warehouse, 'returned', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body.errors!).sort()).toEqual(fields);
    }
  });

  it('restocks into another warehouse when asked, and the order becomes returned when all is back', async () => {
    const other0 = await levelOf(server.db, A, OTHER);
    const res = await giveBack(warehouse, 'returned', {
      items: [{ productId: A, quantity: 2, restock: true, warehouseId: OTHER }],
    });
    expect(res.status, res.body.message).toBe(201);
    expect(res.body.order.status).toBe('returned');
    expect((await levelOf(server.db, A, OTHER)).onHand).toBe(other0.onHand + 2);
    const listed = await server.request<OrderReturn[]>(
      'GET',
      `/api/returns${listQuery({ filter: { orderId: orders.returned } })}`,
      { token: admin },
    );
    expect(listed.body.map((r) => r.items.reduce((sum, i) => sum + i.quantity, 0)).sort()).toEqual([1, 2, 2]);
    await expectInvariants(server.db);
  });

  it('refuses returns for orders not delivered, and for roles that may not record them', async () => {
    expect(
      (await giveBack(warehouse, 'returned', { items: [{ productId: A, quantity: 1, restock: false }] }))
        .status,
    ).toBe(409);
    expect(
      (await giveBack(warehouse, 'open', { items: [{ productId: A, quantity: 1, restock: false }] })).status,
    ).toBe(409);
    const manager = await server.login('manager');
    expect(
      (await giveBack(manager, 'refunded', { items: [{ productId: A, quantity: 1, restock: false }] }))
        .status,
    ).toBe(403);
  });
});

describe('refunds', () => {
  it('records a refund and shows paid, refunded and balance on the order', async () => {
    const order = await orderOf(server.db, orders.refunded!);
    const res = await refund(admin, 'refunded', { amount: 100 });
    expect(res.status, res.body.message).toBe(201);
    expect(res.body.refund).toMatchObject({ orderId: order.id, amount: 100, reason: 'Goodwill' });
    expect(res.body.order).toMatchObject({
      paidTotal: order.total,
      refundedTotal: 100,
      balance: order.total - 100,
    });
    const shown = await server.request<PresentedOrder>('GET', `/api/orders/${order.id}`, { token: admin });
    expect(shown.body.balance).toBe(order.total - 100);
  });

  it('never refunds more than paid minus refunded: 422 with the numbers, nothing changed', async () => {
    const order = await orderOf(server.db, orders.refunded!);
    const max = order.total - order.refundedTotal;
    const res = await refund(admin, 'refunded', { amount: max + 1 });
    expect(res.status).toBe(422);
    const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')} EUR`;
    expect(res.body.message).toContain(`At most ${euros(max)}`);
    expect(res.body.message).toContain(`${euros(max + 1)} requested`);
    expect(await orderOf(server.db, order.id)).toEqual(order);
    expect((await refund(admin, 'refunded', { amount: max })).body.order.balance).toBe(0);
    expect((await refund(admin, 'refunded', { amount: 1 })).status).toBe(422);
  });

  it('validates the amount and reason, and refuses unpaid orders and other roles', async () => {
    for (const body of [{ amount: 0 }, { amount: -5 }, { amount: 1.5 }, { amount: 1, reason: ' ' }]) {
      expect((await refund(admin, 'open', body)).status, JSON.stringify(body)).toBe(422);
    }
    expect((await refund(admin, 'unpaid', { amount: 1 })).status).toBe(409);
    expect((await refund(warehouse, 'open', { amount: 1 })).status).toBe(403);
    expect((await orderOf(server.db, orders.open!)).refundedTotal).toBe(0);
  });
});
