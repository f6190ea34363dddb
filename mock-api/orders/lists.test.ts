/** The orders list the console needs (late, q by customer, field filters) and the pick list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Order, OrderStatus, Shipment, ShippingMethod } from '../../src/domain/types';
import { listQuery, startTestServer, TEST_ANCHOR, totalOf, type TestServer } from '../test/harness';
import type { PickList } from './pickList';
import { addOrder, hoursBefore, poster, setOnHand, type OrderSpec, type PresentedOrder } from './testing';

const OWN = 1;
const [P1, P2] = [11, 12];
const SERVICE_LEVEL_HOURS = 48;
/** The definition, written out: paid before the cutoff and not fully shipped. */
const NOT_FULLY_SHIPPED: readonly OrderStatus[] = ['paid', 'processing', 'partially_shipped', 'on_hold'];

let server: TestServer;
let admin: string;
const orders: Record<string, number> = {};
let customer: Customer;

const FIXTURES: Record<string, OrderSpec> = {
  late: {
    status: 'processing',
    warehouseId: OWN,
    lines: [[P1, 1]],
    paidAt: hoursBefore(SERVICE_LEVEL_HOURS + 1),
  },
  onTime: {
    status: 'processing',
    warehouseId: OWN,
    lines: [[P1, 1]],
    paidAt: hoursBefore(SERVICE_LEVEL_HOURS - 1),
  },
  lateHeld: {
    status: 'on_hold',
    holdFrom: 'paid',
    warehouseId: OWN,
    lines: [[P1, 1]],
    paidAt: hoursBefore(72),
  },
  oldButShipped: { status: 'shipped', warehouseId: OWN, lines: [[P1, 1]], paidAt: hoursBefore(200) },
  oldButCancelled: { status: 'cancelled', warehouseId: OWN, lines: [[P1, 1]], paidAt: hoursBefore(200) },
  unpaid: { status: 'pending', warehouseId: OWN, lines: [[P1, 1]] },
  pickA: {
    status: 'processing',
    warehouseId: OWN,
    lines: [
      [P1, 2],
      [P2, 1],
    ],
  },
  pickB: { status: 'paid', warehouseId: OWN, lines: [[P1, 3]] },
};

beforeAll(async () => {
  server = await startTestServer({
    now: () => TEST_ANCHOR,
    prepare: (db) => {
      const at = TEST_ANCHOR.toISOString();
      customer = {
        id: Math.max(...db.customers.map((c) => c.id)) + 1,
        createdAt: at,
        updatedAt: at,
        version: 1,
        firstName: 'Zyxwert',
        lastName: 'Quonk',
        email: 'z.quonk@example.org',
        phone: '',
        address: {
          name: 'Zyxwert Quonk',
          street: 'Weg 1',
          postalCode: '20095',
          city: 'Hamburg',
          country: 'DE',
        },
      };
      db.customers.push(customer);
      for (const [name, spec] of Object.entries(FIXTURES))
        orders[name] = addOrder(db, { ...spec, customerId: customer.id }).id;
      for (const [productId, bin] of [
        [P1, 'A-01-02'],
        [P2, 'A-01-10'],
      ] as const) {
        setOnHand(db, productId, OWN, 50);
        db['stock-levels'].find((l) => l.productId === productId && l.warehouseId === OWN)!.binLocation = bin;
      }
    },
  });
  admin = await server.login('admin');
});
afterAll(() => server.close());

