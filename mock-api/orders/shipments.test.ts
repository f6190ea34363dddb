/**
 * Shipments over HTTP: stock and reservations through create, ship, split,
 * cross-warehouse and cancel; refusals that change nothing; concurrency;
 * status transitions per role and in bulk. Invariants after every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, Shipment, StockMovement } from '../../src/domain/types';
import { startTestServer, type TestServer } from '../test/harness';
import { addOrder, expectInvariants, levelOf, orderOf, poster, setOnHand, type OrderSpec } from './testing';

const OWN = 1;
const OTHER = 2;
const [A, B, C, D] = [5, 6, 7, 8];

let server: TestServer;
let admin: string;
let warehouse: string;
const orders: Record<string, number> = {};
let serial = 0;

/** A valid DHL parcel number, different every call. */
const tracking = () => String(100_000_000_000 + ++serial);

const FIXTURES: Record<string, OrderSpec> = {
  lifecycle: {
    status: 'processing',
    warehouseId: OWN,
    lines: [
      [A, 3],
      [B, 2],
    ],
  },
  split: {
    status: 'paid',
    warehouseId: OWN,
    lines: [
      [A, 4],
      [B, 1],
    ],
  },
  crossWarehouse: { status: 'processing', warehouseId: OWN, lines: [[C, 2]] },
  /** Holds most of C at the other warehouse, so little is available there. */
  otherWarehouseCustomer: { status: 'paid', warehouseId: OTHER, lines: [[C, 4]] },
  refusals: {
    status: 'processing',
    warehouseId: OWN,
    lines: [
      [A, 2],
      [D, 3],
    ],
  },
  concurrent: { status: 'processing', warehouseId: OWN, lines: [[B, 3]] },
  concurrentShip: { status: 'processing', warehouseId: OWN, lines: [[B, 3]] },
  held: { status: 'on_hold', holdFrom: 'processing', warehouseId: OWN, lines: [[A, 1]] },
  unpaid: { status: 'pending', warehouseId: OWN, lines: [[A, 1]] },
  bulk1: { status: 'processing', warehouseId: OWN, lines: [[A, 1]] },
  bulk2: { status: 'processing', warehouseId: OWN, lines: [[B, 1]] },
  roles: { status: 'processing', warehouseId: OWN, lines: [[A, 2]] },
  cancelled: { status: 'processing', warehouseId: OWN, lines: [[B, 2]] },
  scoped: { status: 'processing', warehouseId: OWN, lines: [[C, 1]] },
};

beforeAll(async () => {
  server = await startTestServer({
    prepare: (db) => {
      for (const product of [A, B, C]) setOnHand(db, product, OWN, 40);
      setOnHand(db, D, OWN, 1);
      for (const [name, spec] of Object.entries(FIXTURES)) orders[name] = addOrder(db, spec).id;
      // Exactly one unit of C at the other warehouse is not reserved for its own orders.
      const otherC = db['stock-levels'].find((l) => l.productId === C && l.warehouseId === OTHER)!;
      setOnHand(db, C, OTHER, otherC.reserved + 1);
      // Warehouse staff in this test work in the first warehouse only.
      db.users.find((u) => u.username === 'warehouse')!.warehouseIds = [OWN];
    },
  });
  admin = await server.login('admin');
  warehouse = await server.login('warehouse');
});
afterAll(() => server.close());

type Created = { shipment: Shipment; order: Order };
const post = () => poster(server);
const create = (token: string, order: string, body: Record<string, unknown>) =>
  post()<Created>(token, `/api/orders/${orders[order]}/shipments`, {
    carrier: 'DHL',
    trackingNumber: tracking(),
    ...body,
  });
const advance = (token: string, shipmentId: number, to: string) =>
  post()<Created>(token, `/api/shipments/${shipmentId}/transitions`, { to });
const level = async (productId: number, warehouseId = OWN) =>
  await levelOf(server.db, productId, warehouseId);
const shipmentCount = async () => await server.db.count('shipments');

async function walk(token: string, shipmentId: number, ...steps: string[]): Promise<Created> {
  let last: Created | undefined;
  for (const to of steps) {
    const res = await advance(token, shipmentId, to);
    expect(res.status, `${to}: ${res.body.message}`).toBe(200);
    await expectInvariants(server.db);
    last = res.body;
  }
  return last!;
}

