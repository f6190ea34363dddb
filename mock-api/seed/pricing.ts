/**
 * The seed's money arithmetic around the shared pricing engine
 * (src/domain/pricing): prices are gross (19 % VAT included), and an order's
 * totals are read off the engine's result so the seed and the API's dry runs
 * never disagree.
 */
import type { CartLine, PriceResult } from '../../src/domain/pricing';
import type { Cents, OrderItem } from '../../src/domain/types';

export const VAT_PERCENT = 19;

/** A basket line as the pricing engine reads it. */
export type PricingLine = CartLine;

/** The VAT contained in a gross amount. */
export function vatIncluded(gross: Cents): Cents {
  return Math.round((gross * VAT_PERCENT) / (100 + VAT_PERCENT));
}

export function lineTotal(line: Pick<PricingLine, 'quantity' | 'unitPrice'>): Cents {
  return line.quantity * line.unitPrice;
}

/** What the customer paid for a line after its discount. */
export function linePaid(item: Pick<OrderItem, 'quantity' | 'unitPrice' | 'discount'>): Cents {
  return lineTotal(item) - item.discount;
}

export interface OrderTotals {
  subtotal: Cents;
  discountTotal: Cents;
  /** The method's charge before promotions. */
  shippingCharge: Cents;
  shippingTotal: Cents;
  taxTotal: Cents;
  total: Cents;
}

export function orderTotals(priced: PriceResult): OrderTotals {
  return {
    subtotal: priced.subtotal,
    discountTotal: priced.discountTotal,
    shippingCharge: priced.shipping,
    shippingTotal: priced.shipping - priced.shippingDiscount,
    taxTotal: vatIncluded(priced.total),
    total: priced.total,
  };
}
