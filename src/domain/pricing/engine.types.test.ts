/** Each promotion type on small carts whose results are worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { priceCart } from './engine';
import { AT, CATEGORIES, SHIRT, SHOES, SPADE, line, promo } from './fixtures';
import type { CartLine, PromotionTerms } from './types';

const price = (lines: CartLine[], promotions: PromotionTerms[], shipping = 495) =>
  priceCart({ lines, shipping, promotions, categories: CATEGORIES, at: AT });

describe('percentage off', () => {
  it('takes the percentage of the eligible lines and spreads it in proportion', () => {
    // Shirts 2 × 20.00 = 40.00, spade 10.00: 10 % of 50.00 is 5.00, split 4.00 / 1.00.
    const result = price([line(SHIRT, 2), line(SPADE)], [promo({ id: 1, value: 10 })]);
    expect(result.lines.map((l) => l.discount)).toEqual([400, 100]);
    expect(result.subtotal).toBe(5000);
    expect(result.discountTotal).toBe(500);
    expect(result.total).toBe(5000 - 500 + 495);
    expect(result.applied).toMatchObject([
      { promotionId: 1, amount: 500, shippingAmount: 0, lineAmounts: [400, 100] },
    ]);
    expect(result.applied[0]!.explanation.key).toBe('promotions.explain.percent');
    expect(result.applied[0]!.explanation.text).toBe('10 % off the whole order: −€5.00.');
  });

  it('rounds the total once and distributes the cents, instead of rounding each line', () => {
    // Three lines of 1.05: 10 % of 3.15 is 0.315 → 0.32 (half up). Per line it is 0.105 each, so
    // rounding each line would give 0.33; instead the 32 cents go 11 / 11 / 10.
    const lines = [101, 102, 103].map((productId) => ({
      productId,
      categoryId: 2,
      unitPrice: 105,
      quantity: 1,
    }));
    const result = price(lines, [promo({ id: 1, value: 10 })]);
    expect(result.applied[0]!.amount).toBe(32);
    expect(result.lines.map((l) => l.discount)).toEqual([11, 11, 10]);
  });

  it('makes a line free at 100 % and never below zero', () => {
    const result = price([line(SPADE, 3)], [promo({ id: 1, value: 100 })]);
    expect(result.lines[0]).toMatchObject({ subtotal: 3000, discount: 3000, total: 0 });
    expect(result.total).toBe(495);
  });
});

describe('fixed amount off', () => {
  it('spreads the amount over the eligible lines in proportion to their value', () => {
    // 10.00 over 40.00 and 10.00 → 8.00 and 2.00.
    const result = price([line(SHIRT, 2), line(SPADE)], [promo({ id: 1, type: 'fixed', value: 1000 })]);
    expect(result.lines.map((l) => l.discount)).toEqual([800, 200]);
  });

  it('puts the odd cent where the remainder is largest', () => {
    // 1.00 over 10.00 and 20.00 → 0.333 and 0.667 → 0.33 and 0.67.
    const result = price([line(SPADE), line(SHIRT)], [promo({ id: 1, type: 'fixed', value: 100 })]);
    expect(result.lines.map((l) => l.discount)).toEqual([33, 67]);
  });

  it('takes no more than the eligible lines are worth', () => {
    // 50.00 off the garden, but only a 10.00 spade is garden: 10.00 off, the shirt untouched.
    const result = price(
      [line(SHIRT), line(SPADE)],
      [promo({ id: 1, type: 'fixed', value: 5000, scope: 'categories', categoryIds: [4] })],
    );
    expect(result.lines.map((l) => l.discount)).toEqual([0, 1000]);
    expect(result.applied[0]!.amount).toBe(1000);
  });
});

describe('free shipping', () => {
  it('waives the shipping cost and leaves the lines alone', () => {
    const result = price([line(SHIRT)], [promo({ id: 1, type: 'free_shipping', value: 0 })]);
    expect(result.shippingDiscount).toBe(495);
    expect(result.discountTotal).toBe(0);
    expect(result.total).toBe(2000);
    expect(result.applied[0]).toMatchObject({ amount: 495, shippingAmount: 495, lineAmounts: [0] });
  });

  it('does not apply when there is no shipping cost', () => {
    const result = price([line(SHIRT)], [promo({ id: 1, type: 'free_shipping', value: 0 })], 0);
    expect(result.applied).toEqual([]);
    expect(result.notApplied[0]).toMatchObject({
      reason: 'target',
      explanation: { key: 'promotions.why.noShipping' },
    });
  });

  it('needs an eligible item when it targets products', () => {
    const onShoes = promo({
      id: 1,
      type: 'free_shipping',
      value: 0,
      scope: 'products',
      productIds: [SHOES.productId],
    });
    expect(price([line(SHIRT)], [onShoes]).notApplied[0]!.reason).toBe('target');
    expect(price([line(SHIRT), line(SHOES)], [onShoes]).shippingDiscount).toBe(495);
  });
});

describe('buy X get Y', () => {
  const clothing3for2 = (overrides: Partial<PromotionTerms> = {}) =>
    promo({
      id: 1,
      type: 'buy_x_get_y',
      value: 0,
      buyQuantity: 2,
      getQuantity: 1,
      scope: 'categories',
      categoryIds: [1],
      ...overrides,
    });

  it('makes the cheapest unit of every three in the category free', () => {
    // One shirt (20.00) and two pairs of shoes (50.00): three clothing units, the shirt is free.
    const result = price([line(SHOES, 2), line(SHIRT)], [clothing3for2()]);
    expect(result.lines.map((l) => l.discount)).toEqual([0, 2000]);
    expect(result.applied[0]!.explanation.text).toBe(
      'Buy 2, get 1 free on the chosen categories: −€20.00 (units free: 1).',
    );
  });

  it('frees the cheapest units across the whole group, two blocks at a time', () => {
    // Three shirts and three shoes: six units, two free, both the cheaper shirts.
    const result = price([line(SHOES, 3), line(SHIRT, 3)], [clothing3for2()]);
    expect(result.lines.map((l) => l.discount)).toEqual([0, 4000]);
  });

  it('ignores units outside the target and incomplete blocks', () => {
    // Two shirts and three spades: only two clothing units, not enough for a free one.
    const result = price([line(SHIRT, 2), line(SPADE, 3)], [clothing3for2()]);
    expect(result.applied).toEqual([]);
    expect(result.notApplied[0]).toMatchObject({
      reason: 'target',
      explanation: { key: 'promotions.why.notEnoughUnits', params: { needed: 3, have: 2 } },
    });
  });

  it('counts each listed product as a group of its own', () => {
    const onProducts = clothing3for2({
      scope: 'products',
      categoryIds: [],
      productIds: [SHIRT.productId, SHOES.productId],
    });
    // Two shirts and one pair of shoes: neither product reaches three units.
    expect(price([line(SHIRT, 2), line(SHOES)], [onProducts]).applied).toEqual([]);
    // Three of each: one shirt and one pair of shoes free.
    const result = price([line(SHIRT, 3), line(SHOES, 3)], [onProducts]);
    expect(result.lines.map((l) => l.discount)).toEqual([2000, 5000]);
  });

  it('counts each listed category as a group of its own, and pools the whole order otherwise', () => {
    const lines = [line(SHIRT, 2), line(SHOES, 1), line(SPADE, 3)];
    // Shirts and shoes as separate groups: 2 and 1 units, nothing free.
    expect(price(lines, [clothing3for2({ categoryIds: [2, 3] })]).applied).toEqual([]);
    // The whole order pooled: six units, two free, the two cheapest are spades (10.00).
    const pooled = price(lines, [clothing3for2({ scope: 'order', categoryIds: [] })]);
    expect(pooled.lines.map((l) => l.discount)).toEqual([0, 0, 2000]);
  });

  it('frees several units per block when Y is more than one', () => {
    // Buy 1 get 2 on four spades: one full block of three, two spades free.
    const result = price(
      [line(SPADE, 4)],
      [clothing3for2({ buyQuantity: 1, getQuantity: 2, categoryIds: [4] })],
    );
    expect(result.lines[0]!.discount).toBe(2000);
  });
});
