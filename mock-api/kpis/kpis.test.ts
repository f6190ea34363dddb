/**
 * Every figure of GET /api/kpis against the same figure computed again from the
 * raw records (./expected.ts), on the fixed tiny seed database, for several
 * periods, granularities, comparisons and a warehouse filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiReport } from '../../src/domain/kpis/types';
import { addDaysToKey } from '../../src/domain/time';
import { TEST_ANCHOR, startTestServer, type TestServer } from '../test/harness';
import * as expected from './expected';

let server: TestServer;
let token: string;
const TZ = 'Europe/Berlin';

beforeAll(async () => {
  server = await startTestServer({ now: () => TEST_ANCHOR });
  token = await server.login('manager');
});
afterAll(() => server.close());

async function report(query: string): Promise<KpiReport> {
  const res = await server.request<KpiReport>('GET', `/api/kpis?${query}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const windowOf = (range: { from: string; to: string }): expected.Window => ({
  start: Date.parse(range.from),
  end: Date.parse(range.to) + 1,
});

async function expectAllFigures(body: KpiReport, warehouseId: number | null = null) {
  const records = await expected.recordsOf(server.db, warehouseId);
  const current = windowOf(body.range);
  const previous = windowOf(body.comparison);
  const { sales, fulfilment, promotions, stock } = body;
  if (!sales || !fulfilment || !promotions || !stock) throw new Error('a section is missing');
  expect(
    records.orders.filter((o) => expected.within(o.placedAt, current)).length,
    'the period has orders to count',
  ).toBeGreaterThan(5);

  expect(sales.current).toEqual(expected.sales(records, current));
  expect(sales.previous).toEqual(expected.sales(records, previous));
  const statuses = expected.statusCounts(records, current);
  expect(sales.ordersByStatus).toHaveLength(statuses.size);
  for (const row of sales.ordersByStatus)
    expect({ orders: row.orders, total: row.total }).toEqual(statuses.get(row.status));
  const top = expected.topProductsAndCategories(records, current);
  expect(sales.topProducts).toEqual(top.products);
  expect(sales.topCategories).toEqual(top.categories);

  for (const [rows, field] of [
    [sales.byShippingMethod, 'shippingMethodId'],
    [sales.byPaymentMethod, 'paymentMethodId'],
  ] as const) {
    const want = expected.byMethod(records, current, field);
    const sold = rows.filter((row) => row.orders > 0);
    expect(sold.length, field).toBe(want.size);
    for (const { methodId, name: _name, ...figures } of sold) expect(figures).toEqual(want.get(methodId));
    expect(rows.map((row) => row.netSales)).toEqual(rows.map((row) => row.netSales).sort((a, b) => b - a));
    // Each order has one method, so the rows add up to the totals.
    expect(rows.reduce((n, row) => n + row.orders, 0)).toBe(sales.current.orders);
    expect(rows.reduce((n, row) => n + row.netSales, 0)).toBe(sales.current.netSales);
  }
  // Every method the shop keeps has a row, named, whether or not it sold.
  expect(sales.byShippingMethod.filter((row) => row.methodId !== null)).toHaveLength(
    (await server.db.all('shipping-methods')).length,
  );
  expect(sales.byPaymentMethod.every((row) => row.methodId === null || row.name)).toBe(true);

  const sla = server.config.serviceLevelHours;
  for (const [figures, window] of [
    [fulfilment.current, current],
    [fulfilment.previous, previous],
  ] as const) {
    const want = expected.fulfilment(records, window, sla);
    expect({ shipped: figures.shipped, measured: figures.measured }).toEqual({
      shipped: want.shipped,
      measured: want.measured,
    });
    expect(figures.medianHours).toBeCloseTo(want.medianHours!, 2);
    expect(figures.p90Hours).toBeCloseTo(want.p90Hours!, 2);
    expect(figures.onTimeRate).toBeCloseTo(want.onTimeRate!, 4);
  }
  expect(fulfilment.lateOpenOrders).toBe(expected.lateOpenOrders(records, TEST_ANCHOR, sla));
  const late = expected.lateByShippingMethod(records, TEST_ANCHOR, sla);
  const lateRows = fulfilment.lateByShippingMethod.filter((row) => row.lateOpenOrders > 0);
  expect(new Map(lateRows.map((row) => [row.methodId, row.lateOpenOrders]))).toEqual(late);
  expect(lateRows.reduce((n, row) => n + row.lateOpenOrders, 0)).toBe(fulfilment.lateOpenOrders);

  const promo = expected.promotions(records, current);
  expect(promotions.current).toEqual(promo.totals);
  expect(promotions.previous).toEqual(expected.promotions(records, previous).totals);
  expect(promotions.byPromotion.map((p) => p.promotionId).sort()).toEqual([...promo.uses.keys()].sort());
  for (const use of promotions.byPromotion)
    expect({ uses: use.uses, discountCost: use.discountCost, sales: use.sales }).toEqual(
      promo.uses.get(use.promotionId),
    );

  const wantStock = expected.stock(records, current, TEST_ANCHOR);
  expect({ ...stock, sellThroughRate: null }).toEqual({ ...wantStock, sellThroughRate: null });
  expect(stock.sellThroughRate).toBeCloseTo(wantStock.sellThroughRate!, 4);
}

describe('GET /api/kpis figures', () => {
  it('match the raw records for 30 shop days against the 30 before', async () => {
    const body = await report('from=2026-05-16&to=2026-06-14');
    expect(body.range).toMatchObject({
      fromDate: '2026-05-16',
      toDate: '2026-06-14',
      days: 30,
      granularity: 'day',
      timeZone: TZ,
    });
    expect(body.comparison).toEqual({
      mode: 'previous',
      from: '2026-04-15T22:00:00.000Z',
      to: '2026-05-15T21:59:59.999Z',
    });
    await expectAllFigures(body);
  });

  it('match them for one warehouse', async () => {
    const body = await report('from=2026-05-16&to=2026-06-14&warehouseId=2');
    expect(body.warehouseId).toBe(2);
    await expectAllFigures(body, 2);
    const all = await report('from=2026-05-16&to=2026-06-14');
    expect(body.sales!.current.orders).toBeLessThan(all.sales!.current.orders);
  });

  it('match them between exact instants', async () => {
    const body = await report('from=2026-05-20T10:00:00Z&to=2026-06-10T15:30:00.000Z&granularity=week');
    expect(body.range).toMatchObject({ from: '2026-05-20T10:00:00.000Z', to: '2026-06-10T15:30:00.000Z' });
    // The same length just before: 21 days, 5.5 hours and the inclusive millisecond.
    expect(body.comparison).toMatchObject({
      from: '2026-04-29T04:29:59.999Z',
      to: '2026-05-20T09:59:59.999Z',
    });
    await expectAllFigures(body);
  });

  it('put each order in its shop-day bucket, with the previous period day by day beside it', async () => {
    const body = await report('from=2026-05-16&to=2026-06-14');
    const records = await expected.recordsOf(server.db);
    const days = expected.salesByBucket(records, windowOf(body.range), TZ, 'day', '2026-05-16');
    const before = expected.salesByBucket(records, windowOf(body.comparison), TZ, 'day', '2026-04-16');
    expect(body.sales!.series).toHaveLength(30);
    body.sales!.series.forEach((point, i) => {
      expect(point.key).toBe(addDaysToKey('2026-05-16', i));
      expect({ grossSales: point.grossSales, orders: point.orders }).toEqual(
        days.get(point.key) ?? { grossSales: 0, orders: 0 },
      );
      const previousDay = addDaysToKey('2026-04-16', i);
      expect(point.comparisonFrom.slice(0, 10)).toBe(addDaysToKey(previousDay, -1));
      expect({ grossSales: point.comparisonGrossSales, orders: point.comparisonOrders }).toEqual(
        before.get(previousDay) ?? { grossSales: 0, orders: 0 },
      );
    });
  });

  it('bucket by ISO week and by month, the first bucket starting with the period', async () => {
    for (const granularity of ['week', 'month'] as const) {
      const body = await report(`from=2026-04-22&to=2026-06-14&granularity=${granularity}`);
      const buckets = expected.salesByBucket(
        await expected.recordsOf(server.db),
        windowOf(body.range),
        TZ,
        granularity,
        '2026-04-22',
      );
      expect(body.sales!.series.map((p) => p.key)).toEqual([...buckets.keys()].sort());
      for (const point of body.sales!.series)
        expect({ grossSales: point.grossSales, orders: point.orders }).toEqual(buckets.get(point.key));
      const total = body.sales!.series.reduce((sum, p) => sum + p.grossSales, 0);
      expect(total).toBe(body.sales!.current.grossSales);
    }
  });

  it('compare with the same dates last year', async () => {
    const body = await report('from=2026-05-16&to=2026-06-14&compare=last_year');
    expect(body.comparison).toEqual({
      mode: 'last_year',
      from: '2025-05-15T22:00:00.000Z',
      to: '2025-06-14T21:59:59.999Z',
    });
    expect(body.sales!.series[0]).toMatchObject({
      comparisonFrom: '2025-05-15T22:00:00.000Z',
      comparisonTo: '2025-05-16T21:59:59.999Z',
    });
    expect(body.sales!.previous).toEqual(
      expected.sales(await expected.recordsOf(server.db), windowOf(body.comparison)),
    );
  });

  it('cover the last 30 shop days by default', async () => {
    const body = await report('');
    expect(body.range).toMatchObject({ fromDate: '2026-05-17', toDate: '2026-06-15', days: 30 });
  });
});
