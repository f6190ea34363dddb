/**
 * `GET /api/kpis`: the query as documented (./params in ../kpis reads it with
 * the shop's calendar) and the report it answers with. The report's types in
 * ../kpis/types.ts are checked against this schema in ./typeChecks.ts.
 */
import { ORDER_STATUSES, PROMOTION_TYPES } from '../constants';
import { COMPARISONS, GRANULARITIES, KPI_SECTIONS } from '../kpis/types';
import { cents, count, id, isoDateTime, nullableId, whole, z } from './fields';
import { MAX_CODE_LENGTH } from './limits';

const param = (description: string) =>
  z
    .string()
    .max(MAX_CODE_LENGTH * 2)
    .meta({ description });

export const kpiQuery = z.strictObject({
  from: param('Shop date (YYYY-MM-DD) or ISO 8601 instant; default: 30 days ago').optional(),
  to: param('Shop date (whole day) or ISO 8601 instant, inclusive; default: now').optional(),
  warehouseId: param('Only this warehouse').optional(),
  // Plain text here: the report's own reader names the allowed values in its refusal.
  granularity: param(`One of ${GRANULARITIES.join(', ')}`)
    .meta({ enum: [...GRANULARITIES] })
    .optional(),
  compare: param(`One of ${COMPARISONS.join(', ')}`)
    .meta({ enum: [...COMPARISONS] })
    .optional(),
  sections: param(`Comma-separated: ${KPI_SECTIONS.join(', ')}; default: all the role may see`).optional(),
});

const period = { from: isoDateTime, to: isoDateTime };
const rate = z.number().min(0).max(1).nullable();
const hours = z.number().min(0).nullable();

const salesTotals = z.object({
  grossSales: cents,
  orders: count,
  averageOrderValue: cents.nullable(),
  unitsSold: count,
  discounts: cents,
  refunds: cents,
  netSales: whole(),
});

const methodSales = z.object({
  methodId: nullableId,
  name: z.string().nullable(),
  orders: count,
  grossSales: cents,
  refunds: cents,
  netSales: whole(),
});

const salesSection = z.object({
  current: salesTotals,
  previous: salesTotals,
  series: z.array(
    z.object({
      ...period,
      key: z.string(),
      grossSales: cents,
      orders: count,
      comparisonFrom: isoDateTime,
      comparisonTo: isoDateTime,
      comparisonGrossSales: cents,
      comparisonOrders: count,
    }),
  ),
  topProducts: z.array(
    z.object({ productId: id, sku: z.string(), name: z.string(), sales: cents, units: count, orders: count }),
  ),
  topCategories: z.array(
    z.object({
      categoryId: nullableId,
      name: z.string().nullable(),
      sales: cents,
      units: count,
      orders: count,
    }),
  ),
  ordersByStatus: z.array(z.object({ status: z.enum(ORDER_STATUSES), orders: count, total: cents })),
  byShippingMethod: z.array(methodSales),
  byPaymentMethod: z.array(methodSales),
});

const stockSection = z.object({
  stockValue: cents,
  unitsOnHand: count,
  outOfStock: count,
  belowReorderPoint: count,
  daysOfCover: z.number().min(0).nullable(),
  unitsShipped: count,
  unitsOnHandAtEnd: count,
  sellThroughRate: rate,
});

const fulfilmentTotals = z.object({
  shipped: count,
  measured: count,
  medianHours: hours,
  p90Hours: hours,
  onTimeRate: rate,
});

const fulfilmentSection = z.object({
  current: fulfilmentTotals,
  previous: fulfilmentTotals,
  serviceLevelHours: z.number().positive(),
  lateOpenOrders: count,
  lateByShippingMethod: z.array(
    z.object({ methodId: nullableId, name: z.string().nullable(), lateOpenOrders: count }),
  ),
});

const promotionTotals = z.object({
  ordersWithPromotion: count,
  salesWithPromotion: cents,
  ordersWithoutPromotion: count,
  salesWithoutPromotion: cents,
  discountCost: cents,
});

const promotionsSection = z.object({
  current: promotionTotals,
  previous: promotionTotals,
  byPromotion: z.array(
    z.object({
      promotionId: id,
      name: z.string(),
      code: z.string().nullable(),
      type: z.enum(PROMOTION_TYPES).nullable(),
      uses: count,
      discountCost: cents,
      sales: cents,
    }),
  ),
});

export const kpiReport = z.object({
  range: z.object({
    ...period,
    fromDate: z.string(),
    toDate: z.string(),
    days: count,
    granularity: z.enum(GRANULARITIES),
    timeZone: z.string(),
  }),
  comparison: z.object({ ...period, mode: z.enum(COMPARISONS) }),
  warehouseId: nullableId,
  generatedAt: isoDateTime,
  sections: z.array(z.enum(KPI_SECTIONS)),
  sales: salesSection.optional(),
  stock: stockSection.optional(),
  fulfilment: fulfilmentSection.optional(),
  promotions: promotionsSection.optional(),
});
