import { describe, expect, it } from 'vitest';
import type { PromotionType } from '../types';
import { attributeDiscount, discountCostOf, waivedShipping, type OrderDiscounts } from './attribution';

const TYPES: Record<number, PromotionType> = {
  1: 'percent',
  2: 'free_shipping',
  3: 'fixed',
  4: 'free_shipping',
};
const typeOf = (id: number) => TYPES[id] ?? null;

function shares(order: OrderDiscounts): Record<number, number> {
  const given: Record<number, number> = {};
  attributeDiscount(order, typeOf, (id, cents) => {
    given[id] = (given[id] ?? 0) + cents;
  });
  return given;
}

// A small order charged 4.95 € shipping, all waived; a large one that shipped free anyway.
const small = { shippingCharge: 495, shippingTotal: 0 };
const large = { shippingCharge: 0, shippingTotal: 0 };

describe('discount attribution', () => {
  it('counts as waived what the order was charged for shipping and did not pay', () => {
    expect(waivedShipping(small)).toBe(495);
    expect(waivedShipping({ shippingCharge: 495, shippingTotal: 495 })).toBe(0);
    expect(waivedShipping({ shippingCharge: 1290, shippingTotal: 290 })).toBe(1000);
    expect(waivedShipping(large)).toBe(0);
  });

  it('gives a lone promotion the whole discount, shipping included', () => {
    expect(shares({ ...small, promotionIds: [1], discountTotal: 300 })).toEqual({ 1: 795 });
  });

  it('gives waived shipping to the free-shipping promotion and line discounts to the other', () => {
    expect(shares({ ...small, promotionIds: [1, 2], discountTotal: 300 })).toEqual({ 1: 300, 2: 495 });
  });

  it('splits evenly between promotions of one kind', () => {
    expect(shares({ ...large, promotionIds: [1, 3], discountTotal: 1001 })).toEqual({ 1: 501, 3: 500 });
    expect(shares({ ...small, promotionIds: [2, 4], discountTotal: 0 })).toEqual({ 2: 248, 4: 247 });
  });

  it('spreads an amount without a promotion of its kind over all of them', () => {
    expect(shares({ ...large, promotionIds: [2, 4], discountTotal: 100 })).toEqual({ 2: 50, 4: 50 });
  });

  it('always adds up to the order’s whole discount', () => {
    const orders: OrderDiscounts[] = [
      { ...small, promotionIds: [1, 2, 3], discountTotal: 777 },
      { ...large, promotionIds: [1, 3], discountTotal: 3 },
      { ...small, promotionIds: [4], discountTotal: 0 },
    ];
    for (const order of orders) {
      const total = Object.values(shares(order)).reduce((a, b) => a + b, 0);
      expect(total).toBe(discountCostOf(order));
      expect(total).toBe(order.discountTotal + waivedShipping(order));
    }
  });

  it('gives nothing for an order without promotions', () => {
    expect(shares({ ...small, promotionIds: [], discountTotal: 0 })).toEqual({});
    expect(discountCostOf({ ...small, promotionIds: [], discountTotal: 250 })).toBe(0);
  });
});
