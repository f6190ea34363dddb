/**
 * `POST /api/promotions/simulate`: prices a cart with the promotions as they
 * stand, at current product prices, through the same engine as the seed.
 * Given `promotion` (a form's unsaved values, with `id` when editing), it
 * prices the cart with that version instead and adds `baseline`, the price
 * without it, for the form's before/after dry run. Shipping is the chosen
 * shipping method's charge (the shop's first active method when none is
 * chosen), unless the request names an amount outright.
 */
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import type { RequestContext } from '../http/context';
import {
  priceCart,
  indexBatchCodes,
  defaultShippingMethod,
  shippingCharge,
  type CartLine,
  type PriceResult,
  type PromotionTerms,
} from '../../src/domain/pricing';
import { isValidCartQuantity, MAX_CART_QUANTITY, type PromotionCode } from '../../src/domain/promotions';
import type { Category, Id, Order, Product, Promotion, ShippingMethod } from '../../src/domain/types';
import {
  PROMOTION_DEFAULTS,
  PROMOTION_SERVER_FIELDS,
  validatePromotion,
} from '../../src/domain/validation/records';
import { shopSettingsOf } from '../settings/shop';
import type { Database, StoredRecord, WriteTransaction } from '../store/database';
import { promotionLookup } from './resources';

export const MAX_CART_ITEMS = 100;

interface SimulateRequest {
  lines: CartLine[];
  code: string | null;
  at: Date;
  customerId: Id | null;
  shipping: number | null;
  /** The method whose terms price shipping; null when the shop has no active one (shipping is then free). */
  shippingMethod: ShippingMethod | null;
  candidate: PromotionTerms | null;
}

export type SimulateResponse = PriceResult & {
  at: string;
  shippingMethodId: Id | null;
  baseline?: PriceResult;
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

async function parseLines(
  items: unknown,
  tx: WriteTransaction,
  problems: FieldProblems,
): Promise<CartLine[]> {
  if (!Array.isArray(items) || items.length < 1 || items.length > MAX_CART_ITEMS) {
    problems.items = problem('errors.cartItems', { max: MAX_CART_ITEMS });
    return [];
  }
  const products = new Map<number, Product>();
  for (const item of items as unknown[]) {
    const { productId } = isRecord(item) ? item : {};
    if (!Number.isSafeInteger(productId)) continue;
    const product = await tx.get<Product>('products', productId as number);
    if (product) products.set(product.id, product);
  }
  return items.flatMap((item: unknown, n): CartLine[] => {
    const { productId, quantity } = isRecord(item) ? item : {};
    const product = Number.isSafeInteger(productId) ? products.get(productId as number) : undefined;
    if (!product)
      problems[`items.${n}.productId`] = problem('errors.cartProduct', {
        line: n + 1,
        id: String(productId),
      });
    if (!isValidCartQuantity(quantity))
      problems[`items.${n}.quantity`] = problem('errors.cartQuantity', {
        line: n + 1,
        max: MAX_CART_QUANTITY,
      });
    return product && isValidCartQuantity(quantity)
      ? [{ productId: product.id, categoryId: product.categoryId, quantity, unitPrice: product.price }]
      : [];
  });
}

/**
 * A form's values as the engine's terms, merged over the stored promotion when
 * `id` names one; always live (not draft, not paused) so a dry run shows its
 * effect. Problems are reported under `prefix` + field name.
 */
export async function parseCandidate(
  value: unknown,
  tx: WriteTransaction,
  problems: FieldProblems,
  prefix = 'promotion.',
): Promise<PromotionTerms | null> {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) {
    problems.promotion = problem('errors.bodyNotObject');
    return null;
  }
  const existing = Number.isSafeInteger(value.id)
    ? ((await tx.get<Promotion>('promotions', value.id as number)) ?? null)
    : null;
  const input = Object.fromEntries(
    Object.entries(value).filter(([field]) => !['id', 'createdAt', 'updatedAt', 'version'].includes(field)),
  );
  // Name and code uniqueness do not change a price; a half-filled form can still be tried out.
  const lookup = { ...(await promotionLookup(tx)), codeInUse: () => false };
  const found = validatePromotion(input, existing, lookup);
  delete found.name;
  for (const [field, p] of Object.entries(found)) problems[`${prefix}${field}`] = p;
  if (hasProblems(found)) return null;
  for (const field of PROMOTION_SERVER_FIELDS) delete input[field];
  let nextId = 1;
  for (const p of await tx.all<Promotion>('promotions')) nextId = Math.max(nextId, p.id + 1);
  return {
    ...PROMOTION_DEFAULTS,
    name: '',
    ...existing,
    ...(input as Partial<Promotion>),
    id: existing?.id ?? nextId,
    usageCount: existing?.usageCount ?? 0,
    discountGiven: existing?.discountGiven ?? 0,
    draft: false,
    paused: false,
  } as PromotionTerms;
}

