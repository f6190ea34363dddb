/**
 * The checks that decide whether a promotion is on offer at all, before any
 * cart arithmetic: draft, paused, window, usage limit, budget, coupon code and
 * the customer's own limit — in that order, and the first failure is reported.
 */
import { budgetUsedUp, hasEnded, hasStarted, limitReached } from '../promotions';
import type { ExplanationParam } from './explain';
import type { NotAppliedReason, PriceCartInput, PromotionTerms } from './types';

export interface Refusal {
  reason: NotAppliedReason;
  key: string;
  params: Record<string, ExplanationParam>;
}

export const refuse = (
  reason: NotAppliedReason,
  key: string,
  params: Record<string, ExplanationParam> = {},
): Refusal => ({
  reason,
  key,
  params,
});

export function offerRefusal(p: PromotionTerms, input: PriceCartInput, at: Date): Refusal | null {
  if (p.draft) return refuse('draft', 'promotions.why.draft');
  if (p.paused) return refuse('paused', 'promotions.why.paused');
  if (!hasStarted(p, at))
    return refuse('window', 'promotions.why.notStarted', { startsAt: { instant: p.startsAt } });
  if (hasEnded(p, at)) return refuse('window', 'promotions.why.ended', { endsAt: { instant: p.endsAt! } });
  if (limitReached(p)) return refuse('limit', 'promotions.why.limit', { limit: p.usageLimit! });
  if (budgetUsedUp(p)) return refuse('budget', 'promotions.why.budget', { budget: { cents: p.budget! } });
  const codeRefusal = checkCode(p, input);
  if (codeRefusal) return codeRefusal;
  const uses = input.customerUses?.[p.id] ?? 0;
  if (p.perCustomerLimit !== null && uses >= p.perCustomerLimit) {
    return refuse('perCustomerLimit', 'promotions.why.perCustomerLimit', { uses, limit: p.perCustomerLimit });
  }
  return null;
}

/** A coupon promotion applies only with its own code or an unused code of its batch, ignoring case. */
function checkCode(p: PromotionTerms, input: PriceCartInput): Refusal | null {
  const hasBatch = input.batchCodes?.has(p.id) ?? false;
  if (p.code === null && !hasBatch) return null;
  const entered = input.code?.trim().toLowerCase() ?? '';
  if (entered === '') return refuse('code', 'promotions.why.codeMissing');
  if (p.code !== null && p.code.toLowerCase() === entered) return null;
  const batchCode = hasBatch ? input.batchCodes?.find(entered) : undefined;
  if (batchCode?.promotionId !== p.id) return refuse('code', 'promotions.why.codeMissing');
  return batchCode.usedAt === null
    ? null
    : refuse('code', 'promotions.why.codeUsed', { code: batchCode.code });
}