async function list(filter: Record<string, unknown>, sort: [string, string] = ['id', 'ASC']) {
  const res = await server.request<PresentedOrder[]>(
    'GET',
    `/api/orders${listQuery({ filter, sort, range: [0, 4999] })}`,
    { token: admin },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}
const allOrders = async () => await server.db.all<Order>('orders');
const idsOf = (rows: readonly { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

describe('late orders', () => {
  const cutoff = new Date(TEST_ANCHOR.getTime() - SERVICE_LEVEL_HOURS * 3_600_000).toISOString();
  const isLate = (o: Order) => o.paidAt !== null && o.paidAt < cutoff && NOT_FULLY_SHIPPED.includes(o.status);

  it('filters late:true and late:false by the service level, and shows late on each order', async () => {
    const late = await list({ late: true });
    expect(idsOf(late.body)).toEqual(idsOf((await allOrders()).filter(isLate)));
    expect(idsOf(late.body)).toEqual(expect.arrayContaining([orders.late, orders.lateHeld]));
    for (const name of ['onTime', 'oldButShipped', 'oldButCancelled', 'unpaid'])
      expect(idsOf(late.body)).not.toContain(orders[name]);
    expect(late.body.every((o) => o.late === true)).toBe(true);
    const onTime = await list({ late: 'false' });
    expect(totalOf(onTime) + totalOf(late)).toBe((await allOrders()).length);
    expect(onTime.body.every((o) => o.late === false)).toBe(true);
  });

  it('refuses a late filter that is not a boolean', async () => {
    const res = await server.request('GET', `/api/orders${listQuery({ filter: { late: 'soon' } })}`, {
      token: admin,
    });
    expect(res.status).toBe(400);
  });

  it('holds orders to their shipping method’s promise, and orders without one to the configured default', async () => {
    let between = 0;
    const strict = await startTestServer({
      now: () => TEST_ANCHOR,
      config: { serviceLevelHours: 24 },
      // Paid 30 hours ago: late under a 24-hour service level, not under the default 48.
      prepare: (db) =>
        (between = addOrder(db, {
          status: 'paid',
          warehouseId: OWN,
          lines: [[P1, 1]],
          paidAt: hoursBefore(30),
        }).id),
    });
    try {
      const token = await strict.login('admin');
      const res = await strict.request<PresentedOrder[]>(
        'GET',
        `/api/orders${listQuery({ filter: { late: true }, range: [0, 4999] })}`,
        { token },
      );
      const promise = new Map(
        (await strict.db.all<ShippingMethod>('shipping-methods')).map((m) => [m.id, m.dispatchHours]),
      );
      const cutoffOf = (o: Order) =>
        new Date(
          TEST_ANCHOR.getTime() -
            (o.shippingMethodId === null ? 24 : promise.get(o.shippingMethodId)!) * 3_600_000,
        ).toISOString();
      const expected = (await strict.db.all<Order>('orders')).filter(
        (o) => o.paidAt !== null && o.paidAt < cutoffOf(o) && NOT_FULLY_SHIPPED.includes(o.status),
      );
      expect(expected.some((o) => o.shippingMethodId !== null)).toBe(true);
      expect(idsOf(res.body)).toEqual(idsOf(expected));
      expect(idsOf(res.body)).toContain(between);
    } finally {
      await strict.close();
    }
  });
});

describe('searching and filtering orders', () => {
  it('q matches the customer’s name and e-mail as well as the order number, ignoring case', async () => {
    const mine = idsOf(Object.values(orders).map((id) => ({ id })));
    for (const q of ['zyxwert q', 'QUONK', 'z.quonk@example'])
      expect(idsOf((await list({ q })).body), q).toEqual(mine);
    const number = (await allOrders()).find((o) => o.id === orders.pickA)!.number;
    expect(idsOf((await list({ q: number.toLowerCase() })).body)).toEqual([orders.pickA]);
  });

  it('combines status, date and total ranges, customer, warehouse and promotion filters', async () => {
    const sample = (await allOrders()).find((o) => o.promotionIds.length > 0)!;
    const filter = {
      status: ['delivered', 'processing', 'on_hold'],
      placedAt_gte: '2026-05-01T00:00:00.000Z',
      placedAt_lte: TEST_ANCHOR.toISOString(),
      total_gte: 1000,
      warehouseId: OWN,
    };
    const expected = (await allOrders()).filter(
      (o) =>
        filter.status.includes(o.status) &&
        o.placedAt >= filter.placedAt_gte &&
        o.placedAt <= filter.placedAt_lte &&
        o.total >= filter.total_gte &&
        o.warehouseId === OWN,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf((await list(filter)).body)).toEqual(idsOf(expected));
    expect(idsOf((await list({ customerId: customer.id })).body)).toEqual(
      idsOf(Object.values(orders).map((id) => ({ id }))),
    );
    const promoted = await list({ promotionIds: sample.promotionIds[0] });
    expect(idsOf(promoted.body)).toEqual(
      idsOf((await allOrders()).filter((o) => o.promotionIds.includes(sample.promotionIds[0]!))),
    );
  });

  it('sorts by placement date', async () => {
    const res = await list({ status: 'delivered' }, ['placedAt', 'DESC']);
    const dates = res.body.map((o) => o.placedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('pick list', () => {
  it('groups what is still to pick by warehouse and bin, with order numbers and quantities', async () => {
    // One unit of pickB's P1 is on a parcel: still on the shelf until the parcel is packed.
    const parcel = await poster(server)<{ shipment: Shipment }>(
      admin,
      `/api/orders/${orders.pickB}/shipments`,
      {
        carrier: 'Hermes',
        trackingNumber: '12345678901234',
        items: [{ productId: P1, quantity: 1 }],
      },
    );
    expect(parcel.status).toBe(201);
    const pickB = async () => {
      const list = await server.request<PickList>('GET', `/api/pick-list?orderIds=[${orders.pickB}]`, {
        token: admin,
      });
      return list.body.warehouses.flatMap((w) => w.bins.flatMap((bin) => bin.lines));
    };
    expect((await pickB()).find((line) => line.productId === P1)?.quantity).toBe(3);
    const packed = await poster(server)(admin, `/api/shipments/${parcel.body.shipment.id}/transitions`, {
      to: 'packed',
    });
    expect(packed.status).toBe(200);
    expect((await pickB()).find((line) => line.productId === P1)?.quantity).toBe(2);
    const res = await server.request<PickList>(
      'GET',
      `/api/pick-list?orderIds=${JSON.stringify([orders.pickA, orders.pickB])}`,
      { token: admin },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const all = await allOrders();
    const numberOf = (name: string) => all.find((o) => o.id === orders[name])!.number;
    expect(res.body.orderCount).toBe(2);
    expect(res.body.warehouses).toHaveLength(1);
    expect(res.body.warehouses[0]).toMatchObject({ warehouseId: OWN });
    expect(res.body.warehouses[0]!.bins.map((b) => b.binLocation)).toEqual(['A-01-02', 'A-01-10']);
    const [first, second] = res.body.warehouses[0]!.bins;
    expect(first!.lines).toEqual([
      expect.objectContaining({
        productId: P1,
        quantity: 4,
        orders: [
          { orderId: orders.pickA, number: numberOf('pickA'), quantity: 2 },
          { orderId: orders.pickB, number: numberOf('pickB'), quantity: 2 },
        ],
      }),
    ]);
    expect(second!.lines).toEqual([expect.objectContaining({ productId: P2, quantity: 1 })]);
  });

  it('lists every paid or processing order of a warehouse', async () => {
    const res = await server.request<PickList>('GET', `/api/pick-list?warehouseId=${OWN}`, { token: admin });
    expect(res.status).toBe(200);
    const listed = new Set(
      res.body.warehouses.flatMap((w) =>
        w.bins.flatMap((b) => b.lines.flatMap((l) => l.orders.map((o) => o.orderId))),
      ),
    );
    expect(listed.has(orders.pickA!)).toBe(true);
    expect(listed.has(orders.unpaid!)).toBe(false);
    expect(listed.has(orders.lateHeld!)).toBe(false);
    for (const id of listed) {
      const order = (await allOrders()).find((o) => o.id === id)!;
      expect(order.warehouseId).toBe(OWN);
      expect(['paid', 'processing', 'partially_shipped']).toContain(order.status);
    }
  });

  it('refuses orders with nothing to pick, unknown orders and missing parameters', async () => {
    const get = (query: string) => server.request('GET', `/api/pick-list${query}`, { token: admin });
    expect((await get(`?orderIds=${JSON.stringify([orders.lateHeld])}`)).status).toBe(422);
    expect((await get(`?orderIds=${JSON.stringify([999999])}`)).status).toBe(404);
    expect((await get('')).status).toBe(400);
    expect((await get('?orderIds=oops')).status).toBe(400);
    expect((await get(`?warehouseId=${OWN}&orderIds=[1]`)).status).toBe(400);
  });
});
