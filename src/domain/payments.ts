/**
 * Payment holds: an order paid with a method that waits for payment
 * (prepayment) is not picked, packed or shipped before the money is in. The
 * API refuses such work with 409 and this problem; the console asks the same
 * function before it offers the work, and shows the reason instead.
 */
import { problem, type Problem } from './errors';
import { paymentSummary } from './orders';
import type { Order, PaymentMethod } from './types';

type PayableOrder = Pick<Order, 'number' | 'total' | 'paidAt' | 'refundedTotal'>;

/** Whether the customer has paid the order (a free order has nothing to pay). */
export function isPaid(order: Pick<Order, 'total' | 'paidAt' | 'refundedTotal'>): boolean {
  return paymentSummary(order).paidTotal >= order.total;
}

/**
 * Why the order may not be picked, packed or shipped yet because of how it is
 * paid, or null when its payment method lets it go (or it has none).
 */
export function paymentHold(
  order: PayableOrder,
  method: Pick<PaymentMethod, 'name' | 'waitsForPayment'> | null | undefined,
): Problem | null {
  if (!method?.waitsForPayment || isPaid(order)) return null;
  return problem('errors.waitsForPayment', { number: order.number, method: method.name });
}
