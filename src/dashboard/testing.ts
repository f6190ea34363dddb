/** A KPI report for the dashboard's component tests, with round numbers whose formatting is easy to tell. */
import type { KpiReport, SalesTotals } from '../domain/kpis/types';

const sales = (totals: Partial<SalesTotals>): SalesTotals => ({
  grossSales: 0,
  orders: 0,
  averageOrderValue: null,
  unitsSold: 0,
  discounts: 0,
  refunds: 0,
  netSales: 0,
  ...totals,
});

export function makeReport(): KpiReport {
  return {
    range: {
      from: '2026-05-31T22:00:00.000Z',
      to: '2026-06-14T21:59:59.999Z',
      fromDate: '2026-06-01',
      toDate: '2026-06-14',
      days: 14,
      granularity: 'day',
      timeZone: 'Europe/Berlin',
    },
    comparison: { mode: 'previous', from: '2026-05-17T22:00:00.000Z', to: '2026-05-31T21:59:59.999Z' },
    warehouseId: null,
    generatedAt: '2026-06-15T08:00:00.000Z',
    sections: ['sales', 'stock', 'fulfilment', 'promotions'],
    sales: {
      current: sales({
        grossSales: 1_100_000,
        orders: 80,
        averageOrderValue: 13_750,
        unitsSold: 200,
        discounts: 30_000,
        refunds: 12_000,
        netSales: 1_088_000,
      }),
      previous: sales({
        grossSales: 1_000_000,
        orders: 100,
        averageOrderValue: 10_000,
        unitsSold: 200,
        discounts: 20_000,
        refunds: 8_000,
        netSales: 992_000,
      }),
      series: [
        {
          key: '2026-06-01',
          from: '2026-05-31T22:00:00.000Z',
          to: '2026-06-01T21:59:59.999Z',
          grossSales: 1_100_000,
          orders: 80,
          comparisonFrom: '2026-05-17T22:00:00.000Z',
          comparisonTo: '2026-05-18T21:59:59.999Z',
          comparisonGrossSales: 1_000_000,
          comparisonOrders: 100,
        },
      ],
      topProducts: [
        {
          productId: 23,
          sku: 'KT-KOC-62990',
          name: 'Wok Gusseisen 30 cm',
          sales: 160_697,
          units: 43,
          orders: 35,
        },
      ],
      topCategories: [{ categoryId: 3, name: 'Kochgeschirr', sales: 303_739, units: 76, orders: 44 }],
      ordersByStatus: [
        { status: 'paid', orders: 10, total: 120_000 },
        { status: 'delivered', orders: 70, total: 980_000 },
        { status: 'cancelled', orders: 4, total: 40_000 },
      ],
      byShippingMethod: [
        {
          methodId: 1,
          name: 'DHL Paket',
          orders: 60,
          grossSales: 800_000,
          refunds: 9_000,
          netSales: 791_000,
        },
        {
          methodId: 2,
          name: 'DHL Express',
          orders: 20,
          grossSales: 300_000,
          refunds: 3_000,
          netSales: 297_000,
        },
        { methodId: 3, name: 'DPD Classic', orders: 0, grossSales: 0, refunds: 0, netSales: 0 },
      ],
      byPaymentMethod: [
        { methodId: 1, name: 'PayPal', orders: 50, grossSales: 700_000, refunds: 7_000, netSales: 693_000 },
        { methodId: 2, name: 'Rechnung', orders: 30, grossSales: 400_000, refunds: 5_000, netSales: 395_000 },
      ],
    },
    stock: {
      stockValue: 1_389_419,
      unitsOnHand: 411,
      outOfStock: 2,
      belowReorderPoint: 7,
      daysOfCover: 51.2,
      unitsShipped: 186,
      unitsOnHandAtEnd: 414,
      sellThroughRate: 0.31,
    },
    fulfilment: {
      current: { shipped: 74, measured: 74, medianHours: 19.5, p90Hours: 61.4, onTimeRate: 0.85 },
      previous: { shipped: 72, measured: 72, medianHours: 26, p90Hours: 47.8, onTimeRate: 0.9 },
      serviceLevelHours: 48,
      lateOpenOrders: 3,
      lateByShippingMethod: [
        { methodId: 2, name: 'DHL Express', lateOpenOrders: 2 },
        { methodId: 1, name: 'DHL Paket', lateOpenOrders: 1 },
        { methodId: 3, name: 'DPD Classic', lateOpenOrders: 0 },
      ],
    },
    promotions: {
      current: {
        ordersWithPromotion: 14,
        salesWithPromotion: 160_000,
        ordersWithoutPromotion: 66,
        salesWithoutPromotion: 940_000,
        discountCost: 17_730,
      },
      previous: {
        ordersWithPromotion: 22,
        salesWithPromotion: 310_000,
        ordersWithoutPromotion: 78,
        salesWithoutPromotion: 690_000,
        discountCost: 26_590,
      },
      byPromotion: [
        {
          promotionId: 1,
          name: 'Willkommensrabatt 10 %',
          code: 'WELCOME10',
          type: 'percent',
          uses: 8,
          discountCost: 14_760,
          sales: 133_298,
        },
      ],
    },
  };
}

/** The same report for warehouse staff: only the sections they may see. */
export function makeWarehouseReport(): KpiReport {
  const { sales: _sales, promotions: _promotions, ...rest } = makeReport();
  return { ...rest, sections: ['stock', 'fulfilment'] };
}

/** A period in which nothing happened. */
export function makeQuietReport(): KpiReport {
  const report = makeReport();
  const none = sales({});
  return {
    ...report,
    sales: {
      ...report.sales!,
      current: none,
      previous: none,
      series: [],
      topProducts: [],
      topCategories: [],
      ordersByStatus: [],
      byShippingMethod: [],
      byPaymentMethod: [],
    },
    fulfilment: {
      ...report.fulfilment!,
      current: { shipped: 0, measured: 0, medianHours: null, p90Hours: null, onTimeRate: null },
      lateOpenOrders: 0,
      lateByShippingMethod: [],
    },
    stock: { ...report.stock!, unitsShipped: 0, sellThroughRate: 0 },
    promotions: { ...report.promotions!, byPromotion: [] },
  };
}
