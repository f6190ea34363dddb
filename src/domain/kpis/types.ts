/**
 * The shape of `GET /api/kpis`, shared by the mock API (which builds it) and
 * the dashboard (which draws it). Money is integer cents; instants are ISO
 * 8601 UTC; `from`/`to` are inclusive, so they can go straight into a list's
 * `_gte`/`_lte` filters and select exactly the records a figure counts.
 */
import { DASHBOARD_WIDGETS, type DashboardWidget } from '../permissions';
import type { Cents, Id, IsoDate, OrderStatus, PromotionType } from '../types';

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const COMPARISONS = ['previous', 'last_year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** The report's sections are the dashboard's widgets: a role sees the sections it has widgets for. */
export const KPI_SECTIONS = DASHBOARD_WIDGETS;
export type KpiSection = DashboardWidget;

/** The query parameters `GET /api/kpis` accepts; anything else is a 400. */
export const KPI_PARAMS = ['from', 'to', 'warehouseId', 'granularity', 'compare', 'sections'] as const;

export interface PeriodRange {
  /** First instant in the period. */
  from: IsoDate;
  /** Last instant in the period (inclusive, to the millisecond). */
  to: IsoDate;
}

export interface ReportRange extends PeriodRange {
  /** Shop calendar days (YYYY-MM-DD) the period starts and ends on. */
  fromDate: string;
  toDate: string;
  /** Shop calendar days the period touches. */
  days: number;
  granularity: Granularity;
  timeZone: string;
}

export interface SalesTotals {
  /** Sum of `total` over orders placed in the period that are not cancelled. */
  grossSales: Cents;
  orders: number;
  /** Gross sales ÷ orders, rounded to the cent; null without orders. */
  averageOrderValue: Cents | null;
  unitsSold: number;
  /** Sum of `discountTotal` (line discounts) over those orders. */
  discounts: Cents;
  /** Sum of `refundedTotal` over those orders, whenever the refund happened. */
  refunds: Cents;
  /** Gross sales − refunds. */
  netSales: Cents;
}

/** One bucket of the time series, with its counterpart in the comparison period. */
export interface SeriesPoint extends PeriodRange {
  /** The shop day the bucket starts on (a day, the Monday of a week, the 1st of a month). */
  key: string;
  grossSales: Cents;
  orders: number;
  comparisonFrom: IsoDate;
  comparisonTo: IsoDate;
  comparisonGrossSales: Cents;
  comparisonOrders: number;
}

export interface ProductSales {
  productId: Id;
  sku: string;
  name: string;
  /** Line value after line discounts: quantity × unit price − discount. */
  sales: Cents;
  units: number;
  orders: number;
}

export interface CategorySales {
  /** null for products without a category. */
  categoryId: Id | null;
  name: string | null;
  sales: Cents;
  units: number;
  orders: number;
}

export interface StatusCount {
  status: OrderStatus;
  orders: number;
  total: Cents;
}

/** Orders placed in the period (not cancelled) with one shipping or payment method. */
export interface MethodSales {
  /** null for orders placed without a method. */
  methodId: Id | null;
  name: string | null;
  orders: number;
  grossSales: Cents;
  refunds: Cents;
  /** Gross sales − refunds, as the sales totals count it. */
  netSales: Cents;
}

/** Late orders now (the late flag) sold with one shipping method. */
export interface MethodLateness {
  methodId: Id | null;
  name: string | null;
  lateOpenOrders: number;
}

export interface SalesSection {
  current: SalesTotals;
  previous: SalesTotals;
  series: SeriesPoint[];
  topProducts: ProductSales[];
  topCategories: CategorySales[];
  /** Every order placed in the period, cancelled ones included, by its status now. */
  ordersByStatus: StatusCount[];
  /** Every shipping method, and orders without one if there are any; highest net sales first. */
  byShippingMethod: MethodSales[];
  /** Every payment method likewise. */
  byPaymentMethod: MethodSales[];
}

/** A snapshot of stock now; only sell-through looks at the period. */
export interface StockSection {
  /** On hand × the product's cost. */
  stockValue: Cents;
  unitsOnHand: number;
  /** Stock levels (product × warehouse) of products not archived with nothing available. */
  outOfStock: number;
  /** Stock levels of products not archived at or below their reorder point (out of stock included). */
  belowReorderPoint: number;
  /** Available units ÷ units shipped per day over the last 30 days, for stock that sells; null if nothing sells. */
  daysOfCover: number | null;
  /** Units shipped in the period. */
  unitsShipped: number;
  /** Units on hand when the period ended. */
  unitsOnHandAtEnd: number;
  /** Units shipped ÷ (units shipped + on hand at the end), 0–1; null when both are zero. */
  sellThroughRate: number | null;
}

export interface FulfilmentTotals {
  /** Orders whose first parcel left in the period. */
  shipped: number;
  /** Of those, the ones with a payment time, which the lead times are measured on. */
  measured: number;
  /** Hours from payment to the first parcel leaving. */
  medianHours: number | null;
  p90Hours: number | null;
  /** Share of measured orders shipped within the service level, 0–1. */
  onTimeRate: number | null;
}

export interface FulfilmentSection {
  current: FulfilmentTotals;
  previous: FulfilmentTotals;
  serviceLevelHours: number;
  /** Paid longer ago than the service level and not yet fully shipped, now. */
  lateOpenOrders: number;
  /** lateOpenOrders by the shipping method the orders were sold with; most late first. */
  lateByShippingMethod: MethodLateness[];
}

export interface PromotionTotals {
  ordersWithPromotion: number;
  salesWithPromotion: Cents;
  ordersWithoutPromotion: number;
  salesWithoutPromotion: Cents;
  /** Line discounts plus shipping waived on orders with a promotion. */
  discountCost: Cents;
}

export interface PromotionUse {
  promotionId: Id;
  name: string;
  code: string | null;
  type: PromotionType | null;
  /** Orders placed in the period (not cancelled) that used it. */
  uses: number;
  discountCost: Cents;
  /** Gross sales of those orders. */
  sales: Cents;
}

export interface PromotionsSection {
  current: PromotionTotals;
  previous: PromotionTotals;
  /** Promotions used in the period, costliest first. */
  byPromotion: PromotionUse[];
}

export interface KpiReport {
  range: ReportRange;
  comparison: PeriodRange & { mode: Comparison };
  warehouseId: Id | null;
  generatedAt: IsoDate;
  /** The sections present below, in dashboard order. */
  sections: KpiSection[];
  sales?: SalesSection;
  stock?: StockSection;
  fulfilment?: FulfilmentSection;
  promotions?: PromotionsSection;
}