export async function parseSimulateRequest(
  input: Record<string, unknown>,
  tx: WriteTransaction,
  now: Date,
): Promise<SimulateRequest> {
  const problems: FieldProblems = {};
  const lines = await parseLines(input.items, tx, problems);
  const { code, at, customerId, shipping, shippingMethodId } = input;
  if (code !== undefined && code !== null && (typeof code !== 'string' || code.length > 40))
    problems.code = problem('errors.notAString');
  if (at !== undefined && at !== null && (typeof at !== 'string' || Number.isNaN(Date.parse(at))))
    problems.at = problem('errors.notADate');
  const customerKnown =
    customerId === undefined ||
    customerId === null ||
    (Number.isSafeInteger(customerId) && (await tx.get('customers', customerId as number)));
  if (!customerKnown)
    problems.customerId = problem('errors.unknownReference', {
      resource: 'customers',
      id: String(customerId),
    });
  if (
    shipping !== undefined &&
    shipping !== null &&
    !(Number.isInteger(shipping) && (shipping as number) >= 0)
  ) {
    problems.shipping = problem('errors.nonNegative');
  }
  const chosen =
    shippingMethodId === undefined || shippingMethodId === null
      ? defaultShippingMethod(await tx.all<ShippingMethod>('shipping-methods'))
      : Number.isSafeInteger(shippingMethodId)
        ? ((await tx.get<ShippingMethod>('shipping-methods', shippingMethodId as number)) ?? null)
        : null;
  if (shippingMethodId !== undefined && shippingMethodId !== null && chosen === null)
    problems.shippingMethodId = problem('errors.unknownReference', {
      resource: 'shipping-methods',
      id: String(shippingMethodId),
    });
  const candidate = await parseCandidate(input.promotion, tx, problems);
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
  return {
    lines,
    code: typeof code === 'string' && code.trim() ? code.trim() : null,
    at: typeof at === 'string' ? new Date(at) : now,
    customerId: typeof customerId === 'number' ? customerId : null,
    shipping: typeof shipping === 'number' ? shipping : null,
    shippingMethod: chosen,
    candidate,
  };
}

/** How often the customer's orders (cancelled ones aside) used each promotion. */
export async function customerUses(tx: WriteTransaction, customerId: Id | null): Promise<Record<Id, number>> {
  const uses: Record<Id, number> = {};
  if (customerId === null) return uses;
  for (const order of await tx.findBy<Order & StoredRecord>('orders', 'customerId', customerId)) {
    if (order.status === 'cancelled') continue;
    for (const id of order.promotionIds) uses[id] = (uses[id] ?? 0) + 1;
  }
  return uses;
}

export async function simulate(
  tx: WriteTransaction,
  ctx: RequestContext,
  request: SimulateRequest,
): Promise<SimulateResponse> {
  const stored = await tx.all<Promotion & StoredRecord>('promotions');
  const categories = await tx.all<Category & StoredRecord>('categories');
  const batchCodes = indexBatchCodes(await tx.all<PromotionCode & StoredRecord>('promotion-codes'));
  const uses = await customerUses(tx, request.customerId);
  const { timeZone } = await shopSettingsOf(tx);
  const others = request.candidate ? stored.filter((p) => p.id !== request.candidate!.id) : stored;
  const subtotal = request.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  // An amount given outright wins over any method.
  const method = request.shipping === null ? request.shippingMethod : null;
  const shipping = request.shipping ?? (method ? shippingCharge(method, subtotal) : 0);
  const price = (promotions: readonly PromotionTerms[]) =>
    priceCart({
      lines: request.lines,
      shipping,
      promotions,
      categories,
      at: request.at,
      code: request.code,
      batchCodes,
      customerUses: uses,
      locale: ctx.locale,
      timeZone,
    });
  const result = price(request.candidate ? [...others, request.candidate] : stored);
  const answer: SimulateResponse = {
    ...result,
    at: request.at.toISOString(),
    shippingMethodId: method?.id ?? null,
  };
  if (request.candidate) answer.baseline = price(others);
  return answer;
}

/** Every refusal of a dry run whose body broke its schema: unknown products and customers too. */
export function explainSimulation(db: Database): (input: Record<string, unknown>) => Promise<FieldProblems> {
  return (input) =>
    db.transact(async (tx) => {
      try {
        await parseSimulateRequest(input, tx, db.now());
        return {};
      } catch (error) {
        if (error instanceof DomainError) return error.fields;
        throw error;
      }
    });
}
