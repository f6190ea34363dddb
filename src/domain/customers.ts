/**
 * What a customer is worth to the shop, from their orders: the figures on their
 * page. Cancelled orders do not count; refunds come off the lifetime value.
 */
import type { Cents, Order } from './types';

export interface CustomerFigures {
  orderCount: number;
  /** Σ (total − refunded) over orders not cancelled. */
  lifetimeValue: Cents;
  /** Lifetime value ÷ orders, rounded to the cent; null without orders. */
  averageOrderValue: Cents | null;
  /** Orders with anything sent back. */
  returnedOrders: number;
  lastOrderAt: string | null;
}

export const NO_FIGURES: CustomerFigures = {
  orderCount: 0,
  lifetimeValue: 0,
  averageOrderValue: null,
  returnedOrders: 0,
  lastOrderAt: null,
};

type Counted = Pick<Order, 'status' | 'total' | 'refundedTotal' | 'placedAt'>;

export function addOrder(figures: CustomerFigures, order: Counted): CustomerFigures {
  if (order.status === 'cancelled') return figures;
  const orderCount = figures.orderCount + 1;
  const lifetimeValue = figures.lifetimeValue + order.total - order.refundedTotal;
  return {
    orderCount,
    lifetimeValue,
    averageOrderValue: Math.round(lifetimeValue / orderCount),
    returnedOrders:
      figures.returnedOrders + (order.status === 'returned' || order.status === 'partially_returned' ? 1 : 0),
    lastOrderAt:
      figures.lastOrderAt === null || order.placedAt > figures.lastOrderAt
        ? order.placedAt
        : figures.lastOrderAt,
  };
}
