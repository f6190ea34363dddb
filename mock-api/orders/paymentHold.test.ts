/**
 * Payment holds over HTTP: an order paid with a method that waits for payment
 * (Vorkasse) is not picked, packed or shipped before it is paid: 409 with the
 * reason and what to do, in the request's language, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, Shipment } from '../../src/domain/types';
import type { Database } from '../seed/database';
import { startTestServer, type TestServer } from '../test/harness';
import { addOrder, poster, setOnHand } from './testing';

type Refusal = { message: string; errors?: Record<string, string> };

let server: TestServer;
let admin: string;
let warehouse: string;
const orders: Record<string, Order> = {};
const WAITING = /^Order KT-T\d+ waits for payment by Vorkasse; mark it paid first/;

const methodNamed = (db: Database, name: string) => db['payment-methods'].find((m) => m.name === name)!.id;

beforeAll(async () => {
  server = await startTestServer({
    prepare: (db) => {
      setOnHand(db, 5, 1, 40);
      const prepayment = methodNamed(db, 'Vorkasse');
      const invoice = methodNamed(db, 'Rechnung');
      const order = (status: Order['status'], paymentMethodId: number, paidAt?: string | null) =>
        addOrder(db, { status, warehouseId: 1, lines: [[5, 1]], paymentMethodId, paidAt });
      orders.unpaidPrepayment = order('pending', prepayment);
      orders.unpaidInvoice = order('pending', invoice);
      // Data from elsewhere: already in processing, but the money never came.
      orders.processingUnpaid = order('processing', prepayment, null);
      orders.paidPrepayment = addOrder(db, {
        status: 'processing',
        warehouseId: 1,
        lines: [[5, 2]],
        paymentMethodId: prepayment,
      });
    },
  });
  admin = await server.login('admin');
  warehouse = await server.login('warehouse');
});
afterAll(() => server.close());

const parcel = (trackingNumber: string) => ({
  carrier: 'DHL',
  trackingNumber,
  items: [{ productId: 5, quantity: 1 }],
});
const ship = (order: Order, trackingNumber: string, language = 'en') =>
  server.request<{ shipment: Shipment; order: Order } & Refusal>(
    'POST',
    `/api/orders/${order.id}/shipments`,
    {
      token: warehouse,
      body: parcel(trackingNumber),
      headers: { 'Accept-Language': language },
    },
  );
const pickList = (query: string) =>
  server.request<{ orderCount: number; warehouses: Array<{ bins: unknown }> } & Refusal>(
    'GET',
    `/api/pick-list?${query}`,
    { token: warehouse },
  );
const shipmentsOf = async (order: Order) =>
  (await server.db.all<Shipment>('shipments')).filter((s) => s.orderId === order.id);

describe('an order that waits for payment', () => {
  it('cannot be shipped: 409 saying why and what to do, in English and German', async () => {
    const res = await ship(orders.unpaidPrepayment!, '100000000001');
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(WAITING);
    const german = await ship(orders.unpaidPrepayment!, '100000000001', 'de');
    expect(german.body.message).toMatch(
      /wartet auf Zahlung per Vorkasse; markieren Sie sie zuerst als bezahlt/,
    );
    // Even where the status alone would let it go.
    const processing = await ship(orders.processingUnpaid!, '100000000002');
    expect(processing.status).toBe(409);
    expect(processing.body.message).toMatch(WAITING);
    expect(await shipmentsOf(orders.processingUnpaid!)).toEqual([]);
  });

  it('is not on a pick list: refused when named, left out of the warehouse’s list', async () => {
    const named = await pickList(`orderIds=${JSON.stringify([orders.processingUnpaid!.id])}`);
    expect(named.status).toBe(409);
    expect(named.body.message).toMatch(WAITING);
    const whole = await pickList('warehouseId=1');
    expect(whole.status).toBe(200);
    const listed = JSON.stringify(whole.body);
    expect(listed).not.toContain(`"orderId":${orders.processingUnpaid!.id},`);
    expect(listed).toContain(`"orderId":${orders.paidPrepayment!.id},`);
  });

  it('cannot have a parcel packed or shipped once the payment turns out missing', async () => {
    const order = orders.paidPrepayment!;
    const one = { ...parcel('100000000003'), items: [{ productId: 5, quantity: 1 }] };
    const first = await poster(server)<{ shipment: Shipment }>(
      warehouse,
      `/api/orders/${order.id}/shipments`,
      one,
    );
    const second = await poster(server)<{ shipment: Shipment }>(
      warehouse,
      `/api/orders/${order.id}/shipments`,
      {
        ...one,
        trackingNumber: '100000000013',
      },
    );
    expect([first.status, second.status], JSON.stringify(second.body)).toEqual([201, 201]);
    const move = (shipment: Shipment, to: string) =>
      server.request<Refusal>('POST', `/api/shipments/${shipment.id}/transitions`, {
        token: warehouse,
        body: { to },
      });
    expect((await move(first.body.shipment, 'packed')).status).toBe(200);
    // The payment bounced (a change only another system makes here).
    await server.db.transact((tx) => tx.update<Order>('orders', order.id, { paidAt: null }));
    const packing = await move(second.body.shipment, 'packed');
    const shipping = await move(first.body.shipment, 'shipped');
    expect([packing.status, shipping.status]).toEqual([409, 409]);
    expect(packing.body.message).toMatch(WAITING);
    expect(shipping.body.message).toMatch(WAITING);
    expect((await shipmentsOf(order)).map((s) => s.status)).toEqual(['packed', 'pending']);
  });

  it('goes to the warehouse once it is marked paid', async () => {
    const paid = await poster(server)<Order>(
      admin,
      `/api/orders/${orders.unpaidPrepayment!.id}/transitions`,
      {
        to: 'paid',
      },
    );
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect((await ship(orders.unpaidPrepayment!, '100000000004')).status).toBe(201);
  });
});

describe('an order whose method does not wait', () => {
  it('keeps the workflow’s own answer: a pending order is not shippable because of its status', async () => {
    const res = await ship(orders.unpaidInvoice!, '100000000005');
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(
      /is "Pending"; shipments can be created only for paid or processing orders/,
    );
  });
});
