/** Precedence (priority, then id) and combinability. */
import { describe, expect, it } from 'vitest';
import { priceCart } from './engine';
import { AT, CATEGORIES, SHOES, SPADE, line, promo } from './fixtures';
import type { PromotionTerms } from './types';

// Two pairs of shoes: a 100.00 cart.
const price = (promotions: PromotionTerms[]) =>
  priceCart({ lines: [line(SHOES, 2)], shipping: 495, promotions, categories: CATEGORIES, at: AT });
const order = (promotions: PromotionTerms[]) => price(promotions).applied.map((a) => a.promotionId);

describe('precedence', () => {
  it('applies the higher priority first, and each works on what the earlier left', () => {
    const tenPercent = promo({ id: 1, value: 10, priority: 1 });
    const tenEuros = promo({ id: 2, type: 'fixed', value: 1000, priority: 5 });
    const result = price([tenPercent, tenEuros]);
    // 10.00 off first → 90.00 left, then 10 % of 90.00 = 9.00.
    expect(result.applied.map((a) => [a.promotionId, a.amount])).toEqual([
      [2, 1000],
      [1, 900],
    ]);
    expect(result.discountTotal).toBe(1900);
  });

  it('breaks priority ties by the lower id, whatever order the promotions come in', () => {
    const tenEuros = promo({ id: 2, type: 'fixed', value: 1000 });
    const tenPercent = promo({ id: 1, value: 10 });
    // 10 % of 100.00 = 10.00 first, then 10.00 more.
    expect(price([tenEuros, tenPercent]).applied.map((a) => [a.promotionId, a.amount])).toEqual([
      [1, 1000],
      [2, 1000],
    ]);
  });

  it('lists what did not apply in precedence order too', () => {
    const result = price([
      promo({ id: 3, draft: true }),
      promo({ id: 1, paused: true, priority: 2 }),
      promo({ id: 2, draft: true, priority: 2 }),
    ]);
    expect(result.notApplied.map((s) => s.promotionId)).toEqual([1, 2, 3]);
  });
});

describe('combinability', () => {
  it('stops every later promotion once a non-combinable one has applied, naming it', () => {
    const exclusive = promo({ id: 1, name: 'Black Week', value: 20, priority: 9, combinable: false });
    const later = promo({ id: 2, type: 'free_shipping', value: 0, priority: 1 });
    const result = price([exclusive, later]);
    expect(order([exclusive, later])).toEqual([1]);
    expect(result.shippingDiscount).toBe(0);
    expect(result.notApplied).toMatchObject([
      {
        promotionId: 2,
        reason: 'notCombinable',
        explanation: { text: '“Black Week” applied first and does not combine with later promotions.' },
      },
    ]);
  });

  it('lets a non-combinable promotion apply after combinable ones, and then blocks the rest', () => {
    const first = promo({ id: 1, type: 'fixed', value: 500, priority: 9 });
    const exclusive = promo({ id: 2, value: 10, priority: 5, combinable: false });
    const last = promo({ id: 3, type: 'fixed', value: 100, priority: 1 });
    expect(order([first, exclusive, last])).toEqual([1, 2]);
    expect(price([first, exclusive, last]).notApplied.map((s) => [s.promotionId, s.reason])).toEqual([
      [3, 'notCombinable'],
    ]);
  });

  it('blocks nothing when the non-combinable promotion itself did not apply', () => {
    const exclusive = promo({ id: 1, value: 20, priority: 9, combinable: false, minSubtotal: 100_000 });
    const later = promo({ id: 2, value: 10 });
    expect(order([exclusive, later])).toEqual([2]);
    expect(price([exclusive, later]).notApplied[0]!.reason).toBe('minimum');
  });

  it('reports a promotion\u2019s own failure rather than the block when it would not apply anyway', () => {
    const exclusive = promo({ id: 1, priority: 9, combinable: false });
    const onGarden = promo({ id: 2, scope: 'categories', categoryIds: [SPADE.categoryId] });
    expect(price([exclusive, onGarden]).notApplied.map((s) => s.reason)).toEqual(['target']);
  });

  it('skips a promotion with nothing left to discount without letting it block others', () => {
    const everything = promo({ id: 1, value: 100, priority: 9 });
    const exclusive = promo({ id: 2, type: 'fixed', value: 500, priority: 5, combinable: false });
    const shipping = promo({ id: 3, type: 'free_shipping', value: 0 });
    const result = price([everything, exclusive, shipping]);
    expect(result.applied.map((a) => a.promotionId)).toEqual([1, 3]);
    expect(result.notApplied).toMatchObject([
      { promotionId: 2, reason: 'target', explanation: { key: 'promotions.why.nothingLeft' } },
    ]);
    expect(result.total).toBe(0);
  });
});
