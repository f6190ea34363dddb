/**
 * A promotion form's values as the API's dry-run endpoints (simulate,
 * overlaps) take them: the editable fields, plus `id` when editing so the
 * server prices that promotion's new version instead of its stored one.
 */
import { hasProblems } from '../../domain/errors';
import { promotionStatus, type PromotionStatus } from '../../domain/promotions';
import type { PromotionTerms } from '../../domain/pricing';
import type { Id, Promotion } from '../../domain/types';
import { PROMOTION_DEFAULTS, PROMOTION_FIELDS, validatePromotion } from '../../domain/validation/records';
import { addDaysToKey, shopDateKey, shopMidnightToUtc } from '../../domain/time';

export type FormValues = Record<string, unknown>;

/** Only the fields a client may set; server-kept ones (status, usage) and record metadata stay out. */
export function candidateOf(values: FormValues, existingId: Id | undefined): FormValues {
  const candidate: FormValues = {};
  for (const field of PROMOTION_FIELDS) {
    if (values[field] !== undefined) candidate[field] = values[field];
  }
  if (existingId !== undefined) candidate.id = existingId;
  return candidate;
}

/**
 * Whether the values can be tried out: the domain rules hold, the name aside
 * (it changes no price), exactly as the simulate endpoint checks them.
 */
export function canDryRun(values: FormValues, existing: Promotion | undefined): boolean {
  const { id: _id, ...fields } = candidateOf(values, undefined);
  const problems = validatePromotion(fields, existing ?? null);
  delete problems.name;
  return !hasProblems(problems);
}

/** What the promotion would be at `at` if saved with these values (the domain's rule, not a copy of it). */
export function statusAfterSaving(
  values: FormValues,
  existing: Promotion | undefined,
  at: Date,
): PromotionStatus | null {
  const terms = { ...PROMOTION_DEFAULTS, name: '', id: 0, ...existing, ...candidateOf(values, undefined) };
  if (typeof terms.startsAt !== 'string' || Number.isNaN(Date.parse(terms.startsAt))) return null;
  return promotionStatus(terms as PromotionTerms, at);
}

/**
 * When a dry run prices the cart: now (left to the server) while the window is
 * open, else at the start — a scheduled promotion would never apply today.
 */
export function dryRunAt(values: FormValues, now: Date): string | undefined {
  const start = typeof values.startsAt === 'string' ? Date.parse(values.startsAt) : Number.NaN;
  const end = typeof values.endsAt === 'string' ? Date.parse(values.endsAt) : Number.NaN;
  if (Number.isNaN(start)) return undefined;
  const runsNow = start <= now.getTime() && (Number.isNaN(end) || now.getTime() < end);
  return runsNow ? undefined : new Date(start).toISOString();
}

/** A new promotion starts as a draft from the next shop midnight: nothing goes live by accident. */
export function newPromotionDefaults(now: Date, timeZone: string): FormValues {
  const { usageCount: _uses, discountGiven: _given, ...editable } = PROMOTION_DEFAULTS;
  const tomorrow = addDaysToKey(shopDateKey(now, timeZone), 1);
  return {
    ...editable,
    name: '',
    type: 'percent',
    value: 10,
    startsAt: shopMidnightToUtc(tomorrow, timeZone).toISOString(),
    draft: true,
  };
}
