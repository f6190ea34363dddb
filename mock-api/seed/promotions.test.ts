import { describe, expect, it } from 'vitest';
import type { Promotion } from '../../src/domain/types';
import { promotionEffect, shippingFee, vatIncluded, type PricingLine, type PromotionTerms } from './pricing';
import { Findings, groupBy, ms, seeded, TESTED_SCALES, TEST_ANCHORS } from './test-fixtures';

const terms = (overrides: Partial<PromotionTerms>): PromotionTerms => ({
  type: 'percent',
  value: 10,
  scope: 'order',
  categoryIds: [],
  productIds: [],
  minSubtotal: 0,
  ...overrides,
});
// Category 2 is a child of 1; 3 is unrelated.
const parentOf = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, null],
]);
const lines: PricingLine[] = [
  { productId: 10, categoryId: 2, quantity: 2, unitPrice: 1999 },
  { productId: 11, categoryId: 3, quantity: 1, unitPrice: 995 },
];

describe('promotionEffect', () => {
  it('takes a percentage off every line for order-wide promotions', () => {
    expect(promotionEffect(terms({ value: 10 }), lines, parentOf)).toEqual({
      lineDiscounts: [400, 100],
      shippingDiscount: 0,
    });
  });

  it('limits category promotions to products in the category or its children', () => {
    expect(
      promotionEffect(terms({ scope: 'categories', categoryIds: [1] }), lines, parentOf).lineDiscounts,
    ).toEqual([400, 0]);
    expect(
      promotionEffect(terms({ scope: 'categories', categoryIds: [3] }), lines, parentOf).lineDiscounts,
    ).toEqual([0, 100]);
    expect(
      promotionEffect(terms({ scope: 'products', productIds: [11] }), lines, parentOf).lineDiscounts,
    ).toEqual([0, 100]);
  });

  it('spreads a fixed amount over eligible lines by value, never more than they are worth', () => {
    const effect = promotionEffect(terms({ type: 'fixed', value: 500 }), lines, parentOf);
    expect(effect.lineDiscounts.reduce((a, b) => a + b, 0)).toBe(500);
    expect(effect.lineDiscounts[0]).toBeGreaterThan(effect.lineDiscounts[1] ?? 0);
    const capped = promotionEffect(
      terms({ type: 'fixed', value: 5000, scope: 'products', productIds: [11] }),
      lines,
      parentOf,
    );
    expect(capped.lineDiscounts).toEqual([0, 995]);
  });

  it('waives the shipping fee only when one would be charged', () => {
    expect(promotionEffect(terms({ type: 'free_shipping', value: 0 }), lines, parentOf)).toEqual({
      lineDiscounts: [0, 0],
      shippingDiscount: 495,
    });
    const big = [{ ...lines[0], quantity: 3 } as PricingLine];
    expect(promotionEffect(terms({ type: 'free_shipping', value: 0 }), big, parentOf).shippingDiscount).toBe(
      0,
    );
  });

  it('does nothing below the minimum subtotal', () => {
    expect(promotionEffect(terms({ minSubtotal: 5000 }), lines, parentOf)).toEqual({
      lineDiscounts: [0, 0],
      shippingDiscount: 0,
    });
  });

  it('charges 4,95 € shipping below 50 € and computes the VAT contained in a gross amount', () => {
    expect(shippingFee(4999)).toBe(495);
    expect(shippingFee(5000)).toBe(0);
    expect(vatIncluded(11900)).toBe(1900);
    expect(vatIncluded(495)).toBe(79);
  });
});

