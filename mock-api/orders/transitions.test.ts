/**
 * Manual order transitions over HTTP: every status × every target × every
 * role, against the table the issue promised (written out here, not taken
 * from the code under test), with reservations checked after each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/permissions';
import {
  ORDER_STATUSES,
  type AuditEntry,
  type Order,
  type OrderStatus,
  type Shipment,
} from '../../src/domain/types';
import { LABELS_EN } from '../../src/domain/messages/labels';
import { listQuery, startTestServer, type TestServer } from '../test/harness';
import {
  addOrder,
  expectInvariants,
  levelOf,
  orderOf,
  poster,
  setOnHand,
  type PresentedOrder,
} from './testing';

/** A starting state: a status, and for on_hold where the hold began. */
type Start = OrderStatus | 'on_hold<paid' | 'on_hold<processing';

/** The table: who may move an order from each state to where. */
const PROMISED: Partial<Record<Start, Partial<Record<OrderStatus, readonly Role[]>>>> = {
  pending: { paid: ['admin'], cancelled: ['admin'] },
  paid: { processing: ['admin', 'warehouse'], on_hold: ['admin', 'warehouse'], cancelled: ['admin'] },
  processing: { on_hold: ['admin', 'warehouse'], cancelled: ['admin'] },
  'on_hold<paid': { paid: ['admin', 'warehouse'], cancelled: ['admin'] },
  'on_hold<processing': { processing: ['admin', 'warehouse'], cancelled: ['admin'] },
};
const NEEDS_REASON: readonly OrderStatus[] = ['on_hold', 'cancelled'];
const FIXTURE_STARTS: readonly Start[] = [
  'pending',
  'paid',
  'processing',
  'on_hold<paid',
  'on_hold<processing',
  'cancelled',
];
/** Statuses the tiny seed already has orders in; refusals leave them untouched. */
const SEEDED_STARTS: readonly Start[] = [
  'partially_shipped',
  'shipped',
  'delivered',
  'partially_returned',
  'returned',
];
const LINES = [
  [3, 2],
  [4, 1],
] as const;
const WAREHOUSE = 1;

let server: TestServer;
const tokens = {} as Record<Role, string>;
const pool = new Map<Start, number[]>();
const post = () => poster(server);

function statusOf(start: Start): { status: OrderStatus; holdFrom: OrderStatus | null } {
  if (start === 'on_hold<paid') return { status: 'on_hold', holdFrom: 'paid' };
  if (start === 'on_hold<processing') return { status: 'on_hold', holdFrom: 'processing' };
  return { status: start, holdFrom: null };
}

/** A fresh order in `start` that no other test has touched. */
async function take(start: Start): Promise<Order> {
  const ids = pool.get(start);
  const id = FIXTURE_STARTS.includes(start) ? ids?.pop() : ids?.[0];
  if (id === undefined) throw new Error(`no order left in ${start}`);
  return await orderOf(server.db, id);
}

beforeAll(async () => {
  server = await startTestServer({
    prepare: (db) => {
      for (const [productId] of LINES) setOnHand(db, productId, WAREHOUSE, 500);
      for (const start of FIXTURE_STARTS) {
        const ids = Array.from(
          { length: 50 },
          () => addOrder(db, { ...statusOf(start), warehouseId: WAREHOUSE, lines: LINES }).id,
        );
        pool.set(start, ids);
      }
      for (const start of SEEDED_STARTS)
        pool.set(
          start,
          db.orders.filter((o) => o.status === start).map((o) => o.id),
        );
    },
  });
  for (const role of ROLES) tokens[role] = await server.login(role);
});
afterAll(() => server.close());

const ALL_STARTS = [...FIXTURE_STARTS, ...SEEDED_STARTS];

describe.each(ROLES)('order transitions as %s', (role) => {
  it.each(ALL_STARTS)(
    'from %s: exactly the promised targets succeed, every other is refused and changes nothing',
    async (start) => {
      for (const to of ORDER_STATUSES) {
        const permitted = PROMISED[start]?.[to]?.includes(role) ?? false;
        const order = await take(start);
        const res = await post()(tokens[role], `/api/orders/${order.id}/transitions`, {
          to,
          reason: 'Test reason',
        });
        const after = await orderOf(server.db, order.id);
        if (permitted) {
          expect(res.status, `${start} → ${to}`).toBe(200);
          expect(after.status).toBe(to);
          expect(after.version).toBe(order.version + 1);
          expect(after.timeline.at(-1)).toMatchObject({ from: order.status, to, reason: 'Test reason' });
        } else {
          const legalForSomeone = PROMISED[start]?.[to] !== undefined;
          const mayTouchOrders = role === 'admin' || role === 'warehouse';
          const expected = !mayTouchOrders || legalForSomeone ? 403 : 409;
          expect(res.status, `${start} → ${to}: ${res.body.message}`).toBe(expected);
          expect(after).toEqual(order);
        }
      }
      await expectInvariants(server.db);
    },
  );
});

