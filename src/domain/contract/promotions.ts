/** Requests and answers of promotions: the record's fields, dry runs, overlaps, code batches, results. */
import { PROMOTION_SCOPES, PROMOTION_TYPES } from '../constants';
import { NOT_APPLIED_REASONS } from '../pricing/types';
import { MAX_CART_QUANTITY, MAX_CODES_PER_BATCH, PROMOTION_STATUSES } from '../promotions';
import {
  cents,
  count,
  id,
  ids,
  isoDateTime,
  message,
  messageParam,
  nullableId,
  problemSchema,
  requiredText,
  whole,
  z,
} from './fields';
import { MAX_CODE_LENGTH, MAX_LIST_ITEMS, MAX_MONEY_CENTS, MAX_NAME_LENGTH } from './limits';
import { promotion } from './records';

export const MAX_CART_ITEMS = 100;
export const PROMOTION_CODE_PATTERN = /^[A-Za-z0-9_-]{3,40}$/;
export const CODE_PREFIX_PATTERN = /^$|^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/;

const limit = whole().min(1).max(MAX_MONEY_CENTS);

/** A promotion's own fields; usage and status are the server's. */
export const promotionInput = z.strictObject({
  name: requiredText(120),
  code: z
    .string()
    .trim()
    .max(MAX_CODE_LENGTH)
    .regex(/^$|^[A-Za-z0-9_-]{3,40}$/, 'errors.promotionCodePattern')
    .nullable()
    .optional(),
  type: z.enum(PROMOTION_TYPES),
  value: whole().min(0).max(MAX_MONEY_CENTS).optional(),
  buyQuantity: whole().min(1).max(1000).nullable().optional(),
  getQuantity: whole().min(1).max(1000).nullable().optional(),
  scope: z.enum(PROMOTION_SCOPES).optional(),
  categoryIds: ids.max(MAX_LIST_ITEMS).optional(),
  productIds: ids.max(MAX_LIST_ITEMS).optional(),
  minSubtotal: cents.optional(),
  startsAt: isoDateTime,
  endsAt: isoDateTime.nullable().optional(),
  usageLimit: limit.nullable().optional(),
  perCustomerLimit: limit.nullable().optional(),
  budget: limit.nullable().optional(),
  priority: whole().min(0).max(1000).optional(),
  combinable: z.boolean().optional(),
  paused: z.boolean().optional(),
  draft: z.boolean().optional(),
});
export const promotionPatch = promotionInput.partial();

/** A promotion as the API sends it: with its derived status. */
export const presentedPromotion = promotion.extend({ status: z.enum(PROMOTION_STATUSES) });

/** A form's unsaved values for a dry run or an overlap check; `id` when editing a stored one. */
export const promotionCandidate = promotionPatch.extend({
  id: id.optional(),
  name: z.string().max(MAX_NAME_LENGTH).optional(),
  type: z.enum(PROMOTION_TYPES).optional(),
  startsAt: isoDateTime.optional(),
});

const cartQuantity = message('errors.cartQuantity', { max: MAX_CART_QUANTITY });
const cartItem = z.strictObject({
  productId: id,
  quantity: z
    .number(cartQuantity)
    .int(cartQuantity)
    .min(1, cartQuantity)
    .max(MAX_CART_QUANTITY, cartQuantity),
});
const cartItems = message('errors.cartItems', { max: MAX_CART_ITEMS });

export const simulationRequest = z.strictObject({
  items: z.array(cartItem, cartItems).min(1, cartItems).max(MAX_CART_ITEMS, cartItems),
  code: z.string().trim().max(MAX_CODE_LENGTH).nullable().optional(),
  /** The moment to price at; the server's now when left out. */
  at: isoDateTime.nullable().optional(),
  customerId: nullableId.optional(),
  /** Shipping before promotions, in cents; overrides the shipping method's charge. */
  shipping: cents.nullable().optional(),
  /** The shipping method whose price and free-shipping threshold set shipping; default: the shop's first active one. */
  shippingMethodId: nullableId.optional(),
  /** A form's unsaved values: the answer then carries `baseline`, the price without them. */
  promotion: promotionCandidate.nullable().optional(),
});

/** Money and instants stay raw in an explanation's parameters, to be formatted for the reader. */
const explanationParam = z.union([
  messageParam,
  z.object({ cents: whole() }),
  z.object({ instant: z.string() }),
]);
const explanation = z.object({
  key: z.string(),
  params: z.record(z.string(), explanationParam),
  text: z.string(),
});

const priceResult = z.object({
  lines: z.array(
    z.object({
      productId: id,
      quantity: count,
      unitPrice: cents,
      subtotal: cents,
      discount: cents,
      total: cents,
    }),
  ),
  subtotal: cents,
  discountTotal: cents,
  shipping: cents,
  shippingDiscount: cents,
  total: cents,
  applied: z.array(
    z.object({
      promotionId: id,
      name: z.string(),
      type: z.enum(PROMOTION_TYPES),
      amount: cents,
      shippingAmount: cents,
      lineAmounts: z.array(cents),
      cappedByBudget: z.boolean(),
      explanation,
    }),
  ),
  notApplied: z.array(
    z.object({ promotionId: id, name: z.string(), reason: z.enum(NOT_APPLIED_REASONS), explanation }),
  ),
});

export const simulation = priceResult.extend({
  at: isoDateTime,
  /** The method that priced shipping; null when none is active or an amount was given. */
  shippingMethodId: nullableId,
  baseline: priceResult.optional(),
});

export const overlapEntry = z.object({
  promotion: presentedPromotion,
  combination: z.object({
    firstId: id,
    secondId: id,
    /** Whether one cart can get both. */
    bothApply: z.boolean(),
    reason: z.enum(['combinable', 'exclusive', 'differentCodes']),
    explanation: problemSchema,
    text: z.string(),
  }),
});

const codeCount = message('errors.codeCount', { max: MAX_CODES_PER_BATCH });

export const codeBatchRequest = z.strictObject({
  count: z.number(codeCount).int(codeCount).min(1, codeCount).max(MAX_CODES_PER_BATCH, codeCount),
  // The pattern bounds the length too (20), and says so in its message.
  prefix: z.string().trim().regex(CODE_PREFIX_PATTERN, 'errors.codePrefixPattern').optional(),
});

export const codeBatch = z.object({ promotionId: id, count, prefix: z.string(), codes: z.array(z.string()) });

const signed = whole();

export const performance = z.object({
  promotionId: id,
  status: z.enum(PROMOTION_STATUSES),
  uses: count,
  discountGiven: cents,
  budget: cents.nullable(),
  budgetLeft: cents.nullable(),
  orders: count,
  sales: signed,
  salesWithout: signed,
  shipping: signed,
  shippingWithout: signed,
  cost: signed,
  margin: signed,
  marginWithout: signed,
});