describe.each(TESTED_SCALES)('promotions at %s scale', (scale) => {
  const db = seeded(scale);
  const anchor = TEST_ANCHORS[scale].getTime();
  const parents = new Map(db.categories.map((category) => [category.id, category.parentId]));
  const products = new Map(db.products.map((product) => [product.id, product]));
  const promotions = new Map(db.promotions.map((promotion) => [promotion.id, promotion]));
  const usedBy = groupBy(
    db.orders.flatMap((order) => order.promotionIds.map((promotionId) => ({ promotionId, order }))),
    (use) => use.promotionId,
  );
  const pricingLines = (items: (typeof db.orders)[number]['items']): PricingLine[] =>
    items.map((item) => ({ ...item, categoryId: products.get(item.productId)?.categoryId ?? null }));

  it('counts usage and discount exactly as the orders listing the promotion received them', () => {
    for (const promotion of db.promotions) {
      const uses = usedBy.get(promotion.id) ?? [];
      expect(promotion.usageCount, promotion.name).toBe(uses.length);
      const given = uses.reduce((sum, { order }) => {
        if (promotion.type === 'free_shipping') return sum + shippingFee(order.subtotal);
        return sum + order.discountTotal;
      }, 0);
      expect(promotion.discountGiven, promotion.name).toBe(given);
      if (promotion.usageLimit !== null)
        expect(promotion.usageCount).toBeLessThanOrEqual(promotion.usageLimit);
      if (promotion.budget !== null) expect(promotion.discountGiven).toBeLessThanOrEqual(promotion.budget);
    }
  });

  it('discounts orders exactly as the pure pricing rules say, and only promoted orders', () => {
    const findings = new Findings();
    for (const order of db.orders) {
      const applied = order.promotionIds.map((id) => promotions.get(id) as Promotion);
      const expected = order.items.map(() => 0);
      for (const promotion of applied) {
        promotionEffect(promotion, pricingLines(order.items), parents).lineDiscounts.forEach(
          (discount, i) => (expected[i] = (expected[i] ?? 0) + discount),
        );
      }
      const actual = order.items.map((item) => item.discount);
      findings.check(
        JSON.stringify(actual) === JSON.stringify(expected),
        `${order.number}: discounts ${actual} ≠ ${expected}`,
      );
      const freeShipping = applied.some((promotion) => promotion.type === 'free_shipping');
      findings.check(
        order.shippingTotal === (freeShipping ? 0 : shippingFee(order.subtotal)),
        `${order.number}: shipping`,
      );
      findings.check(
        applied.filter((promotion) => promotion.type !== 'free_shipping').length <= 1,
        `${order.number}: stacked discounts`,
      );
      findings.check(
        applied.length < 2 || applied.every((promotion) => promotion.combinable),
        `${order.number}: combined a non-combinable promotion`,
      );
    }
    expect(findings.problems).toEqual([]);
  });

  it('applies promotions only inside their window, never drafts, never after a pause', () => {
    const misapplied = [...usedBy.values()].flat().filter(({ promotionId, order }) => {
      const promotion = promotions.get(promotionId) as Promotion;
      return (
        promotion.draft ||
        order.placedAt < promotion.startsAt ||
        (promotion.endsAt !== null && order.placedAt >= promotion.endsAt) ||
        (promotion.paused && order.placedAt >= promotion.updatedAt)
      );
    });
    expect(misapplied.map(({ promotionId, order }) => `${order.number} ← ${promotionId}`)).toEqual([]);
  });

  it('mixes past, running and scheduled promotions with unique uppercase codes', () => {
    const past = db.promotions.filter(
      (promotion) => promotion.endsAt !== null && ms(promotion.endsAt) <= anchor,
    );
    const running = db.promotions.filter(
      (promotion) =>
        ms(promotion.startsAt) <= anchor && (promotion.endsAt === null || ms(promotion.endsAt) > anchor),
    );
    const scheduled = db.promotions.filter((promotion) => ms(promotion.startsAt) > anchor);
    for (const group of [past, running, scheduled]) expect(group.length).toBeGreaterThan(0);
    const codes = db.promotions
      .map((promotion) => promotion.code)
      .filter((code): code is string => code !== null);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]+$/);
    expect(new Set(codes).size).toBe(codes.length);
    for (const promotion of db.promotions) {
      if (promotion.type === 'percent') expect(promotion.value).toBeGreaterThanOrEqual(1);
      if (promotion.type === 'percent') expect(promotion.value).toBeLessThanOrEqual(100);
      if (promotion.type === 'free_shipping') expect(promotion.value).toBe(0);
      expect(promotion.createdAt <= promotion.updatedAt).toBe(true);
      expect(ms(promotion.updatedAt)).toBeLessThanOrEqual(anchor);
    }
    if (scale === 'demo') {
      expect(db.promotions.length).toBeGreaterThanOrEqual(8);
      expect(new Set(db.promotions.map((promotion) => promotion.scope))).toEqual(
        new Set(['order', 'categories', 'products']),
      );
      expect(new Set(db.promotions.map((promotion) => promotion.type))).toEqual(
        new Set(['percent', 'fixed', 'free_shipping']),
      );
      expect(db.promotions.filter((promotion) => promotion.usageCount > 0).length).toBeGreaterThanOrEqual(5);
    }
  });
});
