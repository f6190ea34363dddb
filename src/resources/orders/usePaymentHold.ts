import { useGetManyAggregate } from 'react-admin';
import type { Problem } from '../../domain/errors';
import { paymentHold } from '../../domain/payments';
import type { Order, PaymentMethod } from '../../domain/types';

/**
 * Why the order may not be picked, packed or shipped yet because of how it is
 * paid (src/domain/payments.ts, the API's rule), or null. Reads the payment
 * method the way the order page's reference field does, so it costs no request of its own.
 */
export function usePaymentHold(order: Order | undefined): Problem | null {
  const paymentMethodId = order?.paymentMethodId ?? null;
  const { data: methods } = useGetManyAggregate<PaymentMethod>(
    'payment-methods',
    { ids: paymentMethodId === null ? [] : [paymentMethodId] },
    { enabled: paymentMethodId !== null },
  );
  if (!order || order.status === 'cancelled') return null;
  return paymentHold(order, methods?.[0]);
}
