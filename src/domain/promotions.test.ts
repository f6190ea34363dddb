import { describe, expect, it } from 'vitest';
import { CATEGORIES, promo } from './pricing/fixtures';
import { describeCombination, overlaps, promotionStatus, windowsOverlap } from './promotions';

const JUNE = { startsAt: '2026-06-01T00:00:00.000Z', endsAt: '2026-07-01T00:00:00.000Z' };

describe('promotionStatus', () => {
  const june = promo({ id: 1, ...JUNE });

  it('follows the window: scheduled before, active from the start, expired from the end', () => {
    expect(promotionStatus(june, '2026-05-31T23:59:59.999Z')).toBe('scheduled');
    expect(promotionStatus(june, '2026-06-01T00:00:00.000Z')).toBe('active');
    expect(promotionStatus(june, '2026-06-30T23:59:59.999Z')).toBe('active');
    expect(promotionStatus(june, '2026-07-01T00:00:00.000Z')).toBe('expired');
    expect(promotionStatus(promo({ id: 2, endsAt: null }), new Date('2099-01-01T00:00:00Z'))).toBe('active');
  });

  it('is exhausted when the usage limit or the budget is reached', () => {
    expect(promotionStatus({ ...june, usageLimit: 3, usageCount: 3 }, '2026-06-15T00:00:00Z')).toBe(
      'exhausted',
    );
    expect(promotionStatus({ ...june, usageLimit: 3, usageCount: 2 }, '2026-06-15T00:00:00Z')).toBe('active');
    expect(promotionStatus({ ...june, budget: 1000, discountGiven: 1000 }, '2026-06-15T00:00:00Z')).toBe(
      'exhausted',
    );
  });

  it('ranks draft over expired over exhausted over paused over scheduled', () => {
    const at = '2026-06-15T00:00:00Z';
    const everything = {
      ...june,
      draft: true,
      endsAt: '2026-06-10T00:00:00.000Z',
      usageLimit: 1,
      usageCount: 1,
      paused: true,
    };
    expect(promotionStatus(everything, at)).toBe('draft');
    expect(promotionStatus({ ...everything, draft: false }, at)).toBe('expired');
    expect(promotionStatus({ ...everything, draft: false, endsAt: null }, at)).toBe('exhausted');
    expect(promotionStatus({ ...everything, draft: false, endsAt: null, usageLimit: null }, at)).toBe(
      'paused',
    );
    expect(promotionStatus({ ...june, paused: true }, '2026-05-01T00:00:00Z')).toBe('paused');
  });
});

describe('overlaps', () => {
  const catalog = {
    categories: CATEGORIES,
    products: [
      { id: 10, categoryId: 2 },
      { id: 12, categoryId: 5 },
    ],
  };

  it('needs the windows to share an instant; touching ends do not overlap', () => {
    const july = promo({ id: 2, startsAt: JUNE.endsAt, endsAt: '2026-08-01T00:00:00.000Z' });
    expect(windowsOverlap(promo({ id: 1, ...JUNE }), july)).toBe(false);
    expect(windowsOverlap(promo({ id: 1, ...JUNE, endsAt: '2026-07-01T00:00:00.001Z' }), july)).toBe(true);
    expect(windowsOverlap(promo({ id: 1, endsAt: null }), july)).toBe(true);
  });

  it('meets in targeting through the whole order, shared products, and categories with their subcategories', () => {
    const order = promo({ id: 1 });
    const clothing = promo({ id: 2, scope: 'categories', categoryIds: [1] });
    const shirts = promo({ id: 3, scope: 'categories', categoryIds: [2] });
    const tools = promo({ id: 4, scope: 'categories', categoryIds: [5] });
    const shirtProduct = promo({ id: 5, scope: 'products', productIds: [10] });
    const spadeProduct = promo({ id: 6, scope: 'products', productIds: [12] });
    expect(overlaps(order, tools, catalog)).toBe(true);
    expect(overlaps(clothing, shirts, catalog)).toBe(true);
    expect(overlaps(shirts, clothing, catalog)).toBe(true);
    expect(overlaps(shirts, tools, catalog)).toBe(false);
    expect(overlaps(clothing, shirtProduct, catalog)).toBe(true);
    expect(overlaps(spadeProduct, clothing, catalog)).toBe(false);
    expect(overlaps(shirtProduct, spadeProduct, catalog)).toBe(false);
    expect(overlaps(shirtProduct, promo({ id: 7, scope: 'products', productIds: [11, 10] }), catalog)).toBe(
      true,
    );
  });

  it('never reports a promotion as overlapping itself, nor across separate windows', () => {
    const a = promo({ id: 1, ...JUNE });
    expect(overlaps(a, a, catalog)).toBe(false);
    expect(overlaps(a, promo({ id: 2, startsAt: '2026-09-01T00:00:00.000Z' }), catalog)).toBe(false);
  });
});

describe('describeCombination', () => {
  it('puts the higher priority first and applies both when the first combines', () => {
    const low = promo({ id: 1, name: 'Low', priority: 1, combinable: false });
    const high = promo({ id: 2, name: 'High', priority: 5, combinable: true });
    expect(describeCombination(low, high)).toMatchObject({
      firstId: 2,
      secondId: 1,
      bothApply: true,
      reason: 'combinable',
      explanation: { key: 'promotions.combine.both', params: { first: 'High', second: 'Low' } },
    });
  });

  it('says the second never applies with a first that does not combine (ties go to the lower id)', () => {
    const first = promo({ id: 3, name: 'A', combinable: false });
    const second = promo({ id: 4, name: 'B' });
    expect(describeCombination(second, first)).toMatchObject({
      firstId: 3,
      secondId: 4,
      bothApply: false,
      reason: 'exclusive',
    });
  });

  it('knows two coupon promotions never meet in one cart, counting generated batches when told', () => {
    const coupon = promo({ id: 1, code: 'A10' });
    const batch = promo({ id: 2 });
    expect(describeCombination(coupon, batch).bothApply).toBe(true);
    const withBatch = describeCombination(coupon, batch, (p) => p.code !== null || p.id === 2);
    expect(withBatch).toMatchObject({ bothApply: false, reason: 'differentCodes' });
  });
});
