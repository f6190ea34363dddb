/** The payment hold (src/domain/payments.ts) as the API applies it: to picking, packing and shipping. */
import { DomainError, type Problem } from '../../src/domain/errors';
import { paymentHold } from '../../src/domain/payments';
import type { Order, PaymentMethod } from '../../src/domain/types';
import type { RecordReader } from '../store/database';

/** Why the order's payment method holds it back, or null. */
export async function paymentHoldOf(reader: RecordReader, order: Order): Promise<Problem | null> {
  const method =
    order.paymentMethodId === null
      ? null
      : await reader.get<PaymentMethod>('payment-methods', order.paymentMethodId);
  return paymentHold(order, method);
}

/** 409 while the order waits for its payment: nothing about it may leave the shelf yet. */
export async function refuseIfPaymentHeld(reader: RecordReader, order: Order): Promise<void> {
  const held = await paymentHoldOf(reader, order);
  if (held) throw new DomainError(409, held);
}
