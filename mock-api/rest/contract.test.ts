/** The REST contract over HTTP, including each json-server 0.17 trap the bridge closes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';
import type { Category, Product } from '../../src/domain/types';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(() => server.close());

const get = <T>(path: string) => server.request<T>('GET', path, { token: admin });
const products = async () => await server.db.all<Product>('products');

describe('listing', () => {
  // Exposing Content-Range to other origins is CORS's part: mock-api/http/security.test.ts.
  it('pages on the server and reports the total in Content-Range', async () => {
    const res = await get<Product[]>(`/api/products${listQuery({ sort: ['id', 'ASC'], range: [5, 9] })}`);
    expect(res.status).toBe(200);
    expect(res.body.map((p) => p.id)).toEqual(
      (await products())
        .map((p) => p.id)
        .sort((a, b) => a - b)
        .slice(5, 10),
    );
    expect(res.headers.get('content-range')).toBe(`products 5-9/${(await products()).length}`);
  });

  it('sorts by any schema field in both directions, case-insensitively for text', async () => {
    const asc = await get<Product[]>(
      `/api/products${listQuery({ sort: ['price', 'ASC'], range: [0, 999] })}`,
    );
    const prices = asc.body.map((p) => p.price);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const desc = await get<Product[]>(
      `/api/products${listQuery({ sort: ['name', 'DESC'], range: [0, 999] })}`,
    );
    const names = desc.body.map((p) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort().reverse());
  });

  it('filters by equality, any-of and the four range operators', async () => {
    const all = await products();
    const pivot = all[3]!.price;
    const cases: Array<[Record<string, unknown>, (p: Product) => boolean]> = [
      [{ status: 'active' }, (p) => p.status === 'active'],
      [{ status: ['draft', 'archived'] }, (p) => p.status === 'draft' || p.status === 'archived'],
      [{ price_gte: pivot }, (p) => p.price >= pivot],
      [{ price_lte: pivot }, (p) => p.price <= pivot],
      [{ price_gt: pivot }, (p) => p.price > pivot],
      [{ price_lt: pivot }, (p) => p.price < pivot],
    ];
    for (const [filter, expected] of cases) {
      const res = await get<Product[]>(`/api/products${listQuery({ filter, range: [0, 999] })}`);
      expect(res.status, JSON.stringify(filter)).toBe(200);
      expect(res.body.map((p) => p.id).sort(), JSON.stringify(filter)).toEqual(
        all
          .filter(expected)
          .map((p) => p.id)
          .sort(),
      );
    }
  });

  it('searches name, SKU and barcode case-insensitively with q', async () => {
    const sample = (await products())[0]!;
    for (const term of [sample.sku.toLowerCase(), sample.name.slice(0, 6).toUpperCase(), sample.barcode!]) {
      const res = await get<Product[]>(`/api/products${listQuery({ filter: { q: term }, range: [0, 99] })}`);
      expect(
        res.body.some((p) => p.id === sample.id),
        term,
      ).toBe(true);
      for (const p of res.body) {
        expect(
          [p.name, p.sku, p.barcode ?? ''].some((f) => f.toLowerCase().includes(term.toLowerCase())),
        ).toBe(true);
      }
    }
  });

  it('serves getMany with id lists, and an empty id list returns an empty page', async () => {
    const many = await get<Product[]>(`/api/products${listQuery({ filter: { id: [2, 1, 3] } })}`);
    expect(many.body.map((p) => p.id).sort()).toEqual([1, 2, 3]);
    const none = await get<Product[]>(`/api/products${listQuery({ filter: { id: [] }, range: [0, 24] })}`);
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    expect(totalOf(none)).toBe(0);
  });

  it('refuses unknown filters, parameters and sort fields instead of returning everything', async () => {
    const unknown = await get<{ message: string }>(
      `/api/products${listQuery({ filter: { colour: 'red' } })}`,
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('colour');
    const jsonServerDialect = await get<{ message: string }>('/api/products?_sort=price&_order=desc');
    expect(jsonServerDialect.status).toBe(400);
    expect(jsonServerDialect.body.message).toContain('_sort');
    expect((await get(`/api/products${listQuery({ sort: ['colour', 'ASC'] })}`)).status).toBe(400);
    expect((await get('/api/products?sort=[price')).status).toBe(400);
    expect((await get('/api/products?range=[10,2]')).status).toBe(400);
    expect((await get(`/api/products${listQuery({ filter: { price_gte: 'cheap' } })}`)).status).toBe(400);
  });

  it('answers in German when asked', async () => {
    const res = await server.request<{ message: string }>(
      'GET',
      `/api/products${listQuery({ filter: { colour: 1 } })}`,
      {
        token: admin,
        headers: { 'Accept-Language': 'de-DE,de;q=0.9' },
      },
    );
    expect(res.body.message).toMatch(/kann nicht nach „colour“ gefiltert werden/);
  });
});

describe('reading one record', () => {
  it('returns the record, and 404 for unknown ids and resources', async () => {
    expect((await get<Product>('/api/products/1')).body.id).toBe(1);
    expect((await get('/api/products/999999')).status).toBe(404);
    expect((await get('/api/products/abc')).status).toBe(404);
    expect((await get('/api/nonsense')).status).toBe(404);
  });
});

describe('writing', () => {
  const newProduct = { sku: 'kt-test-00001', name: 'Testprodukt', price: 1299, cost: 500, status: 'draft' };

  it('creates with server-assigned id, timestamps and version 1, and audits it', async () => {
    const res = await server.request<Product>('POST', '/api/products', { token: admin, body: newProduct });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      sku: 'KT-TEST-00001',
      name: 'Testprodukt',
      version: 1,
      categoryId: null,
    });
    expect(res.body.id).toBeGreaterThan(0);
    expect(Date.parse(res.body.createdAt)).not.toBeNaN();
    const audit = await server.db.all<{ resource: string; recordId: number; action: string }>('audit-log');
    expect(
      audit.some((a) => a.resource === 'products' && a.recordId === res.body.id && a.action === 'create'),
    ).toBe(true);
  });

  it('gives each broken field its own message and writes nothing', async () => {
    const before = await server.db.count('products');
    const res = await server.request<{ errors: Record<string, string> }>('POST', '/api/products', {
      token: admin,
      body: {
        sku: 'KT-TEST-00001',
        name: '',
        price: -5,
        cost: 1.5,
        categoryId: 99999,
        barcode: '4006381333932',
      },
    });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'barcode',
      'categoryId',
      'cost',
      'name',
      'price',
      'sku',
    ]);
    expect(res.body.errors.sku).toMatch(/already used/);
    expect(await server.db.count('products')).toBe(before);
  });

  it('rejects malformed JSON and non-object bodies with 400', async () => {
    const malformed = await server.request('POST', '/api/products', {
      token: admin,
      rawBody: '{"sku": ',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect((await server.request('POST', '/api/products', { token: admin, body: [newProduct] })).status).toBe(
      400,
    );
  });

  it('merges a PUT instead of replacing the record', async () => {
    const before = (await get<Product>('/api/products/2')).body;
    const res = await server.request<Product>('PUT', '/api/products/2', {
      token: admin,
      body: { name: 'Umbenannt' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      ...before,
      name: 'Umbenannt',
      version: before.version + 1,
      updatedAt: res.body.updatedAt,
    });
  });

  it('rejects a stale version with 409 and changes nothing', async () => {
    const opened = (await get<Product>('/api/products/3')).body;
    await server.request('PUT', '/api/products/3', {
      token: admin,
      body: { name: 'Erste Änderung', version: opened.version },
    });
    const current = (await get<Product>('/api/products/3')).body;
    const stale = await server.request<{ message: string }>('PUT', '/api/products/3', {
      token: admin,
      body: { name: 'Zu spät', version: opened.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/changed this record/);
    expect((await get<Product>('/api/products/3')).body).toEqual(current);
  });

  it('lets exactly one of many concurrent edits of the same version win', async () => {
    const current = (await get<Product>('/api/products/4')).body;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        server.request('PUT', '/api/products/4', {
          token: admin,
          body: { name: `Edit ${i}`, version: current.version },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(29);
    expect((await get<Product>('/api/products/4')).body.version).toBe(current.version + 1);
  });

  it('creates a SKU only once under concurrent creates', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.request('POST', '/api/products', {
          token: admin,
          body: { ...newProduct, sku: 'KT-RACE-00001' },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect((await products()).filter((p) => p.sku === 'KT-RACE-00001')).toHaveLength(1);
  });
});

describe('deleting', () => {
  it('returns the deleted record', async () => {
    const created = await server.request<Category>('POST', '/api/categories', {
      token: admin,
      body: { name: 'Leer' },
    });
    const res = await server.request<Category>('DELETE', `/api/categories/${created.body.id}`, {
      token: admin,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.body.id, name: 'Leer' });
    expect((await get(`/api/categories/${created.body.id}`)).status).toBe(404);
  });

  it('never cascades: a referenced record is refused with the count, children stay', async () => {
    const product = (await products()).find((p) => p.categoryId !== null)!;
    const childCount = (await products()).filter((p) => p.categoryId === product.categoryId).length;
    const res = await server.request<{ message: string }>('DELETE', `/api/categories/${product.categoryId}`, {
      token: admin,
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain(String(childCount));
    expect((await get(`/api/categories/${product.categoryId}`)).status).toBe(200);
    expect((await products()).filter((p) => p.categoryId === product.categoryId)).toHaveLength(childCount);
  });
});

describe('server-owned data', () => {
  it('keeps stock quantities, the ledger, orders and the audit log out of reach of plain writes', async () => {
    const level = (
      await get<Array<{ id: number; onHand: number }>>(`/api/stock-levels${listQuery({ range: [0, 0] })}`)
    ).body[0]!;
    const onHand = await server.request<{ errors: Record<string, string> }>(
      'PUT',
      `/api/stock-levels/${level.id}`,
      {
        token: admin,
        body: { onHand: level.onHand + 100 },
      },
    );
    expect(onHand.status).toBe(422);
    expect(onHand.body.errors.onHand).toBeTruthy();
    expect((await server.request('POST', '/api/stock-levels', { token: admin, body: {} })).status).toBe(405);
    expect((await server.request('DELETE', `/api/stock-levels/${level.id}`, { token: admin })).status).toBe(
      405,
    );
    expect((await server.request('DELETE', '/api/stock-movements/1', { token: admin })).status).toBe(405);
    expect((await server.request('POST', '/api/orders', { token: admin, body: {} })).status).toBe(405);
    // The audit log is read-only even for admins: the matrix grants read, so this is a 403, not a 405.
    expect((await server.request('PUT', '/api/audit-log/1', { token: admin, body: {} })).status).toBe(403);
    const bin = await server.request<{ binLocation: string }>('PUT', `/api/stock-levels/${level.id}`, {
      token: admin,
      body: { binLocation: 'Z-99-9' },
    });
    expect(bin.body.binLocation).toBe('Z-99-9');
  });
});
