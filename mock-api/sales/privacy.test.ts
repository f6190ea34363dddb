/** GDPR requests over HTTP: export everything about a customer, erase them without moving a figure. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../src/domain/contract/endpoints';
import type { KpiReport } from '../../src/domain/kpis/types';
import type { AuditEntry, Customer, Order } from '../../src/domain/types';
import { listQuery, startTestServer, TEST_ANCHOR, type TestServer } from '../test/harness';

let server: TestServer;
let admin: string;
let customer: Customer;
let theirOrders: Order[];

beforeAll(async () => {
  server = await startTestServer({ now: () => TEST_ANCHOR });
  admin = await server.login('admin');
  const orders = await server.db.all<Order>('orders');
  customer = (await server.db.all<Customer>('customers')).find(
    (c) => orders.filter((o) => o.customerId === c.id).length >= 2,
  )!;
  theirOrders = orders.filter((o) => o.customerId === customer.id);
  // A change to the customer, so the audit log holds personal data to redact.
  const edit = await server.request('PUT', `/api/customers/${customer.id}`, {
    token: admin,
    body: { phone: '+49 30 1234567', version: customer.version },
  });
  expect(edit.status).toBe(200);
});
afterAll(() => server.close());

const kpis = async () =>
  (await server.request<KpiReport>('GET', '/api/kpis?from=2025-06-15&to=2026-06-14', { token: admin })).body;

describe('personal data export', () => {
  it('hands an admin everything held about the customer, and audits it', async () => {
    const res = await server.request<ResponseOf<'exportCustomerData'>>(
      'GET',
      `/api/customers/${customer.id}/personal-data`,
      { token: admin },
    );
    expect(res.status).toBe(200);
    expect(res.body.customer.email).toBe(customer.email);
    expect(res.body.orders.map((o) => o.id).sort()).toEqual(theirOrders.map((o) => o.id).sort());
    expect(res.body.history.some((entry) => entry.action === 'update')).toBe(true);
    const audit = (await server.db.all<AuditEntry>('audit-log')).filter(
      (e) => e.action === 'data_export' && e.recordId === customer.id,
    );
    expect(audit).toHaveLength(1);
  });

  it('is refused to everyone but the admin', async () => {
    for (const role of ['manager', 'merchandiser', 'warehouse']) {
      const token = await server.login(role);
      expect(
        (await server.request('GET', `/api/customers/${customer.id}/personal-data`, { token })).status,
      ).toBe(403);
      expect(
        (
          await server.request('POST', `/api/customers/${customer.id}/erase`, {
            token,
            body: { confirmEmail: customer.email },
          })
        ).status,
      ).toBe(403);
    }
  });
});

describe('erasure', () => {
  it('needs the e-mail typed as confirmation, and changes nothing without it', async () => {
    const res = await server.request<{ errors: Record<string, string> }>(
      'POST',
      `/api/customers/${customer.id}/erase`,
      {
        token: admin,
        body: { confirmEmail: 'someone@else.example' },
      },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.confirmEmail).toMatch(/e-mail address exactly/);
    expect((await server.db.get<Customer>('customers', customer.id))!.email).toBe(customer.email);
  });

  it('anonymises the customer, their addresses and their history, and leaves every figure as it was', async () => {
    const before = await kpis();
    const res = await server.request<ResponseOf<'eraseCustomer'>>(
      'POST',
      `/api/customers/${customer.id}/erase`,
      {
        token: admin,
        body: { confirmEmail: customer.email.toUpperCase() },
      },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.ordersAnonymised).toBe(theirOrders.length);
    expect(res.body.auditEntriesRedacted).toBeGreaterThanOrEqual(1);

    const erased = (await server.db.get<Customer>('customers', customer.id))!;
    const personal = [customer.firstName, customer.lastName, customer.email, customer.address.street];
    const everything = JSON.stringify({
      customer: erased,
      orders: await Promise.all(theirOrders.map((o) => server.db.get<Order>('orders', o.id))),
      audit: (await server.db.all<AuditEntry>('audit-log')).filter(
        (e) => (e.resource === 'customers' && e.recordId === customer.id) || e.resource === 'orders',
      ),
    });
    for (const value of [...personal, '+49 30 1234567']) expect(everything).not.toContain(value);
    for (const order of theirOrders) {
      const now = (await server.db.get<Order>('orders', order.id))!;
      expect(now.total).toBe(order.total);
      expect(now.shippingAddress.country).toBe(order.shippingAddress.country);
    }
    const after = await kpis();
    expect(after.sales).toEqual(before.sales);
    expect(after.promotions).toEqual(before.promotions);
    expect(after.fulfilment).toEqual(before.fulfilment);
  });

  it('cannot be repeated, and the erased person is no longer found', async () => {
    const again = await server.request<{ message: string }>('POST', `/api/customers/${customer.id}/erase`, {
      token: admin,
      body: { confirmEmail: `erased-${customer.id}@example.invalid` },
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already been erased/);
    const edit = await server.request('PUT', `/api/customers/${customer.id}`, {
      token: admin,
      body: { firstName: customer.firstName },
    });
    expect(edit.status).toBe(409);
    const found = await server.request<Customer[]>(
      'GET',
      `/api/customers${listQuery({ filter: { q: customer.lastName } })}`,
      {
        token: admin,
      },
    );
    expect(found.body.map((c) => c.id)).not.toContain(customer.id);
  });
});
