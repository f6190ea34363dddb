/**
 * The shop's standard shipping charge, before promotions: the API's dry runs
 * and the seed's orders use the same rule.
 */
import type { Cents } from '../types';

export const SHIPPING_FEE: Cents = 495;
export const FREE_SHIPPING_FROM: Cents = 5000;

/** What shipping costs for a cart with this subtotal (before discounts). */
export function standardShipping(subtotal: Cents): Cents {
  return subtotal < FREE_SHIPPING_FROM ? SHIPPING_FEE : 0;
}
