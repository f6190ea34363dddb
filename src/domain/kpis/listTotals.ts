/**
 * The money behind a list of orders, summed the way the KPI report sums it, so
 * a drill-down list's footer shows the very figure the dashboard linked from:
 * gross sales (Σ total), discounts (Σ line discounts), refunds, net sales, and
 * what promotions cost (line discounts plus shipping waived, ./attribution.ts).
 */
import type { Cents, Order } from '../types';
import { discountCostOf } from './attribution';

export interface OrderListTotals {
  orders: number;
  grossSales: Cents;
  discounts: Cents;
  refunds: Cents;
  netSales: Cents;
  discountCost: Cents;
}

type Summed = Pick<
  Order,
  'total' | 'discountTotal' | 'refundedTotal' | 'promotionIds' | 'shippingCharge' | 'shippingTotal'
>;

export function orderListTotals(orders: Iterable<Summed>): OrderListTotals {
  const sums: OrderListTotals = {
    orders: 0,
    grossSales: 0,
    discounts: 0,
    refunds: 0,
    netSales: 0,
    discountCost: 0,
  };
  for (const order of orders) {
    sums.orders += 1;
    sums.grossSales += order.total;
    sums.discounts += order.discountTotal;
    sums.refunds += order.refundedTotal;
    sums.discountCost += discountCostOf(order);
  }
  sums.netSales = sums.grossSales - sums.refunds;
  return sums;
}
