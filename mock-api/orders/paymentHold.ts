/** The payment hold (src/domain/payments.ts) as the API applies it: to picking, packing and shipping. */
import { DomainError, type Problem } from '../../src/domain/errors';
import { paymentHold } from '../../src/domain/payments';
import type { Order, PaymentMethod } from '../../src/domain/types';
import type { Store, Transaction } from '../store/store';

/** Why the order's payment method holds it back, or null. */
export function paymentHoldOf(tx: Transaction | Store, order: Order): Problem | null {
  const method =
    order.paymentMethodId === null ? null : tx.get<PaymentMethod>('payment-methods', order.paymentMethodId);
  return paymentHold(order, method);
}

/** 409 while the order waits for its payment: nothing about it may leave the shelf yet. */
export function refuseIfPaymentHeld(tx: Transaction | Store, order: Order): void {
  const held = paymentHoldOf(tx, order);
  if (held) throw new DomainError(409, held);
}
