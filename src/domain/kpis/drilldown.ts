/**
 * The list behind each figure of the KPI report: a collection and a filter the
 * REST API understands (see ../resources.ts and the virtual filters of the
 * mock API's resources), chosen so the list's total equals the figure. The
 * dashboard links to these; the API tests check the equality.
 */
import type { Id, OrderStatus } from '../types';
import type { KpiReport, PeriodRange } from './types';

export interface DrillDown {
  resource: 'orders' | 'stock-levels' | 'stock-movements' | 'products';
  filter: Record<string, unknown>;
}

/** What every drill-down of one report shares: its period and warehouse. */
export type ReportScope = Pick<KpiReport, 'range' | 'warehouseId'>;

const inWarehouse = (scope: ReportScope): Record<string, unknown> =>
  scope.warehouseId === null ? {} : { warehouseId: scope.warehouseId };

const placedIn = (range: PeriodRange) => ({ placedAt_gte: range.from, placedAt_lte: range.to });

/** Orders placed in the period with this status (cancelled ones included). */
export function ordersWithStatus(
  scope: ReportScope,
  status: OrderStatus,
  range: PeriodRange = scope.range,
): DrillDown {
  return { resource: 'orders', filter: { ...placedIn(range), status, ...inWarehouse(scope) } };
}

/** The orders sales count: placed in the period and not cancelled. */
export function countedOrders(scope: ReportScope, range: PeriodRange = scope.range): DrillDown {
  return {
    resource: 'orders',
    filter: { ...placedIn(range), status_neq: 'cancelled', ...inWarehouse(scope) },
  };
}

/** Counted orders that used a promotion: its `uses`. */
export function promotionOrders(scope: ReportScope, promotionId: Id): DrillDown {
  const counted = countedOrders(scope);
  return { ...counted, filter: { ...counted.filter, promotionIds: promotionId } };
}

/**
 * Counted orders with at least one promotion (true) or none (false): the orders
 * behind sales with and without a promotion, and behind what promotions cost.
 */
export function ordersByPromotionUse(scope: ReportScope, withPromotion: boolean): DrillDown {
  const counted = countedOrders(scope);
  return { ...counted, filter: { ...counted.filter, withPromotion } };
}

/** Counted orders with money refunded: the orders behind the refunds figure. */
export function refundedOrders(scope: ReportScope): DrillDown {
  const counted = countedOrders(scope);
  return { ...counted, filter: { ...counted.filter, refundedTotal_gt: 0 } };
}

/** Counted orders sold with one shipping (or payment) method: its orders and net sales. */
export function methodOrders(
  scope: ReportScope,
  field: 'shippingMethodId' | 'paymentMethodId',
  methodId: Id,
): DrillDown {
  const counted = countedOrders(scope);
  return { ...counted, filter: { ...counted.filter, [field]: methodId } };
}

/** Late orders, now, sold with one shipping method. */
export function lateMethodOrders(scope: ReportScope, shippingMethodId: Id): DrillDown {
  const late = lateOrders(scope);
  return { ...late, filter: { ...late.filter, shippingMethodId } };
}

/** Orders whose first parcel left in the period. */
export function shippedOrders(scope: ReportScope): DrillDown {
  return {
    resource: 'orders',
    filter: { shippedAt_gte: scope.range.from, shippedAt_lte: scope.range.to, ...inWarehouse(scope) },
  };
}

/** Paid longer ago than the service level and not fully shipped, now. */
export function lateOrders(scope: ReportScope): DrillDown {
  return { resource: 'orders', filter: { late: true, ...inWarehouse(scope) } };
}

/** Stock levels at or below their reorder point, of products still sold. */
export function lowStockLevels(scope: ReportScope): DrillDown {
  return { resource: 'stock-levels', filter: { lowStock: true, ...inWarehouse(scope) } };
}

/** Of those, the ones with nothing available. */
export function outOfStockLevels(scope: ReportScope): DrillDown {
  return { resource: 'stock-levels', filter: { outOfStock: true, ...inWarehouse(scope) } };
}

/** Every stock level in scope: the stock behind its value and days of cover. */
export function stockLevelsIn(scope: ReportScope): DrillDown {
  return { resource: 'stock-levels', filter: inWarehouse(scope) };
}

/** The ledger's shipment movements in the period: the units behind sell-through. */
export function shipmentMovements(scope: ReportScope): DrillDown {
  return {
    resource: 'stock-movements',
    filter: {
      reason: 'shipment',
      createdAt_gte: scope.range.from,
      createdAt_lte: scope.range.to,
      ...inWarehouse(scope),
    },
  };
}

/** Products of a category (the category's own figure is money, so this is context, not a count). */
export function categoryProducts(categoryId: Id): DrillDown {
  return { resource: 'products', filter: { categoryId } };
}

/** The console's address of the list: `/orders?filter={…}` (react-admin reads the filter from the URL). */
export function listPath(drill: DrillDown): string {
  return `/${drill.resource}?${new URLSearchParams({ filter: JSON.stringify(drill.filter) }).toString()}`;
}
