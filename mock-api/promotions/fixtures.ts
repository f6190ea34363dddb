/**
 * A known promotion set and two known products for the promotion API tests,
 * written into the seeded test database before the server opens it. The
 * server's clock is pinned to NOW, so every status below is fixed:
 *
 *   1 Kitchen 10 %   percent 10 on category 1 (Küche, with its subcategories)  active, priority 10
 *   2 SAVE5          fixed 5.00 off the order, code SAVE5, min 30.00, 1 per customer  active, priority 5
 *   3 Free shipping  free shipping                                             active, priority 1
 *   4 Old coupon     percent 50, code OLD50, ended 1 June                      expired
 *   5 Summer         percent 20, starts 1 July                                 scheduled
 *   6 Draft          draft                                                     draft
 *   7 Paused         paused                                                    paused
 *   8 Used up        usage limit 3 of 3 used                                   exhausted
 */
import type { Database } from '../seed/database';
import type { Promotion } from '../../src/domain/types';
import type { TestServerOptions } from '../test/harness';

export const NOW = new Date('2026-06-15T10:00:00.000Z');
/** Product 1 is in category 2 (under Küche, 1); product 4 in category 5 (under Wohnen, 4). */
export const MUG = { id: 1, price: 2000, categoryId: 2 };
export const LAMP = { id: 4, price: 1000, categoryId: 5 };
/** The customer whose one order already used SAVE5. */
export const SAVER_CUSTOMER_ID = 5;

const at = '2026-05-01T00:00:00.000Z';

export function promotionRecord(id: number, overrides: Partial<Promotion>): Promotion {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    version: 1,
    name: `Promotion ${id}`,
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
    ...overrides,
  };
}

export const FIXTURE_PROMOTIONS: Promotion[] = [
  promotionRecord(1, { name: 'Kitchen 10 %', scope: 'categories', categoryIds: [1], priority: 10 }),
  promotionRecord(2, {
    name: 'SAVE5',
    code: 'SAVE5',
    type: 'fixed',
    value: 500,
    minSubtotal: 3000,
    perCustomerLimit: 1,
    priority: 5,
  }),
  promotionRecord(3, { name: 'Free shipping', type: 'free_shipping', value: 0, priority: 1 }),
  promotionRecord(4, {
    name: 'Old coupon',
    code: 'OLD50',
    value: 50,
    startsAt: '2026-05-01T00:00:00.000Z',
    endsAt: '2026-06-01T00:00:00.000Z',
  }),
  promotionRecord(5, {
    name: 'Summer',
    value: 20,
    startsAt: '2026-07-01T00:00:00.000Z',
    endsAt: '2026-08-01T00:00:00.000Z',
  }),
  promotionRecord(6, { name: 'Draft', draft: true }),
  promotionRecord(7, { name: 'Paused', paused: true }),
  promotionRecord(8, { name: 'Used up', usageLimit: 3, usageCount: 3 }),
];

export function preparePromotionData(db: Database): void {
  db.promotions = FIXTURE_PROMOTIONS.map((p) => ({ ...p }));
  for (const known of [MUG, LAMP]) {
    const product = db.products.find((p) => p.id === known.id)!;
    Object.assign(product, { price: known.price, categoryId: known.categoryId });
  }
  // Orders keep no seed promotions; one order of the saver customer used SAVE5.
  for (const order of db.orders) order.promotionIds = [];
  const saverOrder = db.orders.find((o) => o.customerId === SAVER_CUSTOMER_ID && o.status !== 'cancelled');
  if (!saverOrder) throw new Error(`the test seed has no order of customer ${SAVER_CUSTOMER_ID}`);
  saverOrder.promotionIds = [2];
}

export const serverOptions: TestServerOptions = { prepare: preparePromotionData, now: () => new Date(NOW) };

export interface ErrorBody {
  message: string;
  errors?: Record<string, string>;
}
