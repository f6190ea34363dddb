/** Records for the promotion screens' tests. */
import type { PriceResult } from '../../domain/pricing';
import type { PromotionRecord } from '../../providers/operations/promotions';

export function makePromotion(overrides: Partial<PromotionRecord> & { id: number }): PromotionRecord {
  return {
    name: `Promotion ${overrides.id}`,
    code: null,
    type: 'percent',
    value: 10,
    buyQuantity: null,
    getQuantity: null,
    scope: 'order',
    categoryIds: [],
    productIds: [],
    minSubtotal: 0,
    startsAt: '2026-06-01T00:00:00.000Z',
    endsAt: '2026-07-01T00:00:00.000Z',
    usageLimit: null,
    perCustomerLimit: null,
    usageCount: 0,
    budget: null,
    discountGiven: 0,
    priority: 0,
    combinable: true,
    paused: false,
    draft: false,
    status: 'active',
    createdAt: '2026-05-01T00:00:00.000Z',
    updatedAt: '2026-05-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A priced cart of one line, `discount` off it; shipping free. */
export function priced(
  productId: number,
  quantity: number,
  unitPrice: number,
  discount: number,
): PriceResult {
  const subtotal = quantity * unitPrice;
  return {
    lines: [{ productId, quantity, unitPrice, subtotal, discount, total: subtotal - discount }],
    subtotal,
    discountTotal: discount,
    shipping: 0,
    shippingDiscount: 0,
    total: subtotal - discount,
    applied: [],
    notApplied: [],
  };
}
