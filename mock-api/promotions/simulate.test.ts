/** POST /api/promotions/simulate against the real server; the fixture promotions are listed in fixtures.ts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PriceResult } from '../../src/domain/pricing';
import { formatMessage } from '../../src/domain/messages';
import { startTestServer, type TestServer } from '../test/harness';
import { LAMP, MUG, SAVER_CUSTOMER_ID, serverOptions, type ErrorBody } from './fixtures';

type Simulation = PriceResult & { at: string; shippingMethodId: number | null; baseline?: PriceResult };

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer(serverOptions);
  token = await server.login('merchandiser');
});
afterAll(() => server.close());

const simulate = (body: unknown, headers?: Record<string, string>) =>
  server.request<Simulation & ErrorBody>('POST', '/api/promotions/simulate', { token, body, headers });
// Two mugs (2 × 20.00, Küche) and a lamp (10.00, Wohnen): a 50.00 cart.
const CART = [
  { productId: MUG.id, quantity: 2 },
  { productId: LAMP.id, quantity: 1 },
];
const reasonsOf = (result: Simulation) =>
  Object.fromEntries(result.notApplied.map((s) => [s.promotionId, s.reason]));

describe('pricing a cart', () => {
  it('applies the automatic promotions at current prices and explains the rest', async () => {
    const res = await simulate({ items: CART, shipping: 495 });
    expect(res.status).toBe(200);
    // Kitchen 10 % on the mugs: 4.00. Free shipping: 4.95. SAVE5 needs its code.
    expect(res.body.lines.map((l) => [l.productId, l.unitPrice, l.discount])).toEqual([
      [MUG.id, 2000, 400],
      [LAMP.id, 1000, 0],
    ]);
    expect(res.body.applied.map((a) => [a.promotionId, a.amount])).toEqual([
      [1, 400],
      [3, 495],
    ]);
    expect(res.body).toMatchObject({
      subtotal: 5000,
      discountTotal: 400,
      shipping: 495,
      shippingDiscount: 495,
      total: 4600,
    });
    expect(reasonsOf(res.body)).toEqual({
      2: 'code',
      4: 'window',
      5: 'window',
      6: 'draft',
      7: 'paused',
      8: 'limit',
    });
    expect(res.body.at).toBe('2026-06-15T10:00:00.000Z');
  });

  it('applies a coupon entered in any case, after higher priorities, spread over what they left', async () => {
    const res = await simulate({ items: CART, shipping: 495, code: 'save5' });
    // SAVE5 spreads 5.00 over what is left: mugs 36.00 and lamp 10.00 → 3.913 and 1.087 → 3.91 and 1.09.
    expect(res.body.applied.map((a) => [a.promotionId, a.amount])).toEqual([
      [1, 400],
      [2, 500],
      [3, 495],
    ]);
    expect(res.body.lines.map((l) => l.discount)).toEqual([400 + 391, 109]);
    expect(res.body.total).toBe(5000 - 900);
  });

  it('ships with the shop’s first active method when none is chosen: DHL Paket, 4.90, free from 50.00', async () => {
    const full = await simulate({ items: CART });
    expect(full.body).toMatchObject({ shipping: 0, shippingMethodId: 1 });
    const small = await simulate({ items: [{ productId: LAMP.id, quantity: 1 }] });
    expect(small.body).toMatchObject({ shipping: 490, shippingDiscount: 490, shippingMethodId: 1 });
  });

  it('ships with the chosen method’s price and threshold, and the free-shipping promotion waives it', async () => {
    // DHL Express: 12.90, never free by threshold, so even the 50.00 cart pays for it, until promotion 3 waives it.
    const express = await simulate({ items: CART, shippingMethodId: 2 });
    expect(express.status).toBe(200);
    expect(express.body).toMatchObject({ shipping: 1290, shippingDiscount: 1290, shippingMethodId: 2 });
    expect(express.body.applied.find((a) => a.promotionId === 3)).toMatchObject({ shippingAmount: 1290 });
    // UPS Standard: 6.90, free from 75.00.
    const ups = await simulate({ items: CART, shippingMethodId: 6 });
    expect(ups.body).toMatchObject({ shipping: 690, shippingMethodId: 6 });
    // An amount given outright wins over any method.
    const given = await simulate({ items: CART, shippingMethodId: 2, shipping: 100 });
    expect(given.body).toMatchObject({ shipping: 100, shippingMethodId: null });
  });

  it('refuses a shipping method the shop does not have', async () => {
    for (const shippingMethodId of [999, 0, 'express']) {
      const res = await simulate({ items: CART, shippingMethodId });
      expect(res.status, String(shippingMethodId)).toBe(422);
      expect(Object.keys(res.body.errors ?? {})).toEqual(['shippingMethodId']);
    }
  });

  it('follows Settings: the default is the first method still active', async () => {
    const admin = await server.login('admin');
    const method = await server.request<{ version: number }>('GET', '/api/shipping-methods/1', {
      token: admin,
    });
    const off = await server.request('PATCH', '/api/shipping-methods/1', {
      token: admin,
      body: { active: false, version: method.body.version },
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    try {
      const res = await simulate({ items: CART });
      expect(res.body).toMatchObject({ shipping: 1290, shippingMethodId: 2 });
    } finally {
      const now = await server.request<{ version: number }>('GET', '/api/shipping-methods/1', {
        token: admin,
      });
      await server.request('PATCH', '/api/shipping-methods/1', {
        token: admin,
        body: { active: true, version: now.body.version },
      });
    }
  });

  it('prices at the moment asked for', async () => {
    const july = await simulate({ items: CART, at: '2026-07-01T00:00:00.000Z' });
    // On 1 July the June promotions have ended and Summer (20 %) has begun: 20 % of 50.00.
    expect(july.body.applied.map((a) => [a.promotionId, a.amount])).toEqual([[5, 1000]]);
  });

  it('counts the customer\u2019s earlier uses from their orders', async () => {
    const res = await simulate({ items: CART, code: 'SAVE5', customerId: SAVER_CUSTOMER_ID });
    expect(reasonsOf(res.body)[2]).toBe('perCustomerLimit');
    const other = await simulate({ items: CART, code: 'SAVE5', customerId: SAVER_CUSTOMER_ID + 1 });
    expect(other.body.applied.map((a) => a.promotionId)).toContain(2);
  });

  it('explains in the language of the request', async () => {
    const res = await simulate({ items: CART, shipping: 495 }, { 'Accept-Language': 'de-DE' });
    expect(res.body.applied[0]!.explanation.text).toBe(
      '10 % Rabatt auf die gewählten Kategorien: −4,00\u00a0€.',
    );
    const draft = res.body.notApplied.find((s) => s.promotionId === 6)!;
    expect(draft.explanation.text).toBe(formatMessage('de', 'promotions.why.draft'));
  });
});

describe('dry run of an unsaved promotion', () => {
  it('prices the cart with the form\u2019s values and returns the baseline without them', async () => {
    const form = {
      name: '',
      type: 'fixed',
      value: 300,
      scope: 'products',
      productIds: [LAMP.id],
      startsAt: '2026-06-01T00:00:00.000Z',
      draft: true,
    };
    const res = await simulate({ items: CART, promotion: form });
    expect(res.status).toBe(200);
    // The draft flag is ignored in a dry run: 3.00 off the lamp on top of the Kitchen 10 %.
    const candidate = res.body.applied.find((a) => a.type === 'fixed')!;
    expect(candidate).toMatchObject({ amount: 300, lineAmounts: [0, 300] });
    expect(candidate.promotionId).toBeGreaterThan(8);
    expect(res.body.baseline!.discountTotal).toBe(400);
    expect(res.body.discountTotal).toBe(700);
  });

  it('replaces the stored version when the form edits an existing promotion', async () => {
    const res = await simulate({ items: CART, promotion: { id: 1, value: 50 } });
    // Kitchen at 50 % instead of 10 %: 20.00 off the mugs; the baseline leaves Kitchen out entirely.
    expect(res.body.applied.find((a) => a.promotionId === 1)!.amount).toBe(2000);
    expect(res.body.baseline!.applied.map((a) => a.promotionId)).not.toContain(1);
  });

  it('reports the form\u2019s problems under promotion.<field>', async () => {
    const res = await simulate({
      items: CART,
      promotion: { type: 'percent', value: 150, startsAt: '2026-06-01T00:00:00.000Z' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ 'promotion.value': formatMessage('en', 'errors.percentRange') });
  });
});

describe('refusals', () => {
  it('names unknown products and bad quantities per item', async () => {
    const res = await simulate({
      items: [
        { productId: 999_999, quantity: 1 },
        { productId: MUG.id, quantity: 0 },
        { productId: MUG.id, quantity: 1.5 },
      ],
    });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors!).sort()).toEqual([
      'items.0.productId',
      'items.1.quantity',
      'items.2.quantity',
    ]);
    expect(res.body.errors!['items.0.productId']).toContain('999999');
  });

  it('needs at least one item, a real date and a known customer', async () => {
    const res = await simulate({ items: [], at: 'soon', customerId: 999_999 });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors!).sort()).toEqual(['at', 'customerId', 'items']);
  });

  it('is open to every role that reads promotions, and to no other', async () => {
    for (const role of ['admin', 'manager']) {
      const res = await server.request('POST', '/api/promotions/simulate', {
        token: await server.login(role),
        body: { items: CART },
      });
      expect(res.status, role).toBe(200);
    }
    const warehouse = await server.request<ErrorBody>('POST', '/api/promotions/simulate', {
      token: await server.login('warehouse'),
      body: { items: CART },
    });
    expect(warehouse.status).toBe(403);
    expect((await server.request('POST', '/api/promotions/simulate', { body: { items: CART } })).status).toBe(
      401,
    );
  });
});
