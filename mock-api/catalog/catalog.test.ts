/** Catalog rules over HTTP: product validation, bulk edits, CSV export and import, categories, saved filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';
import { parseCsv } from '../../src/domain/csv';
import type { Category, Product, StockLevel } from '../../src/domain/types';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login('merchandiser');
});
afterAll(() => server.close());

type Body = Record<string, any>;
const products = async () => await server.db.all<Product>('products');
const leafCategory = async () =>
  (await server.db.all<Category>('categories')).find((c) => c.parentId !== null)!;
const post = (path: string, body: unknown) => server.request<Body>('POST', path, { token, body });
const put = (path: string, body: unknown) => server.request<Body>('PUT', path, { token, body });

describe('product validation', () => {
  const valid = () => ({
    sku: `KT-V-${Math.floor(Math.random() * 1e9)}`,
    name: 'Gültig',
    price: 999,
    cost: 400,
  });
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['missing SKU', { sku: '' }, 'sku', /required/],
    ['SKU with spaces', { sku: 'KT 1' }, 'sku', /letters, digits/],
    ['missing name', { name: '  ' }, 'name', /required/],
    ['negative price', { price: -1 }, 'price', /negative/],
    ['fractional cost', { cost: 12.5 }, 'cost', /whole number/],
    ['bad EAN-13 checksum', { barcode: '4006381333932' }, 'barcode', /EAN-13/],
    ['unknown category', { categoryId: 424242 }, 'categoryId', /no categories with id 424242/],
    ['active without category', { status: 'active', categoryId: null }, 'categoryId', /needs a category/],
    ['active without price', { status: 'active', price: 0, categoryId: 1 }, 'price', /price above zero/],
    ['unknown status', { status: 'deleted' }, 'status', /one of/],
  ];
  it.each(cases)('refuses %s with a message on that field', async (_label, change, field, message) => {
    const res = await post('/api/products', { ...valid(), ...change });
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toMatch(message);
  });

  it('treats SKUs as unique regardless of case', async () => {
    const existing = (await products())[0]!;
    const res = await post('/api/products', { ...valid(), sku: existing.sku.toLowerCase() });
    expect(res.body.errors.sku).toMatch(/already used/);
  });

  it('allows draft → active → archived → active and refuses the rest', async () => {
    const created = (await post('/api/products', { ...valid(), categoryId: (await leafCategory()).id })).body;
    expect((await put(`/api/products/${created.id}`, { status: 'archived' })).body.errors.status).toMatch(
      /cannot go from Draft to Archived/,
    );
    for (const status of ['active', 'archived', 'active']) {
      expect((await put(`/api/products/${created.id}`, { status })).status).toBe(200);
    }
    expect((await put(`/api/products/${created.id}`, { status: 'draft' })).status).toBe(422);
  });
});

describe('computed fields and filters', () => {
  it('filters and sorts by margin, stock state and category including subcategories', async () => {
    const byMargin = await server.request<Body[]>(
      'GET',
      `/api/products${listQuery({ filter: { marginPercent_gte: 50 }, sort: ['marginPercent', 'DESC'], range: [0, 999] })}`,
      { token },
    );
    expect(byMargin.body.length).toBeGreaterThan(0);
    for (const p of byMargin.body) expect(((p.price - p.cost) / p.price) * 100).toBeGreaterThanOrEqual(49.95);
    const margins = byMargin.body.map((p) => p.marginPercent);
    expect(margins).toEqual([...margins].sort((a, b) => b - a));

    const levels = await server.db.all<StockLevel>('stock-levels');
    const out = (await products()).filter(
      (p) => levels.filter((l) => l.productId === p.id).reduce((s, l) => s + l.available, 0) <= 0,
    );
    const outRes = await server.request<Body[]>(
      'GET',
      `/api/products${listQuery({ filter: { stockState: 'out' }, range: [0, 999] })}`,
      { token },
    );
    expect(outRes.body.map((p) => p.id).sort()).toEqual(out.map((p) => p.id).sort());

    const parent = (await server.db.all<Category>('categories')).find((c) => c.parentId === null)!;
    const children = new Set([
      parent.id,
      ...(await server.db.all<Category>('categories'))
        .filter((c) => c.parentId === parent.id)
        .map((c) => c.id),
    ]);
    const inTree = await server.request<Body[]>(
      'GET',
      `/api/products${listQuery({ filter: { categoryId: parent.id }, range: [0, 999] })}`,
      { token },
    );
    expect(inTree.body.map((p) => p.id).sort()).toEqual(
      (await products())
        .filter((p) => p.categoryId !== null && children.has(p.categoryId))
        .map((p) => p.id)
        .sort(),
    );
  });
});

describe('bulk edits', () => {
  it('previews old → new prices with rounding, then applies them to every product at once', async () => {
    const ids = (await products()).slice(0, 3).map((p) => p.id);
    const preview = await post('/api/products/bulk', {
      ids,
      action: 'price',
      price: { mode: 'percent', value: 10, rounding: '99' },
      preview: true,
    });
    expect(preview.body.applied).toBe(false);
    for (const change of preview.body.changes) {
      const original = (await products()).find((p) => p.id === change.id)!;
      expect(change.before.price).toBe(original.price);
      expect(change.after.price % 100).toBe(99);
      expect(Math.abs(change.after.price - original.price * 1.1)).toBeLessThanOrEqual(100);
    }
    const applied = await post('/api/products/bulk', {
      ids,
      action: 'price',
      price: { mode: 'percent', value: 10, rounding: '99' },
    });
    expect(applied.body.applied).toBe(true);
    const prices = await Promise.all(
      ids.map(async (id) => (await server.db.get<Product>('products', id))!.price),
    );
    expect(prices).toEqual(preview.body.changes.map((c: Body) => c.after.price));
  });

  it('changes nothing when one product refuses, and says which and why', async () => {
    const draft = (await post('/api/products', { sku: 'KT-BULK-DRAFT', name: 'Ohne Preis' })).body;
    const others = (await products()).filter((p) => p.status === 'active').slice(0, 3);
    const stored = () => Promise.all(others.map((p) => server.db.get<Product>('products', p.id)));
    const before = await stored();
    const res = await post('/api/products/bulk', {
      ids: [...others.map((p) => p.id), draft.id],
      action: 'archive',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[String(draft.id)]).toMatch(
      /KT-BULK-DRAFT: A product cannot go from Draft to Archived/,
    );
    expect(await stored()).toEqual(before);
  });

  it('works on everything matching a filter', async () => {
    const [from, target] = (await server.db.all<Category>('categories')).filter((c) => c.parentId !== null);
    for (const n of [1, 2, 3])
      await post('/api/products', { sku: `KT-FLT-${n}`, name: `Gefiltert ${n}`, categoryId: from!.id });
    const res = await post('/api/products/bulk', {
      filter: { q: 'kt-flt-' },
      action: 'move',
      categoryId: target!.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.changes).toHaveLength(3);
    const moved = (await products()).filter((p) => p.sku.startsWith('KT-FLT-'));
    expect(moved.map((p) => p.categoryId)).toEqual([target!.id, target!.id, target!.id]);
  });

  it('is closed to roles without write access', async () => {
    const manager = await server.login('manager');
    const res = await server.request('POST', '/api/products/bulk', {
      token: manager,
      body: { ids: [1], action: 'archive' },
    });
    expect(res.status).toBe(403);
  });
});

describe('CSV export and import', () => {
  it('exports everything matching the filter, formula-safe', async () => {
    await put(`/api/products/${(await products())[0]!.id}`, { name: '=HYPERLINK("http://evil")' });
    const res = await fetch(
      `${server.url}/api/products/export.csv${listQuery({ filter: { status: ['active', 'draft', 'archived'] } })}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const parsed = parseCsv(text);
    expect(parsed.rows).toHaveLength((await products()).length);
    expect(parsed.header).toEqual(expect.arrayContaining(['sku', 'name', 'price', 'cost', 'status']));
  });

  function csvWith(rows: string[]): string {
    return ['sku,name,price,cost,status', ...rows].join('\n');
  }

  it('dry-runs, then applies strictly only when every line is valid', async () => {
    const good = Array.from(
      { length: 999 },
      (_, i) => `KT-IMP-${String(i).padStart(5, '0')},Import ${i},12.99,5.00,draft`,
    );
    const csv = csvWith([...good.slice(0, 500), 'KT-IMP-BAD,Schlecht,-3,1,draft', ...good.slice(500)]);
    const count = (await products()).length;
    const dry = await post('/api/products/import', { csv, mode: 'dry-run' });
    expect(dry.body).toMatchObject({ applied: false, created: 999, updated: 0 });
    expect(dry.body.rejected).toEqual([expect.objectContaining({ line: 502, sku: 'KT-IMP-BAD' })]);
    const strict = await post('/api/products/import', { csv, mode: 'strict' });
    expect(strict.body.applied).toBe(false);
    expect(await products()).toHaveLength(count);
    const partial = await post('/api/products/import', { csv, mode: 'partial' });
    expect(partial.body).toMatchObject({ applied: true, created: 999 });
    expect(await products()).toHaveLength(count + 999);
    const imported = (await products()).find((p) => p.sku === 'KT-IMP-00042')!;
    expect(imported).toMatchObject({ name: 'Import 42', price: 1299, cost: 500 });
    expect(
      (await server.db.all<StockLevel>('stock-levels')).filter((l) => l.productId === imported.id),
    ).toHaveLength(await server.db.count('warehouses'));
  });

  it('updates by SKU, reporting unchanged lines, and refuses a SKU twice in one file', async () => {
    const p = (await products())[5]!;
    const res = await post('/api/products/import', {
      csv: `sku;name;price\n${p.sku.toLowerCase()};Neuer Name;${(p.price / 100).toFixed(2).replace('.', ',')}\n${p.sku};Doppelt;1,00\n`,
      mode: 'partial',
    });
    expect(res.body).toMatchObject({ updated: 1, created: 0 });
    expect(res.body.rejected[0]).toMatchObject({ line: 3 });
    expect(await server.db.get<Product>('products', p.id)).toMatchObject({
      name: 'Neuer Name',
      price: p.price,
    });
  });
});

describe('categories', () => {
  it('counts products including subcategories and refuses to delete a category in use, saying how many', async () => {
    const parent = (await server.db.all<Category>('categories')).find((c) => c.parentId === null)!;
    const res = await server.request<Body>('GET', `/api/categories/${parent.id}`, { token });
    const childIds = new Set([
      parent.id,
      ...(await server.db.all<Category>('categories'))
        .filter((c) => c.parentId === parent.id)
        .map((c) => c.id),
    ]);
    expect(res.body.productCount).toBe(
      (await products()).filter((p) => p.categoryId !== null && childIds.has(p.categoryId)).length,
    );
    const del = await server.request<Body>('DELETE', `/api/categories/${parent.id}`, { token });
    expect(del.status).toBe(409);
    expect(del.body.message).toMatch(/\d+ categories/);
  });

  it('moves a category up among its siblings', async () => {
    const parent = (await server.db.all<Category>('categories')).find((c) => c.parentId === null)!;
    const siblings = async () =>
      (await server.db.all<Category>('categories'))
        .filter((c) => c.parentId === parent.id)
        .sort((a, b) => a.position - b.position);
    const [first, second] = await siblings();
    expect((await post(`/api/categories/${second!.id}/move`, { direction: 'up' })).status).toBe(200);
    expect((await siblings()).slice(0, 2).map((c) => c.id)).toEqual([second!.id, first!.id]);
    expect((await post(`/api/categories/${second!.id}/move`, { direction: 'up' })).status).toBe(409);
  });
});

describe('saved filters', () => {
  it("keeps each user's presets private and checks them like a list request", async () => {
    const mine = await post('/api/saved-filters', {
      resource: 'products',
      name: 'Entwürfe',
      filter: { status: 'draft' },
    });
    expect(mine.status).toBe(201);
    expect(
      (await post('/api/saved-filters', { resource: 'products', name: 'Kaputt', filter: { colour: 'red' } }))
        .body.errors.filter,
    ).toMatch(/colour/);
    const other = await server.login('manager');
    const theirs = await server.request<Body[]>('GET', `/api/saved-filters${listQuery({ range: [0, 99] })}`, {
      token: other,
    });
    expect(theirs.body).toEqual([]);
    expect(totalOf(theirs)).toBe(0);
    expect(
      (await server.request('DELETE', `/api/saved-filters/${mine.body.id}`, { token: other })).status,
    ).toBe(404);
  });
});