describe('one shipment through its life', () => {
  it('reserves nothing new on create, takes stock and releases the reservation on ship, delivers the order', async () => {
    const [a0, b0] = [await level(A), await level(B)];
    const res = await create(warehouse, 'lifecycle', {
      items: [
        { productId: A, quantity: 3 },
        { productId: B, quantity: 2 },
      ],
    });
    expect(res.status, res.body.message).toBe(201);
    expect(res.body.shipment).toMatchObject({ status: 'pending', warehouseId: OWN, shippedAt: null });
    expect([await level(A), await level(B)]).toEqual([a0, b0]);
    await expectInvariants(server.db);

    const id = res.body.shipment.id;
    await walk(warehouse, id, 'packed');
    const shipped = await walk(warehouse, id, 'shipped');
    expect(shipped.order).toMatchObject({ status: 'shipped', shippedAt: shipped.shipment.shippedAt });
    expect(await level(A)).toMatchObject({ onHand: a0.onHand - 3, reserved: a0.reserved - 3 });
    expect(await level(B)).toMatchObject({ onHand: b0.onHand - 2, reserved: b0.reserved - 2 });
    const movements = (await server.db.all<StockMovement>('stock-movements')).filter(
      (m) => m.shipmentId === id,
    );
    expect(movements.map((m) => [m.productId, m.delta, m.reason, m.orderId])).toEqual([
      [A, -3, 'shipment', orders.lifecycle],
      [B, -2, 'shipment', orders.lifecycle],
    ]);

    await walk(warehouse, id, 'in_transit');
    const delivered = await walk(warehouse, id, 'delivered');
    expect(delivered.order).toMatchObject({
      status: 'delivered',
      deliveredAt: delivered.shipment.deliveredAt,
    });
    expect(delivered.order.timeline.map((e) => e.to).slice(-2)).toEqual(['shipped', 'delivered']);
  });
});

describe('split shipments', () => {
  it('moves a paid order to processing, then partially shipped, shipped, and delivered only when every parcel is', async () => {
    const first = await create(warehouse, 'split', { items: [{ productId: A, quantity: 2 }] });
    expect(first.status).toBe(201);
    expect(first.body.order.status).toBe('processing');
    const a0 = await level(A);
    const afterFirst = await walk(warehouse, first.body.shipment.id, 'packed', 'shipped');
    expect(afterFirst.order.status).toBe('partially_shipped');
    expect(await level(A)).toMatchObject({ onHand: a0.onHand - 2, reserved: a0.reserved - 2 });

    const second = await create(warehouse, 'split', {
      items: [
        { productId: A, quantity: 2 },
        { productId: B, quantity: 1 },
      ],
    });
    expect(second.status, second.body.message).toBe(201);
    const afterSecond = await walk(warehouse, second.body.shipment.id, 'packed', 'shipped');
    expect(afterSecond.order.status).toBe('shipped');
    expect(afterSecond.order.shippedAt).toBe(afterFirst.order.shippedAt);

    expect((await walk(warehouse, first.body.shipment.id, 'delivered')).order.status).toBe('shipped');
    expect((await walk(warehouse, second.body.shipment.id, 'delivered')).order.status).toBe('delivered');
  });
});

