/**
 * Small, hand-checkable carts and promotions for the engine's tests.
 * Clothing (1) has Shirts (2) and Shoes (3); Garden (4) has Tools (5).
 */
import type { CartLine, PromotionTerms } from './types';

export const CATEGORIES = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: null },
  { id: 5, parentId: 4 },
];

export const SHIRT = { productId: 10, categoryId: 2, unitPrice: 2000 };
export const SHOES = { productId: 11, categoryId: 3, unitPrice: 5000 };
export const SPADE = { productId: 12, categoryId: 5, unitPrice: 1000 };

export const line = (product: Omit<CartLine, 'quantity'>, quantity = 1): CartLine => ({
  ...product,
  quantity,
});

export const AT = '2026-06-15T10:00:00.000Z';

export function promo(overrides: Partial<PromotionTerms> & { id: number }): PromotionTerms {
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
    startsAt: '2026-01-01T00:00:00.000Z',
    endsAt: null,
    usageLimit: null,
    perCustomerLimit: null,
    usageCount: 0,
    budget: null,
    discountGiven: 0,
    priority: 0,
    combinable: true,
    paused: false,
    draft: false,
    ...overrides,
  };
}
