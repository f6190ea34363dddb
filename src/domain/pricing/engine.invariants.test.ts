/** Properties every priced cart must have, checked over many generated carts and promotion sets. */
import { describe, expect, it } from 'vitest';
import { byPrecedence } from '../promotions';
import { PROMOTION_SCOPES, PROMOTION_TYPES } from '../types';
import { priceCart } from './engine';
import { CATEGORIES, promo } from './fixtures';
import type { CartLine, PromotionTerms } from './types';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { int, pick, chance: (p: number) => next() < p };
}

function randomCase(seed: number) {
  const g = generator(seed);
  const lines: CartLine[] = Array.from({ length: g.int(1, 5) }, (_, i) => ({
    productId: 100 + i,
    categoryId: g.pick([2, 3, 5, null]),
    quantity: g.int(1, 6),
    unitPrice: g.int(1, 20_000),
  }));
  const promotions: PromotionTerms[] = Array.from({ length: g.int(1, 6) }, (_, i) => {
    const type = g.pick(PROMOTION_TYPES);
    return promo({
      id: i + 1,
      type,
      value: type === 'percent' ? g.int(1, 100) : type === 'fixed' ? g.int(1, 50_000) : 0,
      buyQuantity: type === 'buy_x_get_y' ? g.int(1, 3) : null,
      getQuantity: type === 'buy_x_get_y' ? g.int(1, 2) : null,
      scope: g.pick(PROMOTION_SCOPES),
      categoryIds: [g.pick([1, 2, 3, 4, 5])],
      productIds: [100 + g.int(0, 4)],
      minSubtotal: g.chance(0.3) ? g.int(0, 50_000) : 0,
      budget: g.chance(0.3) ? g.int(1, 5_000) : null,
      discountGiven: 0,
      priority: g.int(0, 3),
      combinable: g.chance(0.7),
    });
  });
  return { lines, promotions, shipping: g.pick([0, 495]) };
}

describe('engine invariants', () => {
  it('keeps every amount whole, within its line, and adding up, over 500 generated carts', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const { lines, promotions, shipping } = randomCase(seed);
      const result = priceCart({
        lines,
        shipping,
        promotions,
        categories: CATEGORIES,
        at: '2026-06-15T00:00:00Z',
      });
      const context = `seed ${seed}`;
      result.lines.forEach((l, i) => {
        expect(l.subtotal, context).toBe(lines[i]!.quantity * lines[i]!.unitPrice);
        expect(Number.isInteger(l.discount) && l.discount >= 0 && l.discount <= l.subtotal, context).toBe(
          true,
        );
        expect(l.discount, context).toBe(result.applied.reduce((sum, a) => sum + a.lineAmounts[i]!, 0));
      });
      for (const a of result.applied) {
        expect(a.lineAmounts.reduce((x, y) => x + y, 0) + a.shippingAmount, context).toBe(a.amount);
        expect(a.amount, context).toBeGreaterThan(0);
        const p = promotions.find((candidate) => candidate.id === a.promotionId)!;
        if (p.budget !== null) expect(a.amount, context).toBeLessThanOrEqual(p.budget);
      }
      expect(result.discountTotal, context).toBe(result.lines.reduce((sum, l) => sum + l.discount, 0));
      expect(result.shippingDiscount, context).toBeLessThanOrEqual(shipping);
      expect(result.total, context).toBe(
        result.subtotal - result.discountTotal + shipping - result.shippingDiscount,
      );
      const seen = [...result.applied, ...result.notApplied].map((x) => x.promotionId).sort((a, b) => a - b);
      expect(seen, context).toEqual(promotions.map((p) => p.id));
      const appliedInOrder = result.applied.map((a) => promotions.find((p) => p.id === a.promotionId)!);
      expect(appliedInOrder, context).toEqual([...appliedInOrder].sort(byPrecedence));
      const exclusiveAt = appliedInOrder.findIndex((p) => !p.combinable);
      if (exclusiveAt >= 0) expect(appliedInOrder.length, context).toBe(exclusiveAt + 1);
    }
  });
});
