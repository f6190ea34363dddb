/** Draft and paused promotions, coupon codes, usage limits and budgets. */
import { describe, expect, it } from 'vitest';
import { priceCart } from './engine';
import { AT, CATEGORIES, SHIRT, SPADE, line, promo } from './fixtures';
import { applyRedemptions, indexBatchCodes } from './redeem';
import type { PriceCartInput, PromotionTerms } from './types';

// Two shirts (40.00) and a spade (10.00): a 50.00 cart with 4.95 shipping.
const price = (promotions: PromotionTerms[], extra: Partial<PriceCartInput> = {}) =>
  priceCart({
    lines: [line(SHIRT, 2), line(SPADE)],
    shipping: 495,
    promotions,
    categories: CATEGORIES,
    at: AT,
    ...extra,
  });
const reasons = (promotions: PromotionTerms[], extra: Partial<PriceCartInput> = {}) =>
  price(promotions, extra).notApplied.map((s) => s.reason);

describe('draft and paused', () => {
  it('never applies a draft or a paused promotion', () => {
    expect(reasons([promo({ id: 1, draft: true }), promo({ id: 2, paused: true })])).toEqual([
      'draft',
      'paused',
    ]);
  });
});

describe('coupon codes', () => {
  const coupon = promo({ id: 1, code: 'SUMMER10' });

  it('needs its code, compared ignoring case and surrounding spaces', () => {
    expect(reasons([coupon])).toEqual(['code']);
    expect(reasons([coupon], { code: 'WINTER10' })).toEqual(['code']);
    expect(price([coupon], { code: ' summer10 ' }).applied.map((a) => a.promotionId)).toEqual([1]);
  });

  it('lets automatic promotions apply whatever code is entered', () => {
    expect(price([promo({ id: 2 })], { code: 'ANYTHING' }).applied).toHaveLength(1);
  });

  it('accepts an unused code of the promotion\u2019s own batch, not a used one or another promotion\u2019s', () => {
    const batched = promo({ id: 3 });
    const other = promo({ id: 4, code: 'OTHER' });
    const batchCodes = indexBatchCodes([
      { promotionId: 3, code: 'VIP-AAAA', usedAt: null },
      { promotionId: 3, code: 'VIP-BBBB', usedAt: '2026-06-01T00:00:00.000Z' },
      { promotionId: 4, code: 'X-CCCC', usedAt: null },
    ]);
    expect(reasons([batched], { batchCodes })).toEqual(['code']);
    expect(price([batched], { batchCodes, code: 'vip-aaaa' }).applied.map((a) => a.promotionId)).toEqual([3]);
    const used = price([batched], { batchCodes, code: 'VIP-BBBB' }).notApplied[0]!;
    expect(used).toMatchObject({
      reason: 'code',
      explanation: { key: 'promotions.why.codeUsed', params: { code: 'VIP-BBBB' } },
    });
    // X-CCCC belongs to promotion 4's batch: it unlocks 4 (which also takes its own code), not 3.
    const withOthers = price([batched, other], { batchCodes, code: 'X-CCCC' });
    expect(withOthers.applied.map((a) => a.promotionId)).toEqual([4]);
    expect(withOthers.notApplied.map((s) => [s.promotionId, s.reason])).toEqual([[3, 'code']]);
    expect(price([other], { batchCodes, code: 'other' }).applied.map((a) => a.promotionId)).toEqual([4]);
  });
});

describe('usage limits', () => {
  it('stops at the usage limit', () => {
    expect(price([promo({ id: 1, usageLimit: 5, usageCount: 4 })]).applied).toHaveLength(1);
    expect(reasons([promo({ id: 1, usageLimit: 5, usageCount: 5 })])).toEqual(['limit']);
  });

  it('stops at the per-customer limit using the customer\u2019s own uses', () => {
    const once = promo({ id: 1, perCustomerLimit: 1 });
    expect(price([once]).applied).toHaveLength(1);
    expect(price([once], { customerUses: { 2: 5 } }).applied).toHaveLength(1);
    expect(reasons([once], { customerUses: { 1: 1 } })).toEqual(['perCustomerLimit']);
  });

  it('counts a use and the discount given when an order is placed, so the next order hits the limit', () => {
    const once = promo({ id: 1, usageLimit: 1, budget: 10_000 });
    const untouched = promo({ id: 2, draft: true });
    const first = price([once, untouched]);
    const after = applyRedemptions([once, untouched], first);
    expect(after[0]).toMatchObject({ usageCount: 1, discountGiven: 500 });
    expect(after[1]).toBe(untouched);
    expect(reasons(after)).toEqual(['limit', 'draft']);
  });
});

describe('budget', () => {
  it('does not apply once the budget is used up', () => {
    const result = price([promo({ id: 1, budget: 1000, discountGiven: 1000 })]);
    expect(result.notApplied).toMatchObject([
      { reason: 'budget', explanation: { text: 'Its budget of €10.00 is used up.' } },
    ]);
  });

  it('caps the discount at what is left of the budget, spread over the lines in proportion', () => {
    // 10 % of 50.00 would be 5.00 (4.00 + 1.00), but only 3.00 of the budget remain: 2.40 + 0.60.
    const result = price([promo({ id: 1, budget: 1000, discountGiven: 700 })]);
    expect(result.applied).toMatchObject([{ amount: 300, cappedByBudget: true, lineAmounts: [240, 60] }]);
    expect(result.lines.map((l) => l.discount)).toEqual([240, 60]);
    expect(result.applied[0]!.explanation.text).toBe(
      'Percentage off: capped at the remaining budget, −€3.00 instead of −€5.00.',
    );
  });

  it('caps free shipping too, and the promotion is exhausted after that order', () => {
    const shipping = promo({ id: 1, type: 'free_shipping', value: 0, budget: 1000, discountGiven: 800 });
    const result = price([shipping]);
    expect(result.shippingDiscount).toBe(200);
    expect(reasons(applyRedemptions([shipping], result))).toEqual(['budget']);
  });

  it('is not capped when the whole discount fits', () => {
    expect(price([promo({ id: 1, budget: 1000, discountGiven: 500 })]).applied).toMatchObject([
      { amount: 500, cappedByBudget: false },
    ]);
  });
});
