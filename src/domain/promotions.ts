/**
 * Facts about a promotion that do not depend on a cart: its derived status,
 * its precedence among others, and whether two promotions meet (overlap in
 * time and targeting) and how they then combine. The pricing engine reads the
 * same predicates, so a status and a price never disagree.
 */
import type { Problem } from './errors';
import { toParentMap, targetsOverlap } from './pricing/targeting';
import type { CategoryTree, PromotionTerms } from './pricing/types';
import type { BaseRecord, Cents, Id, IsoDate, Product } from './types';

/** One code of a generated batch; a promotion with a batch needs one of its codes (or its own code). */
export interface PromotionCode extends BaseRecord {
  promotionId: Id;
  code: string;
  usedAt: IsoDate | null;
}

export const PROMOTION_STATUSES = ['draft', 'scheduled', 'active', 'paused', 'expired', 'exhausted'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

export function isPromotionStatus(value: unknown): value is PromotionStatus {
  return typeof value === 'string' && (PROMOTION_STATUSES as readonly string[]).includes(value);
}

type Instant = IsoDate | Date;
const ms = (at: Instant) => (at instanceof Date ? at.getTime() : Date.parse(at));

/** The window is half-open: it includes `startsAt` and excludes `endsAt`. */
export const hasStarted = (p: Pick<PromotionTerms, 'startsAt'>, at: Instant) =>
  ms(at) >= Date.parse(p.startsAt);
export const hasEnded = (p: Pick<PromotionTerms, 'endsAt'>, at: Instant) =>
  p.endsAt !== null && ms(at) >= Date.parse(p.endsAt);
export const limitReached = (p: Pick<PromotionTerms, 'usageLimit' | 'usageCount'>) =>
  p.usageLimit !== null && p.usageCount >= p.usageLimit;
export const budgetUsedUp = (p: Pick<PromotionTerms, 'budget' | 'discountGiven'>) =>
  p.budget !== null && p.discountGiven >= p.budget;
/** What the budget still allows; Infinity without a budget. */
export const remainingBudget = (p: Pick<PromotionTerms, 'budget' | 'discountGiven'>) =>
  p.budget === null ? Number.POSITIVE_INFINITY : Math.max(0, p.budget - p.discountGiven);

/**
 * Derived, never stored. When several apply, the first wins: draft, expired,
 * exhausted (usage limit or budget reached), paused, scheduled, active. So a
 * paused promotion whose end passed reads as expired, and pausing an exhausted
 * one changes nothing visible.
 */
export function promotionStatus(p: PromotionTerms, at: Instant): PromotionStatus {
  if (p.draft) return 'draft';
  if (hasEnded(p, at)) return 'expired';
  if (limitReached(p) || budgetUsedUp(p)) return 'exhausted';
  if (p.paused) return 'paused';
  if (!hasStarted(p, at)) return 'scheduled';
  return 'active';
}

/** Evaluation order: higher priority first, then the older (lower id) one. */
export function byPrecedence(
  a: Pick<PromotionTerms, 'id' | 'priority'>,
  b: Pick<PromotionTerms, 'id' | 'priority'>,
): number {
  return b.priority - a.priority || a.id - b.id;
}

export interface TargetCatalog {
  categories: CategoryTree;
  /** Each product's category, so product targets can meet category targets. */
  products: ReadonlyMap<Id, Id | null> | readonly Pick<Product, 'id' | 'categoryId'>[];
}

export function windowsOverlap(
  a: Pick<PromotionTerms, 'startsAt' | 'endsAt'>,
  b: Pick<PromotionTerms, 'startsAt' | 'endsAt'>,
): boolean {
  const end = (p: Pick<PromotionTerms, 'endsAt'>) =>
    p.endsAt === null ? Number.POSITIVE_INFINITY : Date.parse(p.endsAt);
  return Date.parse(a.startsAt) < end(b) && Date.parse(b.startsAt) < end(a);
}

/** Whether some cart at some moment could be offered both: their windows and their targets meet. */
export function overlaps(a: PromotionTerms, b: PromotionTerms, catalog: TargetCatalog): boolean {
  if (a.id === b.id || !windowsOverlap(a, b)) return false;
  const productCategory =
    catalog.products instanceof Map
      ? catalog.products
      : new Map(
          (catalog.products as readonly Pick<Product, 'id' | 'categoryId'>[]).map((p) => [
            p.id,
            p.categoryId,
          ]),
        );
  return targetsOverlap(a, b, toParentMap(catalog.categories), productCategory);
}

export interface Combination {
  firstId: Id;
  secondId: Id;
  /** Whether one cart can get both. */
  bothApply: boolean;
  reason: 'combinable' | 'exclusive' | 'differentCodes';
  explanation: Problem;
}

/**
 * How two promotions combine in one cart under the engine's rules: the one
 * with precedence applies first; the second applies too only if the first is
 * combinable — and never when both need different coupon codes, since a cart
 * carries one code. `needsCode` can count generated batches as codes.
 */
export function describeCombination(
  a: PromotionTerms,
  b: PromotionTerms,
  needsCode: (p: PromotionTerms) => boolean = (p) => p.code !== null,
): Combination {
  const [first, second] = byPrecedence(a, b) <= 0 ? [a, b] : [b, a];
  const names = { first: first.name, second: second.name };
  const base = { firstId: first.id, secondId: second.id };
  if (needsCode(first) && needsCode(second)) {
    return {
      ...base,
      bothApply: false,
      reason: 'differentCodes',
      explanation: { key: 'promotions.combine.codes', params: names },
    };
  }
  if (!first.combinable) {
    return {
      ...base,
      bothApply: false,
      reason: 'exclusive',
      explanation: { key: 'promotions.combine.exclusive', params: names },
    };
  }
  return {
    ...base,
    bothApply: true,
    reason: 'combinable',
    explanation: { key: 'promotions.combine.both', params: names },
  };
}

/** `GET /api/promotions/:id/performance`: what a promotion did, with and without it. */
export interface PromotionPerformance {
  promotionId: Id;
  status: PromotionStatus;
  uses: number;
  discountGiven: Cents;
  budget: Cents | null;
  budgetLeft: Cents | null;
  orders: number;
  /** Merchandise after discounts (subtotal − discountTotal) of the orders that used it. */
  sales: Cents;
  salesWithout: Cents;
  /** Shipping the customers paid on those orders. */
  shipping: Cents;
  shippingWithout: Cents;
  cost: Cents;
  margin: Cents;
  marginWithout: Cents;
}

/** Limits of the dry run and of code batches, checked by the API and offered by the console. */
export const MAX_CART_QUANTITY = 1000;
export const MAX_CODES_PER_BATCH = 10_000;

export function isValidCartQuantity(quantity: unknown): quantity is number {
  return Number.isInteger(quantity) && (quantity as number) >= 1 && (quantity as number) <= MAX_CART_QUANTITY;
}
