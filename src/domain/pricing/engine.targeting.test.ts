/** Targeting (order, categories with subcategories, products) and the minimum subtotal. */
import { describe, expect, it } from 'vitest';
import { priceCart } from './engine';
import { AT, CATEGORIES, SHIRT, SHOES, SPADE, line, promo } from './fixtures';
import type { CartLine, PromotionTerms } from './types';

const price = (lines: CartLine[], promotions: PromotionTerms[]) =>
  priceCart({ lines, shipping: 495, promotions, categories: CATEGORIES, at: AT });
const discounts = (lines: CartLine[], p: PromotionTerms) => price(lines, [p]).lines.map((l) => l.discount);
const cart = [line(SHIRT), line(SHOES), line(SPADE)];

describe('targeting', () => {
  it('hits products in the subcategories of a top-level category', () => {
    // 10 % on Clothing: shirt (Shirts) and shoes (Shoes) are both Clothing; the spade is Garden.
    expect(discounts(cart, promo({ id: 1, scope: 'categories', categoryIds: [1] }))).toEqual([200, 500, 0]);
  });

  it('hits only its own subcategory, not the siblings or the parent', () => {
    expect(discounts(cart, promo({ id: 1, scope: 'categories', categoryIds: [3] }))).toEqual([0, 500, 0]);
  });

  it('accepts the categories as a parent map as well as records', () => {
    const parents = new Map(CATEGORIES.map((c) => [c.id, c.parentId]));
    const result = priceCart({
      lines: cart,
      shipping: 0,
      promotions: [promo({ id: 1, scope: 'categories', categoryIds: [4] })],
      categories: parents,
      at: AT,
    });
    expect(result.lines.map((l) => l.discount)).toEqual([0, 0, 100]);
  });

  it('hits exactly the listed products', () => {
    expect(
      discounts(cart, promo({ id: 1, scope: 'products', productIds: [SHIRT.productId, SPADE.productId] })),
    ).toEqual([200, 0, 100]);
  });

  it('never matches an uncategorised product by category', () => {
    const loose = { productId: 99, categoryId: null, unitPrice: 1000, quantity: 1 };
    expect(discounts([loose], promo({ id: 1, scope: 'categories', categoryIds: [1, 4] }))).toEqual([0]);
    expect(discounts([loose], promo({ id: 2 }))).toEqual([100]);
  });

  it('reports when nothing in the cart is targeted', () => {
    const result = price([line(SPADE)], [promo({ id: 1, scope: 'categories', categoryIds: [1] })]);
    expect(result.notApplied).toMatchObject([
      {
        promotionId: 1,
        reason: 'target',
        explanation: {
          key: 'promotions.why.noEligibleItems',
          text: 'No item in the cart belongs to the chosen categories.',
        },
      },
    ]);
  });
});

describe('minimum subtotal', () => {
  // The cart's subtotal is 20.00 + 50.00 + 10.00 = 80.00.
  it('applies from exactly the minimum', () => {
    expect(price(cart, [promo({ id: 1, minSubtotal: 8000 })]).applied).toHaveLength(1);
  });

  it('does not apply one cent below, and says what is missing', () => {
    const result = price(cart, [promo({ id: 1, minSubtotal: 8001 })]);
    expect(result.applied).toEqual([]);
    expect(result.notApplied[0]).toMatchObject({
      reason: 'minimum',
      explanation: { text: 'It needs a subtotal of at least €80.01; the cart has €80.00.' },
    });
  });

  it('compares with the whole cart before discounts, even for a targeted promotion after another discount', () => {
    // 50 % off everything applies first; the Garden promotion still sees the 80.00 subtotal.
    const half = promo({ id: 1, value: 50, priority: 9 });
    const garden = promo({
      id: 2,
      scope: 'categories',
      categoryIds: [4],
      minSubtotal: 8000,
      type: 'fixed',
      value: 100,
    });
    const result = price(cart, [half, garden]);
    expect(result.applied.map((a) => a.promotionId)).toEqual([1, 2]);
    // Spade: 10.00 − 5.00 (half) − 1.00 (garden) = 4.00.
    expect(result.lines[2]!.total).toBe(400);
  });
});
