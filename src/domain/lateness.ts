/**
 * When an order is late: paid, not yet fully shipped, and past the dispatch
 * time the shop promised with its shipping method (Settings → Shipping
 * methods), or past the shop's default promise for orders without a method.
 */
import type { Id, Order, OrderStatus } from './types';

/** Paid but not yet fully shipped: these count against the service level. */
export const AWAITING_SHIPMENT: readonly OrderStatus[] = [
  'paid',
  'processing',
  'partially_shipped',
  'on_hold',
];

/** Paid longer ago than the service level and still not fully shipped. */
export function isLate(
  order: Pick<Order, 'status' | 'paidAt'>,
  now: Date,
  serviceLevelHours: number,
): boolean {
  return isLateBefore(order, lateCutoff(now, serviceLevelHours));
}

/** Orders paid before this moment are late if not yet shipped; compute once per list. */
export function lateCutoff(now: Date, serviceLevelHours: number): string {
  return new Date(now.getTime() - serviceLevelHours * 3_600_000).toISOString();
}

export function isLateBefore(order: Pick<Order, 'status' | 'paidAt'>, cutoff: string): boolean {
  return order.paidAt !== null && order.paidAt < cutoff && AWAITING_SHIPMENT.includes(order.status);
}

/**
 * The promise each order was sold with: its shipping method's dispatch hours
 * (Settings → Shipping methods), or the shop's default for orders without a
 * method. Build once per request: cutoffs are computed once per method.
 */
export function lateRule(now: Date, defaultHours: number, dispatchHours: ReadonlyMap<Id, number>) {
  const cutoffs = new Map<Id | null, string>();
  const hoursFor = (order: Pick<Order, 'shippingMethodId'>): number =>
    (order.shippingMethodId === null ? undefined : dispatchHours.get(order.shippingMethodId)) ?? defaultHours;
  const cutoffFor = (order: Pick<Order, 'shippingMethodId'>): string => {
    let cutoff = cutoffs.get(order.shippingMethodId);
    if (cutoff === undefined) {
      cutoff = lateCutoff(now, hoursFor(order));
      cutoffs.set(order.shippingMethodId, cutoff);
    }
    return cutoff;
  };
  return {
    hoursFor,
    isLate: (order: Pick<Order, 'status' | 'paidAt' | 'shippingMethodId'>) =>
      isLateBefore(order, cutoffFor(order)),
  };
}
export type LateRule = ReturnType<typeof lateRule>;
