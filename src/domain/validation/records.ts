/** Rules for warehouses, customers and promotions beyond their fields' shapes (../contract). */
import { type Promotion } from '../types';
import { problem, type FieldProblems } from '../errors';
import { warehouseInput, warehousePatch } from '../contract/inventory';
import { customerInput, customerPatch, EMAIL_PATTERN } from '../contract/orders';
import { promotionInput, promotionPatch } from '../contract/promotions';
import { referenceProblems, valueProblems, type Lookup } from '../contract/problems';

export { EMAIL_PATTERN };

export interface UniqueLookup extends Lookup {
  /** Whether another record (not `exceptId`) of the collection has this value in `field`, ignoring case. */
  taken(collection: string, field: string, value: string, exceptId: number | null): boolean;
}

export function validateWarehouse(
  input: Record<string, unknown>,
  existingId: number | null,
  lookup?: UniqueLookup,
) {
  const problems = valueProblems(existingId === null ? warehouseInput : warehousePatch, input);
  if (
    !problems.code &&
    typeof input.code === 'string' &&
    lookup?.taken('warehouses', 'code', input.code.trim(), existingId)
  ) {
    problems.code = problem('errors.valueTaken', { value: input.code.trim() });
  }
  return problems;
}

export function validateCustomer(
  input: Record<string, unknown>,
  existingId: number | null,
  lookup?: UniqueLookup,
) {
  const problems = valueProblems(existingId === null ? customerInput : customerPatch, input);
  if (
    !problems.email &&
    typeof input.email === 'string' &&
    lookup?.taken('customers', 'email', input.email.trim(), existingId)
  ) {
    problems.email = problem('errors.valueTaken', { value: input.email.trim() });
  }
  return problems;
}

/** The fields a client may set on a promotion. */
export const PROMOTION_FIELDS = Object.keys(promotionInput.shape) as ReadonlyArray<
  keyof typeof promotionInput.shape
>;

export const PROMOTION_DEFAULTS = {
  code: null,
  value: 0,
  buyQuantity: null,
  getQuantity: null,
  scope: 'order',
  categoryIds: [],
  productIds: [],
  minSubtotal: 0,
  endsAt: null,
  usageLimit: null,
  perCustomerLimit: null,
  usageCount: 0,
  budget: null,
  discountGiven: 0,
  priority: 0,
  combinable: false,
  paused: false,
  draft: false,
} as const;

export interface PromotionLookup extends Lookup {
  /** Whether a promotion other than `exceptId` that has not expired at `now` uses this code, ignoring case. */
  codeInUse(code: string, exceptId: number | null): boolean;
}

/**
 * Kept by the server: usage and discount given come from orders, status is
 * derived. Clients that send whole records back (react-admin does) may include
 * them; they are ignored like id and version, never applied.
 */
export const PROMOTION_SERVER_FIELDS = ['usageCount', 'discountGiven', 'status'] as const;

function withoutServerFields(input: Record<string, unknown>): Record<string, unknown> {
  const out = { ...input };
  for (const field of PROMOTION_SERVER_FIELDS) delete out[field];
  return out;
}

export function validatePromotion(
  rawInput: Record<string, unknown>,
  existing: Promotion | null,
  lookup?: PromotionLookup,
): FieldProblems {
  const input = withoutServerFields(rawInput);
  const problems = valueProblems(existing ? promotionPatch : promotionInput, input);
  referenceProblems(input, { categoryIds: 'categories', productIds: 'products' }, problems, lookup);
  const next = { ...PROMOTION_DEFAULTS, ...existing, ...input } as Promotion;
  if (!problems.value && (input.value !== undefined || input.type !== undefined)) {
    if (next.type === 'percent' && !(next.value >= 1 && next.value <= 100))
      problems.value = problem('errors.percentRange');
    if (next.type === 'fixed' && !(next.value > 0)) problems.value = problem('errors.positive');
  }
  if (next.type === 'buy_x_get_y') {
    if (!next.buyQuantity) problems.buyQuantity ??= problem('errors.buyXGetYQuantities');
    if (!next.getQuantity) problems.getQuantity ??= problem('errors.buyXGetYQuantities');
  }
  checkTargets(input, next, existing === null, problems);
  if (
    !problems.endsAt &&
    !problems.startsAt &&
    next.endsAt &&
    Date.parse(next.endsAt) <= Date.parse(next.startsAt)
  ) {
    problems.endsAt = problem('errors.endsBeforeStart');
  }
  if (!problems.usageLimit && next.usageLimit !== null && next.usageLimit < next.usageCount) {
    problems.usageLimit = problem('errors.limitBelowUses', { uses: next.usageCount });
  }
  if (!problems.budget && next.budget !== null && next.budget < next.discountGiven) {
    problems.budget = problem('errors.budgetBelowGiven');
  }
  if (
    !problems.code &&
    typeof input.code === 'string' &&
    input.code.trim() &&
    lookup?.codeInUse(input.code.trim(), existing?.id ?? null)
  ) {
    problems.code = problem('errors.valueTaken', { value: input.code.trim() });
  }
  return problems;
}

/** Category or product targeting needs at least one target; checked when any of the three fields changes. */
function checkTargets(
  input: Record<string, unknown>,
  next: Promotion,
  creating: boolean,
  problems: FieldProblems,
): void {
  if (!creating && !['scope', 'categoryIds', 'productIds'].some((field) => field in input)) return;
  if (next.scope === 'categories' && !problems.categoryIds && next.categoryIds.length === 0) {
    problems.categoryIds = problem('errors.scopeNeedsCategories');
  }
  if (next.scope === 'products' && !problems.productIds && next.productIds.length === 0) {
    problems.productIds = problem('errors.scopeNeedsProducts');
  }
}