describe('shipping from another warehouse', () => {
  it('takes stock there and releases the reservation at the order’s own warehouse', async () => {
    const [own0, other0] = [await level(C, OWN), await level(C, OTHER)];
    const res = await create(admin, 'crossWarehouse', {
      warehouseId: OTHER,
      items: [{ productId: C, quantity: 1 }],
    });
    expect(res.status, res.body.message).toBe(201);
    await walk(admin, res.body.shipment.id, 'packed', 'shipped');
    expect(await level(C, OTHER)).toMatchObject({ onHand: other0.onHand - 1, reserved: other0.reserved });
    expect(await level(C, OWN)).toMatchObject({ onHand: own0.onHand, reserved: own0.reserved - 1 });
  });

  it('never takes units reserved for that warehouse’s own orders: 422 with the numbers', async () => {
    const other = await level(C, OTHER);
    expect(other.onHand - other.reserved).toBe(0);
    const res = await create(admin, 'crossWarehouse', {
      warehouseId: OTHER,
      items: [{ productId: C, quantity: 1 }],
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain(`${other.onHand} on hand`);
    expect(res.body.message).toContain(`${other.reserved} reserved`);
    expect(Object.keys(res.body.errors!)).toEqual(['items.0.quantity']);
  });

  it('lets warehouse staff ship only from their own warehouses', async () => {
    const before = await shipmentCount();
    const res = await create(warehouse, 'scoped', {
      warehouseId: OTHER,
      items: [{ productId: C, quantity: 1 }],
    });
    expect(res.status).toBe(403);
    expect(await shipmentCount()).toBe(before);
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['more than ordered', [{ productId: A, quantity: 3 }], 'items.0.quantity'],
    ['a product not in the order', [{ productId: B, quantity: 1 }], 'items.0.productId'],
    [
      'the same product twice',
      [
        { productId: A, quantity: 1 },
        { productId: A, quantity: 1 },
      ],
      'items.1.productId',
    ],
    ['a zero quantity', [{ productId: A, quantity: 0 }], 'items.0.quantity'],
    ['more than is on hand', [{ productId: D, quantity: 3 }], 'items.0.quantity'],
    ['no lines', [], 'items'],
  ])('%s', async (_label, items, field) => {
    const before = {
      order: await orderOf(server.db, orders.refusals!),
      shipments: await shipmentCount(),
      a: await level(A),
      d: await level(D),
    };
    const res = await create(warehouse, 'refusals', { items });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors!)).toEqual([field]);
    expect({
      order: await orderOf(server.db, orders.refusals!),
      shipments: await shipmentCount(),
      a: await level(A),
      d: await level(D),
    }).toEqual(before);
  });

  it('reports over-shipment and short stock with the numbers', async () => {
    const over = await create(warehouse, 'refusals', { items: [{ productId: A, quantity: 5 }] });
    expect(over.body.message).toMatch(/Only 2 of product \d+ are still to ship; 5 requested/);
    const short = await create(warehouse, 'refusals', { items: [{ productId: D, quantity: 2 }] });
    expect(short.body.message).toContain(`has only 1 of`);
    expect(short.body.message).toContain('2 requested');
  });

  it('checks tracking numbers against the carrier’s format, accepting pasted spacing', async () => {
    const bad = await create(warehouse, 'refusals', {
      carrier: 'UPS',
      trackingNumber: '123456789012',
      items: [{ productId: A, quantity: 1 }],
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors!)).toEqual(['trackingNumber']);
    const unknown = await create(warehouse, 'refusals', {
      carrier: 'FedEx',
      items: [{ productId: A, quantity: 1 }],
    });
    expect(Object.keys(unknown.body.errors!)).toEqual(['carrier']);
    const ok = await create(warehouse, 'refusals', {
      carrier: 'UPS',
      trackingNumber: '1z 999 aa1 01 2345 6784',
      items: [{ productId: A, quantity: 1 }],
    });
    expect(ok.status, ok.body.message).toBe(201);
    expect(ok.body.shipment.trackingNumber).toBe('1Z999AA10123456784');
  });

  it('refuses shipments for unpaid and held orders, and packing or shipping while on hold', async () => {
    for (const name of ['unpaid', 'held']) {
      const res = await create(admin, name, { items: [{ productId: A, quantity: 1 }] });
      expect(res.status, name).toBe(409);
    }
    const created = await create(admin, 'roles', { items: [{ productId: A, quantity: 1 }] });
    await post()(admin, `/api/orders/${orders.roles}/transitions`, {
      to: 'on_hold',
      reason: 'Payment review',
    });
    const packing = await advance(admin, created.body.shipment.id, 'packed');
    expect(packing.status).toBe(409);
    expect(packing.body.message).toContain('on hold');
    await post()(admin, `/api/orders/${orders.roles}/transitions`, { to: 'processing' });
  });
});

describe('concurrency', () => {
  it('ten concurrent shipment requests for the same lines never exceed what was ordered', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        create(warehouse, 'concurrent', { items: [{ productId: B, quantity: 1 }] }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 422)).toHaveLength(7);
    await expectInvariants(server.db);
  });

  it('ten concurrent full shipments: one is created, and shipping it takes the stock once', async () => {
    const b0 = await level(B);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        create(warehouse, 'concurrentShip', { items: [{ productId: B, quantity: 3 }] }),
      ),
    );
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    const id = created[0]!.body.shipment.id;
    await walk(warehouse, id, 'packed');
    const shipping = await Promise.all(Array.from({ length: 10 }, () => advance(warehouse, id, 'shipped')));
    expect(shipping.filter((r) => r.status === 200)).toHaveLength(1);
    expect(await level(B)).toMatchObject({ onHand: b0.onHand - 3, reserved: b0.reserved - 3 });
    await expectInvariants(server.db);
  });
});

