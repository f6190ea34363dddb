/** The search box's endpoint over HTTP: codes exactly, names in part, within the role's rights. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../src/domain/contract/endpoints';
import { can, type Role } from '../../src/domain/permissions';
import type { Customer, Order, Product, Promotion, Shipment } from '../../src/domain/types';
import { startTestServer, type TestServer } from '../test/harness';

type Answer = ResponseOf<'search'>;
let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

const search = async (q: string, token = admin) =>
  server.request<Answer & { message?: string }>('GET', `/api/search?q=${encodeURIComponent(q)}`, { token });
const first = async <T>(collection: string, test: (row: T) => boolean = () => true) =>
  (await server.db.all<T>(collection)).find(test)!;

describe('search', () => {
  it('opens a product straight from its SKU or EAN, typed in any case or scanned', async () => {
    const product = await first<Product>('products', (p) => p.barcode !== null);
    const bySku = await search(product.sku.toLowerCase());
    expect(bySku.status).toBe(200);
    expect(bySku.body.exact).toEqual({ kind: 'products', id: product.id });
    const byEan = await search(product.barcode!);
    expect(byEan.body.exact).toEqual({ kind: 'products', id: product.id });
    expect(byEan.body.groups[0]!.hits[0]).toMatchObject({ id: product.id, title: product.name, exact: true });
  });

  it('finds orders by number, shipments by tracking number, promotions by code, customers by e-mail', async () => {
    const order = await first<Order>('orders');
    expect((await search(order.number)).body.exact).toEqual({ kind: 'orders', id: order.id });
    const shipment = await first<Shipment>('shipments');
    const spaced = shipment.trackingNumber.replace(/(.{4})/g, '$1 ').toLowerCase();
    expect((await search(spaced)).body.exact).toEqual({ kind: 'shipments', id: shipment.id });
    const promotion = await first<Promotion>('promotions', (p) => p.code !== null);
    expect((await search(promotion.code!)).body.exact).toEqual({ kind: 'promotions', id: promotion.id });
    const customer = await first<Customer>('customers');
    const answer = await search(customer.email.split('@')[0]!);
    const customers = answer.body.groups.find((g) => g.kind === 'customers');
    expect(customers?.hits.map((h) => h.id)).toContain(customer.id);
  });

  it('lists at most five hits a kind and says when there are more', async () => {
    const answer = await search('ka');
    for (const group of answer.body.groups) expect(group.hits.length).toBeLessThanOrEqual(5);
    expect(answer.body.groups.some((g) => g.more)).toBe(true);
  });

  it('shows each role only the kinds it may list', async () => {
    const product = await first<Product>('products');
    for (const role of ['manager', 'merchandiser', 'warehouse'] as Role[]) {
      const answer = await search(product.name.slice(0, 4), await server.login(role));
      expect(answer.status).toBe(200);
      for (const group of answer.body.groups)
        expect(can(role, 'list', group.kind), `${role} ${group.kind}`).toBe(true);
    }
    const promotion = await first<Promotion>('promotions', (p) => p.code !== null);
    const warehouse = await search(promotion.code!, await server.login('warehouse'));
    expect(warehouse.body.groups.find((g) => g.kind === 'promotions')).toBeUndefined();
  });

  it('finds what was written a moment ago', async () => {
    const created = await server.request<Product>('POST', '/api/products', {
      token: admin,
      body: { sku: 'KT-SEARCH-1', name: 'Zirbenholz Schneidebrett', price: 2990, cost: 1200 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await search('zirbenholz')).body.groups[0]!.hits[0]!.id).toBe(created.body.id);
  });

  it('refuses a query shorter than two characters with a clear 400, and needs a sign-in', async () => {
    const short = await search('k');
    expect(short.status).toBe(400);
    expect(short.body.message).toMatch(/q/);
    expect((await server.request('GET', '/api/search?q=kaffee')).status).toBe(401);
  });
});
