/**
 * The one pass over orders behind a report's sales, fulfilment and promotion
 * figures, for its period and its comparison period at once. Instants are
 * compared as ISO strings, which sort like the instants they name (and like
 * the list filters compare them), so only the orders shipped in a period have
 * dates parsed, for their lead times.
 */
import { attributeDiscount } from '../../src/domain/kpis/attribution';
import { bucketIndex, isoMs } from '../../src/domain/kpis/calendar';
import type { LateRule } from '../../src/domain/lateness';
import type { Cents, Id, Order, OrderStatus, PromotionType } from '../../src/domain/types';
import { IdBreakdown, MethodBreakdown } from './breakdown';

export interface PeriodWindow {
  /** ISO instants of the bucket bounds: the first is the period's start, the last its (exclusive) end. */
  bounds: string[];
  /** Whether to break figures down by status, product, category and promotion (the comparison needs totals only). */
  detailed: boolean;
}

export interface PromotionTally {
  uses: number;
  discountCost: Cents;
  sales: Cents;
}

const HOUR_MS = 3_600_000;

export class PeriodTally {
  readonly start: string;
  readonly end: string;
  grossSales = 0;
  orders = 0;
  unitsSold = 0;
  discounts = 0;
  refunds = 0;
  readonly seriesSales: number[];
  readonly seriesOrders: number[];
  readonly promotionTotals = {
    ordersWithPromotion: 0,
    salesWithPromotion: 0,
    ordersWithoutPromotion: 0,
    salesWithoutPromotion: 0,
    discountCost: 0,
  };
  shipped = 0;
  readonly leadHours: number[] = [];
  onTime = 0;
  readonly byStatus = new Map<OrderStatus, { orders: number; total: Cents }>();
  readonly byProduct = new IdBreakdown();
  /** Products without a category count under 0. */
  readonly byCategory = new IdBreakdown();
  readonly byPromotion = new Map<Id, PromotionTally>();
  readonly byShippingMethod = new MethodBreakdown();
  readonly byPaymentMethod = new MethodBreakdown();

  constructor(
    readonly window: PeriodWindow,
    private readonly lookups: TallyLookups,
  ) {
    this.start = window.bounds[0]!;
    this.end = window.bounds[window.bounds.length - 1]!;
    this.seriesSales = new Array<number>(window.bounds.length - 1).fill(0);
    this.seriesOrders = new Array<number>(window.bounds.length - 1).fill(0);
  }

  includes(instant: string | null): instant is string {
    return instant !== null && instant >= this.start && instant < this.end;
  }

  addPlaced(order: Order): void {
    if (this.window.detailed) {
      const status = this.byStatus.get(order.status);
      if (status) {
        status.orders += 1;
        status.total += order.total;
      } else this.byStatus.set(order.status, { orders: 1, total: order.total });
    }
    if (order.status === 'cancelled') return;
    const bucket = bucketIndex(this.window.bounds, order.placedAt);
    this.seriesSales[bucket]! += order.total;
    this.seriesOrders[bucket]! += 1;
    this.grossSales += order.total;
    this.orders += 1;
    this.discounts += order.discountTotal;
    this.refunds += order.refundedTotal;
    if (this.window.detailed) {
      this.byShippingMethod.add(order.shippingMethodId, order.total, order.refundedTotal);
      this.byPaymentMethod.add(order.paymentMethodId, order.total, order.refundedTotal);
    }
    for (const item of order.items) {
      this.unitsSold += item.quantity;
      if (this.window.detailed)
        this.addLine(order.id, item.productId, item.quantity, item.quantity * item.unitPrice - item.discount);
    }
    this.addPromotions(order);
  }

  private addLine(orderId: Id, productId: Id, units: number, sales: Cents): void {
    this.byProduct.add(productId, orderId, units, sales);
    this.byCategory.add(this.lookups.categoryOf(productId) ?? 0, orderId, units, sales);
  }

  private addPromotions(order: Order): void {
    const totals = this.promotionTotals;
    if (order.promotionIds.length === 0) {
      totals.ordersWithoutPromotion += 1;
      totals.salesWithoutPromotion += order.total;
      return;
    }
    totals.ordersWithPromotion += 1;
    totals.salesWithPromotion += order.total;
    attributeDiscount(order, this.lookups.promotionType, (promotionId, cost) => {
      totals.discountCost += cost;
      if (!this.window.detailed) return;
      const tally = this.byPromotion.get(promotionId);
      if (!tally) {
        this.byPromotion.set(promotionId, { uses: 1, discountCost: cost, sales: order.total });
        return;
      }
      tally.uses += 1;
      tally.discountCost += cost;
      tally.sales += order.total;
    });
  }

  addShipped(order: Order, serviceLevelHours: number): void {
    this.shipped += 1;
    if (order.paidAt === null || order.shippedAt === null) return;
    const hours = (isoMs(order.shippedAt) - isoMs(order.paidAt)) / HOUR_MS;
    this.leadHours.push(hours);
    if (hours <= serviceLevelHours) this.onTime += 1;
  }
}

export interface TallyLookups {
  categoryOf(productId: Id): Id | null;
  promotionType(promotionId: Id): PromotionType | null;
}

export interface OrderScan {
  current: PeriodTally;
  comparison: PeriodTally;
  lateOpenOrders: number;
  /** Late orders by shipping method id, 0 for orders without one. */
  lateByShippingMethod: Map<number, number>;
}

export interface ScanOptions {
  warehouseId: Id | null;
  current: PeriodWindow;
  comparison: PeriodWindow;
  /** Each order against its shipping method's promise (src/domain/lateness.ts lateRule). */
  late: LateRule;
  lookups: TallyLookups;
}

export function scanOrders(orders: Iterable<Order>, options: ScanOptions): OrderScan {
  const current = new PeriodTally(options.current, options.lookups);
  const comparison = new PeriodTally(options.comparison, options.lookups);
  const { warehouseId, late } = options;
  const tallies = [current, comparison];
  // Most orders fall outside both periods; one test on the span covering both settles them.
  const first = current.start < comparison.start ? current.start : comparison.start;
  const last = current.end > comparison.end ? current.end : comparison.end;
  let lateOpenOrders = 0;
  const lateByShippingMethod = new Map<number, number>();
  for (const order of orders) {
    if (warehouseId !== null && order.warehouseId !== warehouseId) continue;
    if (order.placedAt >= first && order.placedAt < last) {
      for (const tally of tallies) if (tally.includes(order.placedAt)) tally.addPlaced(order);
    }
    const shippedAt = order.shippedAt;
    if (shippedAt !== null && shippedAt >= first && shippedAt < last) {
      for (const tally of tallies)
        if (tally.includes(shippedAt)) tally.addShipped(order, late.hoursFor(order));
    }
    if (late.isLate(order)) {
      lateOpenOrders += 1;
      const key = order.shippingMethodId ?? 0;
      lateByShippingMethod.set(key, (lateByShippingMethod.get(key) ?? 0) + 1);
    }
  }
  return { current, comparison, lateOpenOrders, lateByShippingMethod };
}
