/**
 * What each promotion on an order cost. Orders keep their line discounts and
 * the promotions applied, not which promotion gave how much, so the cost is
 * attributed by kind: shipping waived (the charge the order's shipping method
 * set, kept on the order, minus what the customer paid) goes to the order's free-shipping promotions, line discounts
 * to its other promotions, each amount split evenly where an order has
 * several of a kind. An amount with no promotion of its kind is split over all
 * of them, so the shares always add up to the order's whole discount.
 */
import type { Cents, Id, Order, PromotionType } from '../types';
import { splitEvenly } from './stats';

export type OrderDiscounts = Pick<
  Order,
  'promotionIds' | 'discountTotal' | 'shippingCharge' | 'shippingTotal'
>;

/** Shipping the customer did not pay because of a promotion. */
export const waivedShipping = (order: Pick<Order, 'shippingCharge' | 'shippingTotal'>): Cents =>
  Math.max(0, order.shippingCharge - order.shippingTotal);

/** The whole discount an order's promotions gave: line discounts plus shipping waived. */
export const discountCostOf = (order: OrderDiscounts): Cents =>
  order.promotionIds.length === 0 ? 0 : order.discountTotal + waivedShipping(order);

/** Calls `give` with each promotion of the order and the cents it is credited with. */
export function attributeDiscount(
  order: OrderDiscounts,
  typeOf: (promotionId: Id) => PromotionType | null,
  give: (promotionId: Id, cents: Cents) => void,
): void {
  const ids = order.promotionIds;
  if (ids.length === 0) return;
  const waived = waivedShipping(order);
  // Almost every order has one promotion: it gets the whole discount, with nothing to split.
  if (ids.length === 1) {
    give(ids[0]!, order.discountTotal + waived);
    return;
  }
  const shares = new Map<Id, Cents>(ids.map((id) => [id, 0]));
  const shipping = ids.filter((id) => typeOf(id) === 'free_shipping');
  const lines = ids.filter((id) => typeOf(id) !== 'free_shipping');
  share(order.discountTotal, lines.length > 0 ? lines : ids, shares);
  share(waived, shipping.length > 0 ? shipping : ids, shares);
  for (const [id, cents] of shares) give(id, cents);
}

function share(amount: Cents, takers: readonly Id[], into: Map<Id, Cents>): void {
  splitEvenly(amount, takers.length).forEach((cents, i) => {
    const id = takers[i]!;
    into.set(id, (into.get(id) ?? 0) + cents);
  });
}
