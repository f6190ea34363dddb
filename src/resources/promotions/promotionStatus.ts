import type { PromotionState } from '../../components/statusColors';
import type { Promotion } from '../../domain/types';

type StatusInputs = Pick<
  Promotion,
  'draft' | 'paused' | 'startsAt' | 'endsAt' | 'usageLimit' | 'usageCount' | 'budget' | 'discountGiven'
>;

/**
 * Where a promotion stands at `now`. A draft or paused promotion is that first
 * of all, whatever its dates; a used-up limit or budget ends it early.
 */
export function promotionStatus(promotion: StatusInputs, now: Date = new Date()): PromotionState {
  if (promotion.draft) return 'draft';
  if (promotion.paused) return 'paused';
  const time = now.getTime();
  if (time < Date.parse(promotion.startsAt)) return 'scheduled';
  if (promotion.endsAt && time >= Date.parse(promotion.endsAt)) return 'ended';
  if (promotion.usageLimit !== null && promotion.usageCount >= promotion.usageLimit) return 'exhausted';
  if (promotion.budget !== null && promotion.discountGiven >= promotion.budget) return 'exhausted';
  return 'active';
}
