import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv';
import { EXPORT_COLUMNS, ORDER_LINE_COLUMNS } from '../../src/domain/exports/columns';
import { LOCALES } from '../../src/domain/messages/locale';
import type { Order, StockMovement, User } from '../../src/domain/types';
import { listQuery, startTestServer, type TestServer } from '../test/harness';
import { headerOf } from './exportHeaders';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

async function exportOf(path: string, locale: 'en' | 'de' = 'en', token = admin) {
  const res = await fetch(`${server.url}/api${path}`, {
    headers: { Authorization: `Bearer ${token}`, 'Accept-Language': locale },
  });
  const text = await res.text();
  return { status: res.status, text, csv: parseCsv(text), total: res.headers.get('X-Total-Count') };
}

function column(csv: ReturnType<typeof parseCsv>, header: string): string[] {
  expect(csv.header).toContain(header);
  return csv.rows.map((row) => row.values[header] ?? '');
}

describe('list exports read like the screen', () => {
  it('labels every column of every export in both languages', () => {
    for (const locale of LOCALES) {
      for (const [table, columns] of Object.entries({ ...EXPORT_COLUMNS, 'order-lines': ORDER_LINE_COLUMNS }))
        for (const { field } of columns)
          expect(headerOf(table, field, locale), `${locale} ${table}.${field}`).not.toBeNull();
    }
  });

  it('writes every matching order, one row each, with names, euros, local dates and words', async () => {
    const orders = await server.db.all<Order>('orders');
    const { status, csv, total } = await exportOf(
      `/orders/export.csv${listQuery({ sort: ['placedAt', 'ASC'] })}`,
    );
    expect(status).toBe(200);
    expect(csv.rows).toHaveLength(orders.length);
    expect(Number(total)).toBe(orders.length);
    const first = [...orders].sort((a, b) => a.placedAt.localeCompare(b.placedAt))[0]!;
    const row = csv.rows[0]!.values;
    expect(row.Number).toBe(first.number);
    expect(row['Total (EUR)']).toBe((first.total / 100).toFixed(2));
    expect(row['Customer (ID)']).toBe(String(first.customerId));
    const customer = (await server.db.get<{ firstName: string; lastName: string }>(
      'customers',
      first.customerId,
    ))!;
    expect(row.Customer).toBe(`${customer.firstName} ${customer.lastName}`);
    // The shop's clock (Europe/Berlin is an hour or two ahead of UTC), not the stored UTC instant.
    const berlin = new Date(first.placedAt)
      .toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' })
      .slice(0, 16);
    expect(row.Placed).toBe(berlin);
    const words = new Set(column(csv, 'Status'));
    for (const word of words) expect(word).toMatch(/^[A-Z][a-z]+( [a-z]+)?$/);
  });

  it('writes German with semicolons, decimal commas, German dates and German words', async () => {
    const order = (await server.db.all<Order>('orders')).find((o) => o.status === 'delivered')!;
    const { csv } = await exportOf(
      `/orders/export.csv${listQuery({ filter: { number: order.number } })}`,
      'de',
    );
    expect(csv.rows).toHaveLength(1);
    const row = csv.rows[0]!.values;
    expect(row['Gesamt (EUR)']).toBe((order.total / 100).toFixed(2).replace('.', ','));
    expect(row.Status).toBe('Zugestellt');
    expect(row.Bestellt).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
  });

  it('puts the names of products, warehouses and people next to their ids in the ledger', async () => {
    const movement = (await server.db.all<StockMovement>('stock-movements')).find((m) => m.userId !== null)!;
    const { csv } = await exportOf(
      `/stock-movements/export.csv${listQuery({ filter: { id: movement.id } })}`,
    );
    const row = csv.rows[0]!.values;
    const user = (await server.db.get<User>('users', movement.userId!))!;
    expect(row['By (ID)']).toBe(String(user.id));
    expect(row.By).toBe(user.fullName);
    expect(row.Product).toMatch(/\(.+\)$/);
    expect(row.Warehouse).not.toBe('');
    expect(Number(row.Change)).toBe(movement.delta);
  });

  it('keeps a promotion name that looks like a formula from running', async () => {
    const res = await server.request<{ id: number }>('POST', '/api/promotions', {
      token: admin,
      body: {
        name: '=Audit 15% Dezember',
        type: 'percent',
        value: 15,
        scope: 'order',
        startsAt: '2026-12-01T00:00:00Z',
      },
    });
    expect(res.status).toBe(201);
    const { text, csv } = await exportOf(
      `/promotions/export.csv${listQuery({ filter: { id: res.body.id } })}`,
    );
    expect(text).toContain("'=Audit 15% Dezember");
    expect(csv.rows[0]!.values.Name).toBe('=Audit 15% Dezember');
  });

  it('exports order lines one per row, for every line of every matching order', async () => {
    const all = await server.db.all<Order>('orders');
    const wanted = all.find((o) => o.items.length > 1)!.status;
    const matching = all.filter((o) => o.status === wanted);
    const { status, csv } = await exportOf(
      `/orders/export-lines.csv${listQuery({ filter: { status: wanted } })}`,
    );
    expect(status).toBe(200);
    expect(csv.rows).toHaveLength(matching.reduce((sum, o) => sum + o.items.length, 0));
    const order = matching.find((o) => o.items.length > 1)!;
    const rows = csv.rows.filter((r) => r.values.Number === order.number);
    expect(rows.map((r) => r.values.SKU)).toEqual(order.items.map((i) => i.sku));
    const lineTotal = (i: Order['items'][number]) =>
      ((i.unitPrice * i.quantity - i.discount) / 100).toFixed(2);
    expect(rows.map((r) => r.values['Line total (EUR)'])).toEqual(order.items.map(lineTotal));
  });

  it('refuses order lines to a role without export rights, like the orders export', async () => {
    const warehouse = await server.login('warehouse');
    const lines = await exportOf('/orders/export-lines.csv', 'en', warehouse);
    const orders = await exportOf('/orders/export.csv', 'en', warehouse);
    expect(lines.status).toBe(orders.status);
  });
});
