/**
 * Shop settings over HTTP: carriers, shipping and payment methods are kept by
 * the admin, read by everyone, audited, refused with a clear message when
 * invalid or in use, and used by the code paths that depend on them (parcels
 * validate and link from their carrier's record; orders filter by method).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Carrier, Order, Shipment } from '../../src/domain/types';
import { addOrder, poster, setOnHand } from '../orders/testing';
import { listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';

let server: TestServer;
let admin: string;
const orders: Record<string, number> = {};
type Created = { shipment: Shipment; order: Order };
type Refusal = { message: string; errors?: Record<string, string> };

beforeAll(async () => {
  server = await startTestServer({
    prepare: (db) => {
      setOnHand(db, 5, 1, 40);
      for (const name of ['first', 'second', 'third'])
        orders[name] = addOrder(db, { status: 'processing', warehouseId: 1, lines: [[5, 1]] }).id;
    },
  });
  admin = await server.login('admin');
});
afterAll(() => server.close());

const post = () => poster(server);
const put = (token: string, path: string, body: unknown) =>
  server.request<Refusal>('PUT', path, { token, body });

async function createCarrier(body: Record<string, unknown>) {
  return post()<Carrier & Refusal>(admin, '/api/carriers', body);
}

describe('carriers', () => {
  let cargo: Carrier;

  it('are created by the admin, audited, and read by every role', async () => {
    const res = await createCarrier({
      name: 'Cargo',
      trackingPattern: '\\d{8}',
      trackingUrlTemplate: 'https://cargo.example/track/{number}',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    cargo = res.body;
    expect(cargo).toMatchObject({ name: 'Cargo', active: true, trackingPattern: '\\d{8}' });
    const audit = await server.request<AuditEntry[]>(
      'GET',
      `/api/audit-log${listQuery({ filter: { resource: 'carriers', recordId: cargo.id } })}`,
      { token: admin },
    );
    expect(audit.body.map((entry) => entry.action)).toEqual(['create']);
    for (const role of ['manager', 'merchandiser', 'warehouse']) {
      const token = await server.login(role);
      expect((await server.request('GET', '/api/carriers', { token })).status, role).toBe(200);
      expect((await post()(token, '/api/carriers', { name: `X-${role}` })).status, role).toBe(403);
    }
  });

  it('refuses a pattern that does not compile, a link without {number}, and a name in use', async () => {
    const res = await createCarrier({
      name: 'Broken',
      trackingPattern: '(',
      trackingUrlTemplate: 'http://x',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors?.trackingPattern).toMatch(/regular expression/);
    expect(res.body.errors?.trackingUrlTemplate).toMatch(/\{number\}/);
    expect((await createCarrier({ name: 'dhl' })).body.errors?.name).toMatch(/already in use/);
    expect(await server.db.count('carriers')).toBe(6);
  });

  it('validate a parcel’s number and give it a link from the record, not from code', async () => {
    const wrong = await post()<Refusal>(admin, `/api/orders/${orders.first}/shipments`, {
      carrier: 'Cargo',
      trackingNumber: '1234',
      items: [{ productId: 5, quantity: 1 }],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors?.trackingNumber).toBe('This is not a valid Cargo tracking number.');
    const made = await post()<Created>(admin, `/api/orders/${orders.first}/shipments`, {
      carrier: 'Cargo',
      trackingNumber: '12345678',
      items: [{ productId: 5, quantity: 1 }],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const listed = await server.request<Array<Shipment & { trackingUrl: string | null }>>(
      'GET',
      `/api/shipments${listQuery({ filter: { id: made.body.shipment.id } })}`,
      { token: admin },
    );
    expect(listed.body[0]!.trackingUrl).toBe('https://cargo.example/track/12345678');
  });

  it('once deactivated, are refused for new parcels while old ones keep their link', async () => {
    const off = await put(admin, `/api/carriers/${cargo.id}`, { active: false, version: cargo.version });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const refused = await post()<Refusal>(admin, `/api/orders/${orders.second}/shipments`, {
      carrier: 'Cargo',
      trackingNumber: '12345678',
      items: [{ productId: 5, quantity: 1 }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.carrier).toMatch(/not an active carrier/);
    const old = await server.request<Array<{ trackingUrl: string | null }>>(
      'GET',
      `/api/shipments${listQuery({ filter: { carrier: 'Cargo' } })}`,
      { token: admin },
    );
    expect(old.body.map((s) => s.trackingUrl)).toEqual(['https://cargo.example/track/12345678']);
  });

  it('in use cannot be deleted (409 with the count); unused ones can', async () => {
    const inUse = await server.request<Refusal>('DELETE', `/api/carriers/${cargo.id}`, { token: admin });
    expect(inUse.status).toBe(409);
    expect(inUse.body.message).toMatch(/1 shipments use this carrier/);
    const spare = await createCarrier({ name: 'Spare' });
    expect(spare.status).toBe(201);
    expect((await server.request('DELETE', `/api/carriers/${spare.body.id}`, { token: admin })).status).toBe(
      200,
    );
  });
});

describe('renaming a carrier', () => {
  it('carries the new name onto its parcels in the same write, so they keep their link, and audits how many', async () => {
    const made = await createCarrier({
      name: 'Parcelo',
      trackingPattern: '\\d{6}',
      trackingUrlTemplate: 'https://parcelo.example/t/{number}',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const parcel = await post()<Created>(admin, `/api/orders/${orders.third}/shipments`, {
      carrier: 'Parcelo',
      trackingNumber: '654321',
      items: [{ productId: 5, quantity: 1 }],
    });
    expect(parcel.status, JSON.stringify(parcel.body)).toBe(201);

    const renamed = await put(admin, `/api/carriers/${made.body.id}`, {
      name: 'Parcelo Express',
      version: made.body.version,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const listed = await server.request<Array<Shipment & { trackingUrl: string | null }>>(
      'GET',
      `/api/shipments${listQuery({ filter: { id: parcel.body.shipment.id } })}`,
      { token: admin },
    );
    expect(listed.body[0]).toMatchObject({
      carrier: 'Parcelo Express',
      trackingUrl: 'https://parcelo.example/t/654321',
    });
    const audit = await server.request<AuditEntry[]>(
      'GET',
      `/api/audit-log${listQuery({ filter: { resource: 'carriers', recordId: made.body.id, action: 'update' } })}`,
      { token: admin },
    );
    expect(audit.body.map((entry) => entry.note)).toEqual([
      'renamed from "Parcelo" to "Parcelo Express" on 1 parcels',
    ]);
  });

  it('refuses a name another carrier has, and leaves the carrier and its parcels as they were', async () => {
    const carrier = (await server.db.all<Carrier>('carriers')).find((c) => c.name === 'Parcelo Express')!;
    const refused = await put(admin, `/api/carriers/${carrier.id}`, {
      name: 'DHL',
      version: carrier.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.name).toMatch(/already in use/);
    expect((await server.db.get<Carrier>('carriers', carrier.id))?.name).toBe('Parcelo Express');
    const parcels = (await server.db.all<Shipment>('shipments')).filter(
      (s) => s.carrier === 'Parcelo Express',
    );
    expect(parcels).toHaveLength(1);
  });
});

describe('shipping and payment methods', () => {
  it('name an existing carrier, bounded dispatch hours and a known kind', async () => {
    const bad = await post()<Refusal>(admin, '/api/shipping-methods', {
      name: 'Overnight',
      carrierId: 999,
      price: 990,
      dispatchHours: 0,
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors ?? {}).sort()).toEqual(['carrierId', 'dispatchHours']);
    const good = await post()(admin, '/api/shipping-methods', {
      name: 'Overnight',
      carrierId: 1,
      price: 990,
      freeShippingFrom: null,
      dispatchHours: 12,
    });
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    const kind = await post()<Refusal>(admin, '/api/payment-methods', { name: 'Barter', kind: 'goats' });
    expect(kind.status).toBe(422);
    expect(kind.body.errors?.kind).toBeDefined();
  });

  it('are what the seed’s orders were placed with, and orders filter by them', async () => {
    const all = await server.db.all<Order>('orders');
    const withMethod = all.filter((o) => o.paymentMethodId === 1);
    expect(withMethod.length).toBeGreaterThan(0);
    const res = await server.request(
      'GET',
      `/api/orders${listQuery({ filter: { paymentMethodId: 1 }, range: [0, 0] })}`,
      { token: admin },
    );
    expect(totalOf(res)).toBe(withMethod.length);
    const used = all.find((o) => o.shippingMethodId !== null)!;
    const refused = await server.request<Refusal>(
      'DELETE',
      `/api/shipping-methods/${used.shippingMethodId}`,
      {
        token: admin,
      },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/orders use this shipping method/);
  });
});
