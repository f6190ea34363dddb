/** Pause and resume, overlaps, generated codes with their CSV, and performance, against the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/domain/messages';
import type { PriceResult } from '../../src/domain/pricing';
import type { PromotionCode } from '../../src/domain/promotions';
import type { AuditEntry, Order, Promotion } from '../../src/domain/types';
import { listQuery, startTestServer, type TestServer } from '../test/harness';
import { LAMP, MUG, serverOptions, type ErrorBody } from './fixtures';
import type { OverlapEntry } from './overlaps';
import type { PromotionPerformance } from './performance';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer(serverOptions);
  token = await server.login('manager');
});
afterAll(() => server.close());

const post = <T>(path: string, body?: unknown) =>
  server.request<T & ErrorBody>('POST', path, { token, body });
const get = <T>(path: string) => server.request<T & ErrorBody>('GET', path, { token });

async function auditOf(recordId: number): Promise<AuditEntry[]> {
  const query = listQuery({ filter: { resource: 'promotions', recordId }, sort: ['id', 'DESC'] });
  return (await server.request<AuditEntry[]>('GET', `/api/audit-log${query}`, { token })).body;
}

describe('pause and resume', () => {
  it('pauses a running promotion, audited, and refuses to pause it twice', async () => {
    const paused = await post<Promotion & { status: string }>('/api/promotions/3/pause');
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ paused: true, status: 'paused' });
    expect((await auditOf(3))[0]).toMatchObject({
      action: 'update',
      note: 'paused',
      changes: [{ field: 'paused', before: false, after: true }],
    });
    const again = await post('/api/promotions/3/pause');
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(formatMessage('en', 'errors.promotionAlreadyPaused'));
  });

  it('resumes it, and refuses to resume one that is not paused', async () => {
    const resumed = await post<Promotion & { status: string }>('/api/promotions/3/resume');
    expect(resumed.body).toMatchObject({ paused: false, status: 'active' });
    expect((await auditOf(3))[0]!.note).toBe('resumed');
    expect((await post('/api/promotions/3/resume')).status).toBe(409);
  });

  it('checks the version when one is sent, and who may do it', async () => {
    const current = (await server.db.get<Promotion>('promotions', 1))!;
    expect((await post('/api/promotions/1/pause', { version: current.version - 1 })).status).toBe(409);
    expect((await server.db.get<Promotion>('promotions', 1))!.paused).toBe(false);
    const warehouse = await server.request('POST', '/api/promotions/1/pause', {
      token: await server.login('warehouse'),
    });
    expect(warehouse.status).toBe(403);
    expect((await post('/api/promotions/999/pause')).status).toBe(404);
  });
});

describe('overlaps', () => {
  it('lists the promotions that meet a stored one in time and targeting, with how they combine', async () => {
    // Kitchen (1) runs in June on Küche; SAVE5, Free shipping, Draft, Paused and Used up run in June on the whole order.
    // Old coupon ended on 1 June, when Kitchen started, and Summer starts when it ends: no overlap.
    const res = await get<OverlapEntry[]>('/api/promotions/1/overlaps');
    expect(res.status).toBe(200);
    expect(res.body.map((e) => e.promotion.id)).toEqual([2, 3, 6, 7, 8]);
    const save5 = res.body[0]!;
    expect(save5.promotion.status).toBe('active');
    expect(save5.combination).toMatchObject({
      firstId: 1,
      secondId: 2,
      bothApply: true,
      reason: 'combinable',
    });
    expect(save5.combination.text).toBe(
      formatMessage('en', 'promotions.combine.both', { first: 'Kitchen 10 %', second: 'SAVE5' }),
    );
  });

  it('checks a form\u2019s unsaved values, and finds no overlap between disjoint targets', async () => {
    const onLamps = {
      name: 'Lamps',
      type: 'fixed',
      value: 100,
      scope: 'products',
      productIds: [LAMP.id],
      startsAt: '2026-06-10T00:00:00.000Z',
      priority: 20,
      combinable: false,
    };
    const res = await post<OverlapEntry[]>('/api/promotions/overlaps', onLamps);
    expect(res.status).toBe(200);
    const ids = res.body.map((e) => e.promotion.id);
    // The lamp is not in Küche, so Kitchen (1) does not meet it; Summer (5) starts later but the form has no end.
    expect(ids).not.toContain(1);
    expect(ids).toEqual(expect.arrayContaining([2, 3, 5]));
    const withShipping = res.body.find((e) => e.promotion.id === 3)!;
    expect(withShipping.combination).toMatchObject({ bothApply: false, reason: 'exclusive', secondId: 3 });
    const onMugs = await post<OverlapEntry[]>('/api/promotions/overlaps', {
      ...onLamps,
      productIds: [MUG.id],
    });
    expect(onMugs.body.map((e) => e.promotion.id)).toContain(1);
  });

  it('refuses invalid form values', async () => {
    const res = await post('/api/promotions/overlaps', {
      type: 'percent',
      value: 0,
      startsAt: '2026-06-10T00:00:00.000Z',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ value: formatMessage('en', 'errors.percentRange') });
  });
});

describe('generated codes', () => {
  it('generates unique codes with the prefix, stores them, and audits the batch once', async () => {
    const before = await server.db.count('audit-log');
    const res = await post<{ count: number; prefix: string; codes: string[] }>('/api/promotions/5/codes', {
      count: 300,
      prefix: 'summer',
    });
    expect(res.status).toBe(201);
    expect(res.body.count).toBe(300);
    expect(new Set(res.body.codes.map((c) => c.toLowerCase())).size).toBe(300);
    expect(res.body.codes.every((c) => /^SUMMER-[A-Z2-9]{8}$/.test(c))).toBe(true);
    const stored = (await server.db.all<PromotionCode>('promotion-codes')).filter((c) => c.promotionId === 5);
    expect(stored.map((c) => c.code).sort()).toEqual([...res.body.codes].sort());
    expect(stored.every((c) => c.usedAt === null)).toBe(true);
    expect(await server.db.count('audit-log')).toBe(before + 1);
    expect((await auditOf(5))[0]).toMatchObject({
      action: 'bulk',
      note: 'generated 300 codes with prefix SUMMER',
    });
  });

  it('makes the promotion need one of its codes, and keeps other promotions from taking them', async () => {
    const code = (await server.db.all<PromotionCode>('promotion-codes')).find(
      (c) => c.promotionId === 5,
    )!.code;
    const cart = { items: [{ productId: MUG.id, quantity: 1 }], at: '2026-07-02T00:00:00.000Z' };
    const without = await post<PriceResult>('/api/promotions/simulate', cart);
    expect(without.body.notApplied.find((s) => s.promotionId === 5)!.reason).toBe('code');
    const withCode = await post<PriceResult>('/api/promotions/simulate', {
      ...cart,
      code: code.toLowerCase(),
    });
    expect(withCode.body.applied.map((a) => a.promotionId)).toContain(5);
    const taken = await server.request<ErrorBody>('POST', '/api/promotions', {
      token,
      body: { name: 'Copycat', type: 'percent', value: 5, startsAt: '2026-06-01T00:00:00.000Z', code },
    });
    expect(taken.status).toBe(422);
    expect(Object.keys(taken.body.errors!)).toEqual(['code']);
  });

  it('refuses counts outside 1–10000 and malformed prefixes', async () => {
    for (const body of [{ count: 0 }, { count: 10_001 }, { count: 2.5 }, { count: '5' }]) {
      const res = await post('/api/promotions/5/codes', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors, JSON.stringify(body)).toEqual({
        count: formatMessage('en', 'errors.codeCount', { max: 10_000 }),
      });
    }
    const missing = await post('/api/promotions/5/codes', {});
    expect(missing.body.errors).toEqual({ count: formatMessage('en', 'errors.required') });
    for (const prefix of ['=HYPERLINK', '-x', 'with space', 'A'.repeat(21)]) {
      const res = await post('/api/promotions/5/codes', { count: 1, prefix });
      expect(res.body.errors, prefix).toEqual({ prefix: formatMessage('en', 'errors.codePrefixPattern') });
    }
  });

  it('exports the codes as CSV with a localised header', async () => {
    const res = await server.request<string>('GET', '/api/promotions/5/codes.csv', {
      token,
      headers: { 'Accept-Language': 'de' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('promotion-5-codes.csv');
    const rows = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe(
      `${formatMessage('de', 'promotions.csv.code')},${formatMessage('de', 'promotions.csv.usedAt')}`,
    );
    const stored = (await server.db.all<PromotionCode>('promotion-codes')).filter((c) => c.promotionId === 5);
    expect(rows.slice(1)).toEqual(stored.sort((a, b) => a.id - b.id).map((c) => `${c.code},`));
  });
});

describe('performance', () => {
  it('sums the orders that used the promotion, with and without it', async () => {
    const res = await get<PromotionPerformance>('/api/promotions/2/performance');
    expect(res.status).toBe(200);
    const orders = (await server.db.all<Order>('orders')).filter(
      (o) => o.promotionIds.includes(2) && o.status !== 'cancelled',
    );
    expect(orders.length).toBeGreaterThan(0);
    const sales = orders.reduce((sum, o) => sum + o.subtotal - o.discountTotal, 0);
    const subtotals = orders.reduce((sum, o) => sum + o.subtotal, 0);
    expect(res.body).toMatchObject({
      promotionId: 2,
      status: 'active',
      orders: orders.length,
      sales,
      budget: null,
      budgetLeft: null,
    });
    // Without SAVE5 those orders had no promotion at all: full subtotals.
    expect(res.body.salesWithout).toBe(subtotals);
    expect(res.body.margin - res.body.marginWithout).toBe(sales - subtotals);
  });
});
