/** What placing a priced order does to promotions, and the index of generated codes the engine reads. */
import type { Id, IsoDate } from '../types';
import type { BatchCodes, PriceResult, PromotionTerms } from './types';

/**
 * The promotions after an order priced with `result` is placed: each applied
 * one counts one more use and the discount it gave (shipping included), so the
 * next order sees limits and budgets as they now stand. Others are returned as they were.
 */
export function applyRedemptions<T extends PromotionTerms>(
  promotions: readonly T[],
  result: PriceResult,
): T[] {
  const given = new Map(result.applied.map((a) => [a.promotionId, a.amount]));
  return promotions.map((p) => {
    const amount = given.get(p.id);
    return amount === undefined
      ? p
      : { ...p, usageCount: p.usageCount + 1, discountGiven: p.discountGiven + amount };
  });
}

export function indexBatchCodes(
  codes: Iterable<{ promotionId: Id; code: string; usedAt: IsoDate | null }>,
): BatchCodes {
  const byCode = new Map<string, { promotionId: Id; code: string; usedAt: IsoDate | null }>();
  const owners = new Set<Id>();
  for (const c of codes) {
    byCode.set(c.code.toLowerCase(), { promotionId: c.promotionId, code: c.code, usedAt: c.usedAt });
    owners.add(c.promotionId);
  }
  return {
    has: (promotionId) => owners.has(promotionId),
    find: (code) => byCode.get(code.trim().toLowerCase()),
  };
}
