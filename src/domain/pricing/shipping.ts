/**
 * What a customer pays for shipping before promotions: the order's shipping
 * method's price, nothing from its free-shipping threshold (Settings →
 * Shipping methods). The pricing engine takes the result as its `shipping`;
 * the seed, the API's dry runs and orders' records all come from this rule.
 */
import type { Cents, ShippingMethod } from '../types';

export type ShippingTerms = Pick<ShippingMethod, 'price' | 'freeShippingFrom'>;

/** The charge for a cart with this subtotal (before discounts), as the method's terms set it. */
export function shippingCharge(method: ShippingTerms, subtotal: Cents): Cents {
  return method.freeShippingFrom !== null && subtotal >= method.freeShippingFrom ? 0 : method.price;
}

/**
 * The method a new cart ships with when none is chosen: the shop's first active
 * one (lowest id, the order Settings lists them in), or null when none is active.
 */
export function defaultShippingMethod<M extends Pick<ShippingMethod, 'id' | 'active'>>(
  methods: Iterable<M>,
): M | null {
  let first: M | null = null;
  for (const method of methods) if (method.active && (first === null || method.id < first.id)) first = method;
  return first;
}
