/** Builds the KPI report from one pass over orders, one over stock, and the period maths. */
import {
  bucketBounds,
  comparisonShift,
  dayOf,
  inclusiveRange,
  lastDayBefore,
  periodDays,
  toIso,
  type Bound,
} from '../../src/domain/kpis/calendar';
import type { KpiQuery } from '../../src/domain/kpis/params';
import { percentile, ratio, roundTo, topBy } from '../../src/domain/kpis/stats';
import type {
  FulfilmentTotals,
  KpiReport,
  KpiSection,
  PromotionsSection,
  SalesSection,
  SalesTotals,
  SeriesPoint,
} from '../../src/domain/kpis/types';
import { lateRuleFor } from '../orders/resources';
import {
  ORDER_STATUSES,
  type Category,
  type Id,
  type PaymentMethod,
  type Product,
  type Promotion,
  type ShippingMethod,
} from '../../src/domain/types';
import type { ServerConfig } from '../config';
import type { Database } from '../store/database';
import { recordsById } from '../lookups';
import { methodLateness, methodSales, type Methods } from './methods';
import { ordersToScan } from './scanned';
import { stockSection } from './stock';
import { scanOrders, type PeriodTally, type TallyLookups } from './tally';

const TOP_PRODUCTS = 10;
const TOP_CATEGORIES = 5;

function salesTotals(t: PeriodTally): SalesTotals {
  return {
    grossSales: t.grossSales,
    orders: t.orders,
    averageOrderValue: t.orders === 0 ? null : Math.round(t.grossSales / t.orders),
    unitsSold: t.unitsSold,
    discounts: t.discounts,
    refunds: t.refunds,
    netSales: t.grossSales - t.refunds,
  };
}

function fulfilmentTotals(t: PeriodTally): FulfilmentTotals {
  // A typed array sorts numbers without a comparator callback: many times faster for 100,000 orders.
  const sorted = Float64Array.from(t.leadHours).sort();
  return {
    shipped: t.shipped,
    measured: sorted.length,
    medianHours: roundTo(percentile(sorted, 0.5), 2),
    p90Hours: roundTo(percentile(sorted, 0.9), 2),
    onTimeRate: roundTo(ratio(t.onTime, sorted.length), 4),
  };
}

function series(
  bounds: Bound[],
  comparisonBounds: Bound[],
  current: PeriodTally,
  comparison: PeriodTally,
  timeZone: string,
): SeriesPoint[] {
  return bounds.slice(0, -1).map((bound, i) => {
    const range = inclusiveRange(bound, bounds[i + 1]!);
    const shifted = inclusiveRange(comparisonBounds[i]!, comparisonBounds[i + 1]!);
    return {
      key: dayOf(bound, timeZone),
      ...range,
      grossSales: current.seriesSales[i]!,
      orders: current.seriesOrders[i]!,
      comparisonFrom: shifted.from,
      comparisonTo: shifted.to,
      comparisonGrossSales: comparison.seriesSales[i]!,
      comparisonOrders: comparison.seriesOrders[i]!,
    };
  });
}

/** The records the report names things from, read once per report. */
interface Named {
  products: Map<Id, Product>;
  categories: Map<Id, Category>;
  promotions: Map<Id, Promotion>;
  shippingMethods: Methods;
  paymentMethods: Methods;
}

async function namedRecords(db: Database): Promise<Named> {
  return {
    products: await recordsById<Product>(db, 'products'),
    categories: await recordsById<Category>(db, 'categories'),
    promotions: await recordsById<Promotion>(db, 'promotions'),
    shippingMethods: await recordsById<ShippingMethod>(db, 'shipping-methods'),
    paymentMethods: await recordsById<PaymentMethod>(db, 'payment-methods'),
  };
}

