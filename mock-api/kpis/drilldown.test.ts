/**
 * Every count on the dashboard links to a list; that list's total (the
 * Content-Range the console shows) must equal the figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countedOrders,
  lateMethodOrders,
  lateOrders,
  lowStockLevels,
  methodOrders,
  ordersByPromotionUse,
  ordersWithStatus,
  outOfStockLevels,
  promotionOrders,
  refundedOrders,
  shippedOrders,
  type DrillDown,
} from '../../src/domain/kpis/drilldown';
import type { OrderListTotals } from '../../src/domain/kpis/listTotals';
import type { KpiReport } from '../../src/domain/kpis/types';
import type { Database } from '../seed/database';
import { TEST_ANCHOR, listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';

let server: TestServer;
let token: string;

/** Figures the seed may leave at zero: an out-of-stock level, cancelled orders, a late one. */
function addRarities(db: Database): void {
  const product = db.products.find((p) => p.status === 'active')!;
  const level = db['stock-levels'].find((l) => l.productId === product.id)!;
  Object.assign(level, { reserved: level.onHand, available: 0 });
  const inPeriod = db.orders.filter(
    (o) => o.status === 'delivered' && o.placedAt >= '2026-05-20' && o.placedAt < '2026-06-10',
  );
  for (const order of inPeriod.slice(0, 3))
    Object.assign(order, { status: 'cancelled', cancelledAt: order.placedAt });
  // Paid three days before the anchor and not shipped: late against the 48-hour service level.
  Object.assign(inPeriod[3]!, {
    status: 'paid',
    placedAt: '2026-06-11T09:00:00.000Z',
    paidAt: '2026-06-11T09:05:00.000Z',
    shippedAt: null,
    deliveredAt: null,
  });
  // Late too, but placed long before any period reported on: only its status makes it count.
  Object.assign(inPeriod[4]!, {
    status: 'processing',
    placedAt: '2025-01-10T09:00:00.000Z',
    paidAt: '2025-01-10T09:05:00.000Z',
    shippedAt: null,
    deliveredAt: null,
  });
}

beforeAll(async () => {
  server = await startTestServer({ now: () => TEST_ANCHOR, prepare: addRarities });
  token = await server.login('manager');
});
afterAll(() => server.close());

