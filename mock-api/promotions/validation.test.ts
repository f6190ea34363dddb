/** The promotions REST resource: every validation rule, server-owned fields, audit, and the derived status. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/domain/messages';
import { promotionStatus, PROMOTION_STATUSES, type PromotionStatus } from '../../src/domain/promotions';
import type { AuditEntry, Promotion } from '../../src/domain/types';
import { listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';
import { NOW, serverOptions, type ErrorBody } from './fixtures';

type Presented = Promotion & { status: PromotionStatus };

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer(serverOptions);
  token = await server.login('merchandiser');
});
afterAll(() => server.close());

const VALID = {
  name: 'Autumn',
  type: 'percent',
  value: 15,
  startsAt: '2026-09-01T00:00:00.000Z',
  endsAt: '2026-10-01T00:00:00.000Z',
};
const create = (body: Record<string, unknown>, headers?: Record<string, string>) =>
  server.request<Presented & ErrorBody>('POST', '/api/promotions', { token, body, headers });
const update = (id: number, body: Record<string, unknown>) =>
  server.request<Presented & ErrorBody>('PUT', `/api/promotions/${id}`, { token, body });
const en = (key: string, params?: Record<string, string | number>) => formatMessage('en', key, params);

describe('validation, one message per field', () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['a percentage below 1', { value: 0 }, { value: en('errors.percentRange') }],
    ['a percentage above 100', { value: 101 }, { value: en('errors.percentRange') }],
    ['a fixed amount of zero', { type: 'fixed', value: 0 }, { value: en('errors.positive') }],
    ['a negative fixed amount', { type: 'fixed', value: -500 }, { value: en('errors.nonNegative') }],
    ['an end equal to the start', { endsAt: VALID.startsAt }, { endsAt: en('errors.endsBeforeStart') }],
    [
      'an end before the start',
      { endsAt: '2026-08-31T23:59:59.000Z' },
      { endsAt: en('errors.endsBeforeStart') },
    ],
    [
      'buy X get Y without quantities',
      { type: 'buy_x_get_y', value: 0 },
      { buyQuantity: en('errors.buyXGetYQuantities'), getQuantity: en('errors.buyXGetYQuantities') },
    ],
    [
      'buy X get Y with one quantity',
      { type: 'buy_x_get_y', value: 0, buyQuantity: 2 },
      { getQuantity: en('errors.buyXGetYQuantities') },
    ],
    [
      'an unknown category',
      { scope: 'categories', categoryIds: [1, 999] },
      { categoryIds: en('errors.unknownReference', { resource: 'categories', id: 999 }) },
    ],
    [
      'an unknown product',
      { scope: 'products', productIds: [999] },
      { productIds: en('errors.unknownReference', { resource: 'products', id: 999 }) },
    ],
    [
      'category targeting without categories',
      { scope: 'categories', categoryIds: [] },
      { categoryIds: en('errors.scopeNeedsCategories') },
    ],
    [
      'product targeting without products',
      { scope: 'products' },
      { productIds: en('errors.scopeNeedsProducts') },
    ],
    [
      'a code in use by a running promotion, in another case',
      { code: 'save5' },
      { code: en('errors.valueTaken', { value: 'save5' }) },
    ],
    ['a malformed code', { code: 'no spaces!' }, { code: en('errors.promotionCodePattern') }],
  ];

  it.each(cases)('refuses %s', async (_label, change, errors) => {
    const res = await create({ ...VALID, ...change });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(errors);
  });

  it('answers in German when asked', async () => {
    const res = await create({ ...VALID, value: 0 }, { 'Accept-Language': 'de' });
    expect(res.body.errors).toEqual({ value: formatMessage('de', 'errors.percentRange') });
  });

  it('lets a code be reused once the promotion that had it has expired', async () => {
    const res = await create({ ...VALID, code: 'old50' });
    expect(res.status).toBe(201);
    expect(res.body.code).toBe('OLD50');
  });

  it('refuses a limit below the uses already made and a budget below the discount already given', async () => {
    const used = await create({ ...VALID, name: 'Used', code: null });
    await server.db.transact((tx) =>
      tx.update('promotions', used.body.id, { usageCount: 4, discountGiven: 2500 }),
    );
    const res = await update(used.body.id, { usageLimit: 3, budget: 2000 });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({
      usageLimit: en('errors.limitBelowUses', { uses: 4 }),
      budget: en('errors.budgetBelowGiven'),
    });
    expect((await update(used.body.id, { usageLimit: 4, budget: 2500 })).status).toBe(200);
  });
});

describe('writes', () => {
  it('creates with defaults and a derived status, upper-casing the code', async () => {
    const res = await create({ ...VALID, code: 'autumn15' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: 'AUTUMN15',
      status: 'scheduled',
      usageCount: 0,
      discountGiven: 0,
      scope: 'order',
      paused: false,
    });
  });

  it('stores no value for the types without one', async () => {
    const res = await create({ ...VALID, type: 'free_shipping', value: 40 });
    expect(res.body.value).toBe(0);
  });

  it('ignores usage, discount given and status echoed back by an edit form', async () => {
    const current = (await server.request<Presented>('GET', '/api/promotions/1', { token })).body;
    const res = await update(1, {
      ...current,
      usageCount: 99,
      discountGiven: 12_345,
      status: 'expired',
      name: 'Kitchen 12 %',
      value: 12,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Kitchen 12 %',
      value: 12,
      usageCount: current.usageCount,
      discountGiven: current.discountGiven,
      status: 'active',
    });
    expect((await server.db.get<Record<string, unknown>>('promotions', 1))!.status).toBeUndefined();
  });

  it('allows changing a running promotion and records the change in the audit log', async () => {
    const res = await update(3, { minSubtotal: 2000 });
    expect(res.status).toBe(200);
    const admin = await server.login('admin');
    const audit = await server.request<AuditEntry[]>(
      'GET',
      `/api/audit-log${listQuery({ filter: { resource: 'promotions', recordId: 3 }, sort: ['id', 'DESC'] })}`,
      { token: admin },
    );
    expect(audit.body[0]).toMatchObject({
      action: 'update',
      username: 'merchandiser',
      changes: [{ field: 'minSubtotal', before: 0, after: 2000 }],
    });
  });

  it('is closed to the warehouse role', async () => {
    const res = await server.request<ErrorBody>('POST', '/api/promotions', {
      token: await server.login('warehouse'),
      body: VALID,
    });
    expect(res.status).toBe(403);
  });
});

describe('derived status', () => {
  const storedStatuses = async () =>
    (await server.db.all<Promotion>('promotions')).map((p) => [p.id, promotionStatus(p, NOW)] as const);

  it('lists by derived status with the virtual filter, for one status or several', async () => {
    for (const status of PROMOTION_STATUSES) {
      const res = await server.request<Presented[]>(
        'GET',
        `/api/promotions${listQuery({ filter: { status }, range: [0, 99] })}`,
        { token },
      );
      const expected = (await storedStatuses())
        .filter(([, s]) => s === status)
        .map(([id]) => id)
        .sort((a, b) => a - b);
      expect(
        res.body.map((p) => p.id).sort((a, b) => a - b),
        status,
      ).toEqual(expected);
      expect(totalOf(res), status).toBe(expected.length);
      expect(
        res.body.every((p) => p.status === status),
        status,
      ).toBe(true);
    }
    const pair = await server.request<Presented[]>(
      'GET',
      `/api/promotions${listQuery({ filter: { status: ['draft', 'paused'] } })}`,
      { token },
    );
    expect(pair.body.map((p) => p.status).sort()).toEqual(
      (await storedStatuses())
        .map(([, s]) => s)
        .filter((s) => s === 'draft' || s === 'paused')
        .sort(),
    );
  });

  it('counts every status in one request, matching the list', async () => {
    const counts = await server.request<{ all: number; byStatus: Record<PromotionStatus, number> }>(
      'GET',
      '/api/promotions/status-counts',
      { token },
    );
    for (const status of PROMOTION_STATUSES) {
      expect(counts.body.byStatus[status], status).toBe(
        (await storedStatuses()).filter(([, s]) => s === status).length,
      );
    }
    expect(counts.body.all).toBe((await storedStatuses()).length);
  });

  it('presents the fixture promotions with the statuses they were built to have', async () => {
    const res = await server.request<Presented[]>(
      'GET',
      `/api/promotions${listQuery({ filter: { id: [4, 5, 6, 7, 8] } })}`,
      { token },
    );
    expect(Object.fromEntries(res.body.map((p) => [p.id, p.status]))).toEqual({
      4: 'expired',
      5: 'scheduled',
      6: 'draft',
      7: 'paused',
      8: 'exhausted',
    });
  });

  it('refuses an unknown status filter', async () => {
    const res = await server.request<ErrorBody>(
      'GET',
      `/api/promotions${listQuery({ filter: { status: 'running' } })}`,
      { token },
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('status');
  });
});