function salesSection(
  named: Named,
  current: PeriodTally,
  comparison: PeriodTally,
  points: SeriesPoint[],
): SalesSection {
  const products = topBy(
    current.byProduct.rows(),
    TOP_PRODUCTS,
    (row) => row.sales,
    (row) => row.id,
  );
  const categories = topBy(
    current.byCategory.rows(),
    TOP_CATEGORIES,
    (row) => row.sales,
    (row) => row.id,
  );
  return {
    current: salesTotals(current),
    previous: salesTotals(comparison),
    series: points,
    topProducts: products.map(({ id, sales, units, orders }) => {
      const product = named.products.get(id);
      return {
        productId: id,
        sku: product?.sku ?? '',
        name: product?.name ?? `#${id}`,
        sales,
        units,
        orders,
      };
    }),
    topCategories: categories.map(({ id, sales, units, orders }) => ({
      categoryId: id === 0 ? null : id,
      name: id === 0 ? null : (named.categories.get(id)?.name ?? `#${id}`),
      sales,
      units,
      orders,
    })),
    ordersByStatus: ORDER_STATUSES.flatMap((status) => {
      const count = current.byStatus.get(status);
      return count ? [{ status, ...count }] : [];
    }),
    byShippingMethod: methodSales(named.shippingMethods, current.byShippingMethod),
    byPaymentMethod: methodSales(named.paymentMethods, current.byPaymentMethod),
  };
}

function promotionsSection(named: Named, current: PeriodTally, comparison: PeriodTally): PromotionsSection {
  const uses = [...current.byPromotion].map(([promotionId, tally]) => {
    const promotion = named.promotions.get(promotionId);
    return {
      promotionId,
      name: promotion?.name ?? `#${promotionId}`,
      code: promotion?.code ?? null,
      type: promotion?.type ?? null,
      ...tally,
    };
  });
  uses.sort((a, b) => b.discountCost - a.discountCost || b.uses - a.uses || a.promotionId - b.promotionId);
  return {
    current: { ...current.promotionTotals },
    previous: { ...comparison.promotionTotals },
    byPromotion: uses,
  };
}

function lookupsFor(named: Named): TallyLookups {
  return {
    categoryOf: (productId) => named.products.get(productId)?.categoryId ?? null,
    promotionType: (promotionId) => named.promotions.get(promotionId)?.type ?? null,
  };
}

export async function buildReport(
  db: Database,
  query: KpiQuery,
  sections: readonly KpiSection[],
  config: ServerConfig,
): Promise<KpiReport> {
  const { timeZone } = config;
  const { period, granularity, compare, warehouseId } = query;
  const bounds = bucketBounds(period, granularity, timeZone);
  const comparisonBounds = bounds.map(comparisonShift(period, compare, timeZone));
  const now = db.now();
  const range = inclusiveRange(period.start, period.end);
  const report: KpiReport = {
    range: {
      ...range,
      fromDate: dayOf(period.start, timeZone),
      toDate: lastDayBefore(period.end, timeZone),
      days: periodDays(period, timeZone),
      granularity,
      timeZone,
    },
    comparison: {
      mode: compare,
      ...inclusiveRange(comparisonBounds[0]!, comparisonBounds[comparisonBounds.length - 1]!),
    },
    warehouseId,
    generatedAt: now.toISOString(),
    sections: [...sections],
  };
  if (sections.some((section) => section !== 'stock')) {
    const named = await namedRecords(db);
    const span = {
      first: toIso(Math.min(bounds[0]!.ms, comparisonBounds[0]!.ms)),
      last: toIso(Math.max(bounds.at(-1)!.ms, comparisonBounds.at(-1)!.ms)),
    };
    const scan = scanOrders(await ordersToScan(db, span, warehouseId), {
      warehouseId,
      current: { bounds: bounds.map((b) => toIso(b.ms)), detailed: true },
      comparison: { bounds: comparisonBounds.map((b) => toIso(b.ms)), detailed: false },
      late: await lateRuleFor(db),
      lookups: lookupsFor(named),
    });
    const { current, comparison } = scan;
    if (sections.includes('sales')) {
      report.sales = salesSection(
        named,
        current,
        comparison,
        series(bounds, comparisonBounds, current, comparison, timeZone),
      );
    }
    if (sections.includes('fulfilment')) {
      report.fulfilment = {
        current: fulfilmentTotals(current),
        previous: fulfilmentTotals(comparison),
        serviceLevelHours: config.serviceLevelHours,
        lateOpenOrders: scan.lateOpenOrders,
        lateByShippingMethod: methodLateness(named.shippingMethods, scan.lateByShippingMethod),
      };
    }
    if (sections.includes('promotions')) report.promotions = promotionsSection(named, current, comparison);
  }
  if (sections.includes('stock')) {
    report.stock = await stockSection(db, { warehouseId, start: range.from, end: toIso(period.end.ms) });
  }
  return report;
}