describe('what a transition records and does', () => {
  it('appends who, when and why to the timeline and audits it as a transition', async () => {
    const order = await take('paid');
    const res = await post()<Order>(tokens.warehouse, `/api/orders/${order.id}/transitions`, {
      to: 'on_hold',
      reason: 'Address check',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('on_hold');
    expect(res.body.holdFrom).toBe('paid');
    const event = res.body.timeline.at(-1)!;
    expect(event).toEqual({
      at: res.body.updatedAt,
      userId: expect.any(Number),
      from: 'paid',
      to: 'on_hold',
      reason: 'Address check',
    });
    const audit = await server.request<AuditEntry[]>(
      'GET',
      `/api/audit-log${listQuery({ filter: { resource: 'orders', recordId: order.id, action: 'transition' } })}`,
      { token: tokens.admin },
    );
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ username: 'warehouse', note: 'Address check' });
    expect(audit.body[0]!.changes).toContainEqual({ field: 'status', before: 'paid', after: 'on_hold' });
  });

  it('releases a hold back to where it started and forgets where that was', async () => {
    const order = await take('on_hold<processing');
    const res = await post()<Order>(tokens.warehouse, `/api/orders/${order.id}/transitions`, {
      to: 'processing',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'processing', holdFrom: null });
  });

  it('sets paidAt when payment arrives', async () => {
    const order = await take('pending');
    expect(order.paidAt).toBeNull();
    const res = await post()<PresentedOrder>(tokens.admin, `/api/orders/${order.id}/transitions`, {
      to: 'paid',
    });
    expect(res.body.paidAt).toBe(res.body.updatedAt);
    expect(res.body.paidTotal).toBe(order.total);
  });

  it('needs a reason to hold or cancel: 422 naming the field, nothing changed', async () => {
    for (const to of NEEDS_REASON) {
      const order = await take('paid');
      for (const reason of [undefined, '', '   ']) {
        const res = await post()(tokens.admin, `/api/orders/${order.id}/transitions`, { to, reason });
        expect(res.status, `${to} with ${JSON.stringify(reason)}`).toBe(422);
        expect(Object.keys(res.body.errors ?? {})).toEqual(['reason']);
      }
      expect(await orderOf(server.db, order.id)).toEqual(order);
    }
  });

  it('names the allowed next statuses when refusing, in the request language', async () => {
    const order = await take('paid');
    const res = await post()(tokens.admin, `/api/orders/${order.id}/transitions`, { to: 'delivered' });
    expect(res.status).toBe(409);
    for (const allowed of Object.keys(PROMISED.paid!) as OrderStatus[])
      expect(res.body.message).toContain(LABELS_EN.order[allowed]);
    const de = await server.request<{ message: string }>('POST', `/api/orders/${order.id}/transitions`, {
      token: tokens.warehouse,
      body: { to: 'returned' },
      headers: { 'Accept-Language': 'de-DE' },
    });
    expect(de.status).toBe(409);
    expect(de.body.message).toContain('Erlaubt als Nächstes: In Bearbeitung, Angehalten.');
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const order = await take('paid');
    const res = await post()(tokens.admin, `/api/orders/${order.id}/transitions`, {
      to: 'processing',
      version: order.version + 5,
    });
    expect(res.status).toBe(409);
    expect(await orderOf(server.db, order.id)).toEqual(order);
    const fresh = await post()<Order>(tokens.admin, `/api/orders/${order.id}/transitions`, {
      to: 'processing',
      version: order.version,
    });
    expect(fresh.status).toBe(200);
  });

  it('cancelling releases the reservation and cancels parcels not yet sent', async () => {
    const order = await take('processing');
    const created = await post()<{ shipment: Shipment }>(
      tokens.warehouse,
      `/api/orders/${order.id}/shipments`,
      {
        carrier: 'GLS',
        trackingNumber: '12345678901',
        items: [{ productId: LINES[0][0], quantity: 1 }],
      },
    );
    expect(created.status).toBe(201);
    const before = await Promise.all(LINES.map(([productId]) => levelOf(server.db, productId, WAREHOUSE)));
    const res = await post()<Order>(tokens.admin, `/api/orders/${order.id}/transitions`, {
      to: 'cancelled',
      reason: 'Customer withdrew',
    });
    expect(res.status).toBe(200);
    expect(res.body.cancelledAt).toBe(res.body.updatedAt);
    for (const [i, [productId, quantity]] of LINES.entries()) {
      const after = await levelOf(server.db, productId, WAREHOUSE);
      expect(after.reserved).toBe(before[i]!.reserved - quantity);
      expect(after.onHand).toBe(before[i]!.onHand);
    }
    expect((await server.db.get<Shipment>('shipments', created.body.shipment.id))!.status).toBe('cancelled');
    await expectInvariants(server.db);
  });

  it('answers 404 for an unknown order and 401 without a session', async () => {
    expect((await post()(tokens.admin, '/api/orders/999999/transitions', { to: 'paid' })).status).toBe(404);
    expect((await server.request('POST', '/api/orders/1/transitions', { body: { to: 'paid' } })).status).toBe(
      401,
    );
  });
});
