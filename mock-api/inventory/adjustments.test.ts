/** Stock adjustments, counts, batch receipts and reversals over HTTP, with the ledger invariant after each. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestServer, type TestServer } from '../test/harness';
import { ledgerViolations, reservationViolations } from '../test/invariants';
import type { Product, StockLevel, StockMovement } from '../../src/domain/types';

let server: TestServer;
let token: string;

beforeAll(async () => {
  // The warehouse user works only in warehouse 1, so warehouse 2 is out of their reach.
  server = await startTestServer({
    prepare: (db) => {
      for (const u of db.users) if (u.username === 'warehouse') u.warehouseIds = [1];
    },
  });
  token = await server.login('warehouse');
});
afterAll(() => server.close());

const levels = async () => await server.db.all<StockLevel>('stock-levels');
const levelOf = async (productId: number, warehouseId: number) =>
  (await levels()).find((l) => l.productId === productId && l.warehouseId === warehouseId)!;
const movementsOf = async (productId: number, warehouseId: number) =>
  (await server.db.all<StockMovement>('stock-movements')).filter(
    (m) => m.productId === productId && m.warehouseId === warehouseId,
  );
const adjust = (body: unknown, as = token) =>
  server.request<Record<string, any>>('POST', '/api/stock-adjustments', { token: as, body });

async function expectInvariants() {
  expect(await ledgerViolations(server.db)).toEqual([]);
  expect(await reservationViolations(server.db)).toEqual([]);
}

describe('a single adjustment', () => {
  it('appends a movement and moves on hand, both at once, and audits it', async () => {
    const before = await levelOf(1, 1);
    const res = await adjust({
      productId: 1,
      warehouseId: 1,
      delta: 7,
      reason: 'receipt',
      note: 'Lieferung 4711',
    });
    expect(res.status).toBe(201);
    expect(res.body.movement).toMatchObject({
      delta: 7,
      reason: 'receipt',
      balanceAfter: before.onHand + 7,
      note: 'Lieferung 4711',
    });
    expect(res.body.stockLevel).toMatchObject({ onHand: before.onHand + 7, available: before.available + 7 });
    expect((await levelOf(1, 1)).onHand).toBe(before.onHand + 7);
    const audit = [
      ...(await server.db.all<{ action: string; recordId: number; changes: unknown[] }>('audit-log')),
    ].at(-1)!;
    expect(audit).toMatchObject({
      action: 'adjust',
      recordId: before.id,
      changes: [{ field: 'onHand', before: before.onHand, after: before.onHand + 7 }],
    });
    await expectInvariants();
  });

  it('turns a count into the difference to the books', async () => {
    const before = await levelOf(2, 1);
    const res = await adjust({
      productId: 2,
      warehouseId: 1,
      reason: 'count',
      countedQuantity: before.onHand + 3,
    });
    expect(res.status).toBe(201);
    expect(res.body.movement).toMatchObject({ delta: 3, reason: 'count', balanceAfter: before.onHand + 3 });
    const confirm = await adjust({
      productId: 2,
      warehouseId: 1,
      reason: 'count',
      countedQuantity: before.onHand + 3,
    });
    expect(confirm.body.movement.delta).toBe(0);
    await expectInvariants();
  });

  it('refuses a stale expected on hand with 409 and changes nothing', async () => {
    const before = await levelOf(3, 1);
    const count = (await movementsOf(3, 1)).length;
    const res = await adjust({
      productId: 3,
      warehouseId: 1,
      reason: 'count',
      countedQuantity: 5,
      expectedOnHand: before.onHand + 1,
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain(String(before.onHand));
    expect(await levelOf(3, 1)).toEqual(before);
    expect(await movementsOf(3, 1)).toHaveLength(count);
  });

  it('never takes on hand below zero, and says the numbers', async () => {
    const before = await levelOf(4, 1);
    const res = await adjust({ productId: 4, warehouseId: 1, delta: -(before.onHand + 1), reason: 'damage' });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain(`${before.onHand}`);
    expect(res.body.message).toContain('-1');
    expect(await levelOf(4, 1)).toEqual(before);
  });

  it('names the broken field for each kind of bad input', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ productId: 1, warehouseId: 1, delta: 0, reason: 'receipt' }, 'delta'],
      [{ productId: 1, warehouseId: 1, delta: 1.5, reason: 'receipt' }, 'delta'],
      [{ productId: 99999, warehouseId: 1, delta: 1, reason: 'receipt' }, 'productId'],
      [{ productId: 1, warehouseId: 99, delta: 1, reason: 'receipt' }, 'warehouseId'],
      [{ productId: 1, warehouseId: 1, delta: 1 }, 'reason'],
      [{ productId: 1, warehouseId: 1, delta: 1, reason: 'sale' }, 'reason'],
      [{ productId: 1, warehouseId: 1, reason: 'count' }, 'countedQuantity'],
    ];
    const total = await server.db.count('stock-movements');
    for (const [body, field] of cases) {
      const res = await adjust(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body.errors), JSON.stringify(body)).toContain(field);
    }
    expect(await server.db.count('stock-movements')).toBe(total);
  });

  it('keeps warehouse staff to their own warehouses and managers out', async () => {
    expect((await adjust({ productId: 1, warehouseId: 2, delta: 1, reason: 'receipt' })).status).toBe(403);
    const manager = await server.login('manager');
    expect(
      (await adjust({ productId: 1, warehouseId: 1, delta: 1, reason: 'receipt' }, manager)).status,
    ).toBe(403);
    const admin = await server.login('admin');
    expect((await adjust({ productId: 1, warehouseId: 2, delta: 1, reason: 'receipt' }, admin)).status).toBe(
      201,
    );
  });
});

describe('concurrent adjustments', () => {
  it('serialises 200 simultaneous ±1 changes: on hand = start + accepted deltas, one movement each', async () => {
    const start = await levelOf(5, 1);
    const movementsBefore = (await movementsOf(5, 1)).length;
    const deltas: number[] = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? -1 : 1));
    const results = await Promise.all(
      deltas.map((delta) =>
        adjust({ productId: 5, warehouseId: 1, delta, reason: delta > 0 ? 'receipt' : 'damage' }),
      ),
    );
    const accepted = results.map((r, i) => (r.status === 201 ? deltas[i]! : 0));
    expect(results.every((r) => r.status === 201 || r.status === 422)).toBe(true);
    expect((await levelOf(5, 1)).onHand).toBe(start.onHand + accepted.reduce((a, b) => a + b, 0));
    expect(await movementsOf(5, 1)).toHaveLength(
      movementsBefore + results.filter((r) => r.status === 201).length,
    );
    await expectInvariants();
  });
});

describe('batch receipts', () => {
  it('applies scanned lines by SKU or barcode as one batch, summing repeated scans', async () => {
    const [a, b] = (await server.db.all<Product>('products')).slice(6, 8) as [Product, Product];
    const before = [(await levelOf(a.id, 1)).onHand, (await levelOf(b.id, 1)).onHand];
    const res = await server.request<{ movements: StockMovement[] }>('POST', '/api/stock-adjustments/batch', {
      token,
      body: {
        warehouseId: 1,
        note: 'Lieferschein 88',
        lines: [
          { sku: a.sku.toLowerCase(), quantity: 2 },
          { sku: b.barcode, quantity: 5 },
          { sku: a.sku, quantity: 1 },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.movements).toHaveLength(2);
    expect([(await levelOf(a.id, 1)).onHand, (await levelOf(b.id, 1)).onHand]).toEqual([
      before[0]! + 3,
      before[1]! + 5,
    ]);
    await expectInvariants();
  });

  it('refuses the whole batch when one line is wrong, naming the line', async () => {
    const total = await server.db.count('stock-movements');
    const sku = (await server.db.all<Product>('products'))[0]!.sku;
    const res = await server.request<{ errors: Record<string, string> }>(
      'POST',
      '/api/stock-adjustments/batch',
      {
        token,
        body: {
          warehouseId: 1,
          lines: [
            { sku, quantity: 2 },
            { sku: 'NOPE-123', quantity: 1 },
            { sku, quantity: 0 },
          ],
        },
      },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors['lines.1.sku']).toMatch(/Line 2.*NOPE-123/);
    expect(res.body.errors['lines.2.quantity']).toMatch(/Line 3/);
    expect(await server.db.count('stock-movements')).toBe(total);
  });
});

describe('reversing a mistaken adjustment', () => {
  it('posts a compensating movement that references the original, once', async () => {
    const made = await adjust({ productId: 9, warehouseId: 1, delta: 4, reason: 'receipt' });
    const id = made.body.movement.id as number;
    const res = await server.request<Record<string, any>>('POST', `/api/stock-movements/${id}/reverse`, {
      token,
      body: { note: 'doppelt gebucht' },
    });
    expect(res.status).toBe(201);
    expect(res.body.movement).toMatchObject({
      delta: -4,
      reason: 'correction',
      reversesMovementId: id,
      note: 'doppelt gebucht',
    });
    expect(
      (await server.request('POST', `/api/stock-movements/${id}/reverse`, { token, body: {} })).status,
    ).toBe(409);
    expect(await server.db.get<StockMovement>('stock-movements', id)).toEqual(made.body.movement);
    // A shipment's movement in one of the user's own warehouses: refused for its reason, not its place.
    const shipment = (await server.db.all<StockMovement>('stock-movements')).find(
      (m) => m.reason === 'shipment' && m.warehouseId === 1,
    );
    if (shipment) {
      expect(
        (await server.request('POST', `/api/stock-movements/${shipment.id}/reverse`, { token, body: {} }))
          .status,
      ).toBe(409);
    }
    await expectInvariants();
  });
});

describe('stock levels', () => {
  it('lists the low-stock inbox with velocity, days of cover and a suggested quantity', async () => {
    const res = await server.request<Array<Record<string, number>>>(
      'GET',
      `/api/stock-levels${listQuery({ filter: { lowStock: true }, range: [0, 999] })}`,
      { token },
    );
    expect(res.status).toBe(200);
    const expected = (await levels()).filter((l) => l.available <= l.reorderPoint).map((l) => l.id);
    for (const row of res.body) {
      expect(row.available).toBeLessThanOrEqual(row.reorderPoint!);
      expect(row.suggestedReorderQuantity).toBeGreaterThanOrEqual(0);
      expect(row).toHaveProperty('daysOfCover');
      expect(expected).toContain(row.id);
    }
  });

  it('gives a new product a stock level in every warehouse', async () => {
    const admin = await server.login('admin');
    const res = await server.request<Product>('POST', '/api/products', {
      token: admin,
      body: { sku: 'KT-NEW-1', name: 'Neu' },
    });
    expect((await levels()).filter((l) => l.productId === res.body.id)).toHaveLength(
      await server.db.count('warehouses'),
    );
    await expectInvariants();
  });
});
