import { describe, expect, it } from 'vitest';
import {
  daysOfCover,
  deltaForCount,
  negativeStockProblem,
  isOutOfStock,
  needsReorder,
  suggestedReorderQuantity,
  validateAdjustment,
} from './stock';

describe('stock arithmetic', () => {
  it('turns a count into the difference to the books', () => {
    expect(deltaForCount(10, 7)).toBe(-3);
    expect(deltaForCount(0, 4)).toBe(4);
  });

  it('refuses a change that would take on hand below zero, with the numbers', () => {
    expect(negativeStockProblem(3, -3)).toBeNull();
    expect(negativeStockProblem(3, -4)).toEqual({
      key: 'errors.negativeStock',
      params: { onHand: 3, delta: -4, result: -1 },
    });
  });

  it('computes days of cover and a reorder suggestion', () => {
    expect(daysOfCover(30, 2)).toBe(15);
    expect(daysOfCover(10, 3)).toBe(3.3);
    expect(daysOfCover(-2, 1)).toBe(0);
    expect(daysOfCover(10, 0)).toBeNull();
    expect(suggestedReorderQuantity({ available: 5, reorderPoint: 10 }, 2, 30)).toBe(65);
    expect(suggestedReorderQuantity({ available: 500, reorderPoint: 10 }, 2, 30)).toBe(0);
  });

  it('suggests enough to leave the low-stock inbox even when nothing sells', () => {
    const level = { available: 4, reorderPoint: 10 };
    const order = suggestedReorderQuantity(level, 0, 30);
    expect(order).toBe(7);
    expect(needsReorder({ ...level, available: level.available + order })).toBe(false);
  });

  it('raises a level only when its reorder point is set and reached, for a product still sold', () => {
    expect(needsReorder({ available: 10, reorderPoint: 10 })).toBe(true);
    expect(needsReorder({ available: 11, reorderPoint: 10 })).toBe(false);
    // A new product with no reorder point set: nobody asked to be warned.
    expect(needsReorder({ available: 0, reorderPoint: 0 }, 'draft')).toBe(false);
    expect(needsReorder({ available: 0, reorderPoint: 5 }, 'archived')).toBe(false);
    expect(isOutOfStock({ available: 0, reorderPoint: 0 }, 'active')).toBe(true);
    expect(isOutOfStock({ available: -1, reorderPoint: 0 }, 'archived')).toBe(false);
  });
});

describe('adjustment validation', () => {
  const base = { productId: 1, warehouseId: 1 };
  it('needs a non-zero whole delta and a manual reason', () => {
    expect(validateAdjustment({ ...base, delta: 2, reason: 'receipt' })).toEqual({});
    expect(Object.keys(validateAdjustment({ ...base, delta: 0, reason: 'receipt' }))).toEqual(['delta']);
    expect(Object.keys(validateAdjustment({ ...base, delta: 1.5, reason: 'damage' }))).toEqual(['delta']);
    expect(Object.keys(validateAdjustment({ ...base, delta: 1, reason: 'shipment' }))).toEqual(['reason']);
    expect(Object.keys(validateAdjustment({ ...base, delta: 1 }))).toEqual(['reason']);
  });

  it('takes a counted quantity, not a delta, for a count', () => {
    expect(validateAdjustment({ ...base, reason: 'count', countedQuantity: 0 })).toEqual({});
    expect(Object.keys(validateAdjustment({ ...base, reason: 'count' }))).toEqual(['countedQuantity']);
    expect(
      Object.keys(validateAdjustment({ ...base, reason: 'count', countedQuantity: 3, delta: 1 })),
    ).toEqual(['delta']);
    expect(
      Object.keys(validateAdjustment({ ...base, reason: 'receipt', delta: 1, countedQuantity: 3 })),
    ).toEqual(['countedQuantity']);
  });

  it('checks that product and warehouse exist when given a lookup', () => {
    const lookup = {
      exists: (collection: string, id: number) => (collection === 'products' ? id === 1 : id === 2),
    };
    expect(Object.keys(validateAdjustment({ ...base, delta: 1, reason: 'receipt' }, lookup))).toEqual([
      'warehouseId',
    ]);
  });
});
