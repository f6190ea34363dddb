/** The pricing engine's input and output. Money is integer cents throughout. */
import type { Locale } from '../messages';
import type { Category, Cents, Id, IsoDate, Promotion } from '../types';
import type { Explanation } from './explain';

/** A promotion as the engine reads it: a stored record, or an unsaved one in a dry run. */
export type PromotionTerms = Omit<Promotion, 'createdAt' | 'updatedAt' | 'version'>;

/** Categories as a parent map, or the records themselves: a promotion on a category covers its subcategories. */
export type CategoryTree = ReadonlyMap<Id, Id | null> | readonly Pick<Category, 'id' | 'parentId'>[];

export interface CartLine {
  productId: Id;
  categoryId: Id | null;
  quantity: number;
  /** Gross list price of one unit. */
  unitPrice: Cents;
}

/** Generated coupon codes, indexed so pricing an order does not scan every code. */
export interface BatchCodes {
  /** Whether the promotion has generated codes, so it needs a code even without its own. */
  has(promotionId: Id): boolean;
  /** The generated code matching what the customer entered (ignoring case). */
  find(code: string): { promotionId: Id; code: string; usedAt: IsoDate | null } | undefined;
}

export interface PriceCartInput {
  lines: readonly CartLine[];
  /** Shipping cost before promotions. */
  shipping: Cents;
  promotions: readonly PromotionTerms[];
  categories: CategoryTree;
  /** The moment of the purchase: windows are checked against it. */
  at: IsoDate | Date;
  /** The coupon code the customer entered, compared ignoring case. */
  code?: string | null;
  batchCodes?: BatchCodes;
  /** How often this customer has already used each promotion (by promotion id). */
  customerUses?: Readonly<Record<Id, number>>;
  /** Language and zone of the `text` in explanations (English, Europe/Berlin by default). */
  locale?: Locale;
  timeZone?: string;
}

export const NOT_APPLIED_REASONS = [
  'draft',
  'paused',
  'window',
  'code',
  'minimum',
  'target',
  'limit',
  'perCustomerLimit',
  'budget',
  'notCombinable',
] as const;
export type NotAppliedReason = (typeof NOT_APPLIED_REASONS)[number];

export interface PricedLine {
  productId: Id;
  quantity: number;
  unitPrice: Cents;
  /** quantity × unitPrice. */
  subtotal: Cents;
  /** Discount on the whole line from all applied promotions; never more than its subtotal. */
  discount: Cents;
  total: Cents;
}

export interface AppliedPromotion {
  promotionId: Id;
  name: string;
  type: Promotion['type'];
  /** Everything it took off: its line discounts plus any shipping it waived. */
  amount: Cents;
  shippingAmount: Cents;
  /** Its share of each line's discount, in the order of the input lines. */
  lineAmounts: Cents[];
  /** Whether the remaining budget cut the amount short (the promotion is exhausted afterwards). */
  cappedByBudget: boolean;
  explanation: Explanation;
}

export interface SkippedPromotion {
  promotionId: Id;
  name: string;
  reason: NotAppliedReason;
  explanation: Explanation;
}

export interface PriceResult {
  lines: PricedLine[];
  subtotal: Cents;
  /** Sum of the line discounts (shipping not included). */
  discountTotal: Cents;
  shipping: Cents;
  shippingDiscount: Cents;
  /** subtotal − discountTotal + shipping − shippingDiscount. */
  total: Cents;
  /** In the order they applied. */
  applied: AppliedPromotion[];
  /** In precedence order, with the first reason each one failed. */
  notApplied: SkippedPromotion[];
}