describe('shipment transitions', () => {
  it('refuses an illegal step with 409 naming the allowed ones, and read-only roles with 403', async () => {
    const created = await create(warehouse, 'roles', { items: [{ productId: A, quantity: 1 }] });
    const id = created.body.shipment.id;
    const skip = await advance(warehouse, id, 'delivered');
    expect(skip.status).toBe(409);
    expect(skip.body.message).toContain('Allowed next: Packed, Cancelled.');
    for (const role of ['manager', 'merchandiser']) {
      const res = await advance(await server.login(role), id, 'packed');
      expect(res.status, role).toBe(403);
    }
    expect((await server.db.get<Shipment>('shipments', id))!.status).toBe('pending');
  });

  it('a cancelled parcel frees its lines for a new one and never touched stock', async () => {
    const b0 = await level(B);
    const first = await create(warehouse, 'cancelled', { items: [{ productId: B, quantity: 2 }] });
    expect((await create(warehouse, 'cancelled', { items: [{ productId: B, quantity: 1 }] })).status).toBe(
      422,
    );
    await walk(warehouse, first.body.shipment.id, 'packed', 'cancelled');
    expect(await level(B)).toEqual(b0);
    expect((await create(warehouse, 'cancelled', { items: [{ productId: B, quantity: 2 }] })).status).toBe(
      201,
    );
    expect((await advance(warehouse, first.body.shipment.id, 'packed')).status).toBe(409);
  });

  it('bulk: all or nothing, with a reason per refused shipment', async () => {
    const one = await create(warehouse, 'bulk1', { items: [{ productId: A, quantity: 1 }] });
    const two = await create(warehouse, 'bulk2', { items: [{ productId: B, quantity: 1 }] });
    const [id1, id2] = [one.body.shipment.id, two.body.shipment.id];
    await walk(warehouse, id1, 'packed');
    const [a0, b0] = [await level(A), await level(B)];
    const refused = await post()(warehouse, '/api/shipments/bulk-transition', {
      ids: [id1, id2, 999999],
      to: 'shipped',
    });
    expect(refused.status).toBe(409);
    expect(Object.keys(refused.body.errors!).sort()).toEqual([String(id2), '999999'].sort());
    expect((await server.db.get<Shipment>('shipments', id1))!.status).toBe('packed');
    expect([await level(A), await level(B)]).toEqual([a0, b0]);

    expect(
      (await post()(warehouse, '/api/shipments/bulk-transition', { ids: [id2], to: 'packed' })).status,
    ).toBe(200);
    const done = await post()<{ shipments: Shipment[] }>(warehouse, '/api/shipments/bulk-transition', {
      ids: [id1, id2],
      to: 'shipped',
    });
    expect(done.status, done.body.message).toBe(200);
    expect(done.body.shipments.map((s) => s.status)).toEqual(['shipped', 'shipped']);
    expect(await level(A)).toMatchObject({ onHand: a0.onHand - 1, reserved: a0.reserved - 1 });
    expect(await level(B)).toMatchObject({ onHand: b0.onHand - 1, reserved: b0.reserved - 1 });
    expect((await orderOf(server.db, orders.bulk1!)).status).toBe('shipped');
    await expectInvariants(server.db);
  });

  it('bulk: refuses malformed requests with 422', async () => {
    for (const body of [
      { ids: [], to: 'packed' },
      { ids: [1, 1], to: 'packed' },
      { ids: [1], to: 'lost' },
      { to: 'packed' },
    ]) {
      expect(
        (await post()(warehouse, '/api/shipments/bulk-transition', body)).status,
        JSON.stringify(body),
      ).toBe(422);
    }
  });

  it('orders and shipments cannot be written through the generic REST routes', async () => {
    expect((await post()(admin, '/api/shipments', { orderId: orders.lifecycle })).status).toBe(405);
    const put = await server.request('PUT', `/api/orders/${orders.lifecycle}`, {
      token: admin,
      body: { status: 'paid' },
    });
    expect(put.status).toBe(405);
  });
});
