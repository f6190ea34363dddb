/** Rules for warehouses, customers and promotions (their basic fields). */
import { PROMOTION_SCOPES, PROMOTION_TYPES, type Promotion } from '../types';
import { problem, type FieldProblems } from '../errors';
import { checkFields, type FieldSpec, type Lookup } from './fields';

export interface UniqueLookup extends Lookup {
  /** Whether another record (not `exceptId`) of the collection has this value in `field`, ignoring case. */
  taken(collection: string, field: string, value: string, exceptId: number | null): boolean;
}

export const WAREHOUSE_FIELDS: FieldSpec = {
  code: { kind: 'text', required: true, pattern: /^[A-Z]{2,6}$/, patternKey: 'errors.warehouseCodePattern' },
  name: { kind: 'text', required: true, max: 120 },
  city: { kind: 'text', required: true, max: 120 },
};

export function validateWarehouse(
  input: Record<string, unknown>,
  existingId: number | null,
  lookup?: UniqueLookup,
) {
  const problems = checkFields(WAREHOUSE_FIELDS, input, {
    creating: existingId === null,
    lookup,
    ignore: ['version'],
  });
  if (
    !problems.code &&
    typeof input.code === 'string' &&
    lookup?.taken('warehouses', 'code', input.code, existingId)
  ) {
    problems.code = problem('errors.valueTaken', { value: input.code });
  }
  return problems;
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const CUSTOMER_FIELDS: FieldSpec = {
  firstName: { kind: 'text', required: true, max: 100 },
  lastName: { kind: 'text', required: true, max: 100 },
  email: { kind: 'text', required: true, max: 200, pattern: EMAIL_PATTERN, patternKey: 'errors.email' },
  phone: { kind: 'text', max: 40 },
  address: { kind: 'json' },
};

export function validateCustomer(
  input: Record<string, unknown>,
  existingId: number | null,
  lookup?: UniqueLookup,
) {
  const problems = checkFields(CUSTOMER_FIELDS, input, {
    creating: existingId === null,
    lookup,
    ignore: ['version'],
  });
  if (
    !problems.email &&
    typeof input.email === 'string' &&
    lookup?.taken('customers', 'email', input.email, existingId)
  ) {
    problems.email = problem('errors.valueTaken', { value: input.email });
  }
  if (input.address !== undefined && !isAddress(input.address)) problems.address = problem('errors.address');
  return problems;
}

function isAddress(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return ['name', 'street', 'postalCode', 'city', 'country'].every((k) => typeof a[k] === 'string');
}

export const PROMOTION_FIELDS: FieldSpec = {
  name: { kind: 'text', required: true, max: 120 },
  code: {
    kind: 'text',
    max: 40,
    pattern: /^[A-Za-z0-9_-]{3,40}$/,
    patternKey: 'errors.promotionCodePattern',
  },
  type: { kind: 'enum', values: PROMOTION_TYPES, required: true },
  value: { kind: 'integer', min: 0, max: 100_000_000 },
  buyQuantity: { kind: 'integer', min: 1, max: 1000, nullable: true },
  getQuantity: { kind: 'integer', min: 1, max: 1000, nullable: true },
  scope: { kind: 'enum', values: PROMOTION_SCOPES },
  categoryIds: { kind: 'refList', collection: 'categories' },
  productIds: { kind: 'refList', collection: 'products' },
  minSubtotal: { kind: 'integer', min: 0, max: 100_000_000 },
  startsAt: { kind: 'date', required: true },
  endsAt: { kind: 'date', nullable: true },
  usageLimit: { kind: 'integer', min: 1, nullable: true },
  perCustomerLimit: { kind: 'integer', min: 1, nullable: true },
  budget: { kind: 'integer', min: 1, nullable: true },
  priority: { kind: 'integer', min: 0, max: 1000 },
  combinable: { kind: 'boolean' },
  paused: { kind: 'boolean' },
  draft: { kind: 'boolean' },
};

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
  const problems = checkFields(PROMOTION_FIELDS, input, {
    creating: existing === null,
    lookup,
    ignore: ['version'],
  });
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
    input.code &&
    lookup?.codeInUse(input.code, existing?.id ?? null)
  ) {
    problems.code = problem('errors.valueTaken', { value: input.code });
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