async function total(drill: DrillDown): Promise<number> {
  const res = await server.request(
    'GET',
    `/api/${drill.resource}${listQuery({ filter: drill.filter, range: [0, 0] })}`,
    { token },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return totalOf(res);
}

describe.each([
  ['all warehouses', ''],
  ['one warehouse', '&warehouseId=1'],
])('drill-down lists for %s', (_label, warehouse) => {
  let body: KpiReport;

  beforeAll(async () => {
    const res = await server.request<KpiReport>(
      'GET',
      `/api/kpis?from=2026-05-16&to=2026-06-14${warehouse}`,
      { token },
    );
    expect(res.status).toBe(200);
    body = res.body;
  });

  it('have as many orders as each status slice', async () => {
    const slices = body.sales!.ordersByStatus;
    expect(slices.map((s) => s.status)).toContain('cancelled');
    for (const slice of slices)
      expect(await total(ordersWithStatus(body, slice.status)), slice.status).toBe(slice.orders);
  });

  it('have as many orders as the orders figure, this period and the one before', async () => {
    expect(await total(countedOrders(body))).toBe(body.sales!.current.orders);
    expect(await total(countedOrders(body, body.comparison))).toBe(body.sales!.previous.orders);
  });

  it('have as many orders as each point of the chart', async () => {
    for (const point of body.sales!.series.slice(0, 8))
      expect(await total(countedOrders(body, point)), point.key).toBe(point.orders);
  });

  it('have as many orders as each promotion’s uses', async () => {
    expect(body.promotions!.byPromotion.length).toBeGreaterThan(0);
    for (const use of body.promotions!.byPromotion)
      expect(await total(promotionOrders(body, use.promotionId))).toBe(use.uses);
    expect(await total(ordersByPromotionUse(body, true))).toBe(body.promotions!.current.ordersWithPromotion);
    expect(await total(ordersByPromotionUse(body, false))).toBe(
      body.promotions!.current.ordersWithoutPromotion,
    );
  });

  it('sum to the money figures they explain', async () => {
    const sums = async (drill: DrillDown) => {
      const res = await server.request<OrderListTotals>(
        'GET',
        `/api/orders/totals${listQuery({ filter: drill.filter })}`,
        { token },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const sales = body.sales!.current;
    expect(await sums(countedOrders(body))).toEqual({
      orders: sales.orders,
      grossSales: sales.grossSales,
      discounts: sales.discounts,
      refunds: expect.any(Number),
      netSales: expect.any(Number),
      discountCost: body.promotions!.current.discountCost,
    });
    expect((await sums(refundedOrders(body))).refunds).toBe(sales.refunds);
    expect((await sums(countedOrders(body))).netSales).toBe(sales.netSales);
    const promotions = body.promotions!.current;
    expect(promotions.discountCost).toBeGreaterThan(0);
    const withOne = await sums(ordersByPromotionUse(body, true));
    expect(withOne.grossSales).toBe(promotions.salesWithPromotion);
    expect(withOne.discountCost).toBe(promotions.discountCost);
    expect((await sums(ordersByPromotionUse(body, false))).grossSales).toBe(promotions.salesWithoutPromotion);
    for (const use of body.promotions!.byPromotion.slice(0, 5)) {
      // One promotion's orders: the figure is what those orders sold.
      expect((await sums(promotionOrders(body, use.promotionId))).grossSales).toBe(use.sales);
    }
  });

  it('have as many orders as shipped and late', async () => {
    expect(await total(shippedOrders(body))).toBe(body.fulfilment!.current.shipped);
    expect(await total(lateOrders(body))).toBe(body.fulfilment!.lateOpenOrders);
  });

  it('have as many orders and as much net sales as each shipping and payment method', async () => {
    for (const [rows, field] of [
      [body.sales!.byShippingMethod, 'shippingMethodId'],
      [body.sales!.byPaymentMethod, 'paymentMethodId'],
    ] as const) {
      expect(rows.filter((row) => row.orders > 0).length, field).toBeGreaterThan(2);
      for (const row of rows) {
        const drill = methodOrders(body, field, row.methodId!);
        const res = await server.request<OrderListTotals>(
          'GET',
          `/api/orders/totals${listQuery({ filter: drill.filter })}`,
          { token },
        );
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body, `${field} ${row.methodId}`).toMatchObject({
          orders: row.orders,
          grossSales: row.grossSales,
          refunds: row.refunds,
          netSales: row.netSales,
        });
        expect(await total(drill)).toBe(row.orders);
      }
    }
  });

  it('have as many orders as each shipping method’s late ones', async () => {
    for (const row of body.fulfilment!.lateByShippingMethod)
      expect(await total(lateMethodOrders(body, row.methodId!)), row.name!).toBe(row.lateOpenOrders);
  });

  it('have as many stock levels as below reorder point and out of stock', async () => {
    expect(await total(lowStockLevels(body))).toBe(body.stock!.belowReorderPoint);
    expect(await total(outOfStockLevels(body))).toBe(body.stock!.outOfStock);
  });
});

describe('the figures behind the drill-downs', () => {
  it('are not all zero, so the equalities above say something', async () => {
    const res = await server.request<KpiReport>('GET', '/api/kpis?from=2026-05-16&to=2026-06-14', { token });
    const { sales, stock, fulfilment } = res.body;
    expect(sales!.current.orders).toBeGreaterThan(10);
    expect(fulfilment!.current.shipped).toBeGreaterThan(10);
    expect(fulfilment!.lateOpenOrders).toBeGreaterThan(0);
    expect(fulfilment!.lateByShippingMethod.some((row) => row.lateOpenOrders > 0)).toBe(true);
    expect(stock!.outOfStock).toBeGreaterThan(0);
    expect(stock!.belowReorderPoint).toBeGreaterThan(stock!.outOfStock);
  });
});
