/**
 * The return and refund records of returned orders, as the API's return and
 * refund endpoints (mock-api/orders/returns.ts) would have written them: one
 * return per order with its reason, restocked lines going back to the order's
 * warehouse; a refund of what the customer paid for the returned lines, plus
 * the shipping when everything came back. Refunds are issued (by the admin,
 * the only role that may) when the return is received.
 */
import type { Id, Order, OrderReturn, Refund } from '../../src/domain/types';
import type { PlannedReturn } from './lifecycle';
import { USER_IDS } from './people';
import { linePaid } from './pricing';
import { at } from './random';
import { iso } from './time';

export const SHIPPING_REFUND_REASON = 'Versandkosten erstattet';

type Draft<T> = Omit<T, 'id'>;

export interface ReturnDrafts {
  orderReturn: Draft<OrderReturn>;
  refunds: Draft<Refund>[];
}

export function returnDrafts(
  order: Pick<Order, 'id' | 'warehouseId' | 'items' | 'shippingTotal'>,
  returned: PlannedReturn,
  staffId: Id,
): ReturnDrafts {
  const stamp = iso(returned.at);
  const base = { createdAt: stamp, updatedAt: stamp, version: 1, orderId: order.id };
  const lines = returned.lineIndexes.map((i) => at(order.items, i));
  const goods = lines.reduce((sum, item) => sum + linePaid(item), 0);
  const shipping = returned.complete ? order.shippingTotal : 0;
  const refund = (amount: number, reason: string): Draft<Refund>[] =>
    amount > 0 ? [{ ...base, amount, reason, userId: USER_IDS.admin }] : [];
  return {
    orderReturn: {
      ...base,
      items: lines.map(({ productId, quantity }) => ({
        productId,
        quantity,
        restock: returned.restock,
        warehouseId: returned.restock ? order.warehouseId : null,
      })),
      reason: returned.reason,
      userId: staffId,
    },
    refunds: [...refund(goods, returned.reason), ...refund(shipping, SHIPPING_REFUND_REASON)],
  };
}

export function refundedTotal(refunds: readonly Pick<Refund, 'amount'>[]): number {
  return refunds.reduce((sum, refund) => sum + refund.amount, 0);
}

/** Numbered 1, 2, 3, … in time order (ties by order). */
export function numbered<D extends { createdAt: string; orderId: Id }>(
  drafts: readonly D[],
): (D & { id: Id })[] {
  return [...drafts]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.orderId - b.orderId)
    .map((draft, n) => ({ id: n + 1, ...draft }));
}
