/**
 * Orders, shipments, returns and refunds as REST resources: read through the
 * generic bridge, changed only through the workflow routes in ./index.ts,
 * which keep stock and reservations exact.
 */
import { trackingLink } from '../../src/domain/carriers';
import { carrierByName } from '../settings/resources';
import { lateRule, type LateRule } from '../../src/domain/lateness';
import { paymentSummary } from '../../src/domain/orders';
import type { Customer, Order, ShippingMethod } from '../../src/domain/types';
import { shopSettingsOf } from '../settings/shop';
import type { RowPredicate } from '../rest/list';
import { badQuery } from '../rest/query';
import { defineResource } from '../rest/rules';
import type { Database, RecordReader, StoredRecord } from '../store/database';

/** The late rule as of now: each order against its shipping method's promise (src/domain/orders.ts). */
export async function lateRuleFor(db: RecordReader & { now: () => Date }): Promise<LateRule> {
  const hours = new Map<number, number>();
  for (const method of await db.all<ShippingMethod>('shipping-methods'))
    hours.set(method.id, method.dispatchHours);
  return lateRule(db.now(), (await shopSettingsOf(db)).serviceLevelHours, hours);
}

async function lateFilter(value: unknown, db: Database): Promise<RowPredicate> {
  if (value !== true && value !== false && value !== 'true' && value !== 'false')
    throw badQuery('filter', 'query.boolean', { key: 'late' });
  const wanted = value === true || value === 'true';
  const rule = await lateRuleFor(db);
  return (row) => rule.isLate(row as unknown as Order) === wanted;
}

/**
 * `q` matches the order number or the customer's name or e-mail. The
 * matching customers are found once per request, so each order costs one
 * set lookup however many orders there are.
 */
async function searchFilter(value: unknown, db: Database): Promise<RowPredicate> {
  if (typeof value !== 'string' && typeof value !== 'number')
    throw badQuery('filter', 'query.text', { key: 'q' });
  const needle = String(value).trim().toLowerCase();
  if (!needle) return () => true;
  const customerIds = new Set<number>();
  for (const c of await db.all<Customer>('customers')) {
    if (
      `${c.firstName} ${c.lastName}`.toLowerCase().includes(needle) ||
      c.email.toLowerCase().includes(needle)
    )
      customerIds.add(c.id);
  }
  return (row) =>
    String(row.number).toLowerCase().includes(needle) || customerIds.has(row.customerId as number);
}

export const orderRules = defineResource({
  name: 'orders',

  virtualFilters: {
    late: (value, _ctx, db) => lateFilter(value, db),
    q: (value, _ctx, db) => searchFilter(value, db),
    // With at least one promotion (true) or none (false): the orders behind sales with and without one.
    withPromotion: (value) => {
      const wanted = value === true || value === 'true';
      return (row) => (row.promotionIds as unknown[]).length > 0 === wanted;
    },
    // Orders containing a product (one id or a list), for the product page and drill-downs.
    productId: (value) => {
      const wanted = new Set((Array.isArray(value) ? value : [value]).map(Number));
      return (row) => (row.items as Array<{ productId: number }>).some((item) => wanted.has(item.productId));
    },
  },
  present: async (records, _ctx, db) => {
    const rule = await lateRuleFor(db);
    return records.map((record) => {
      const order = record as unknown as Order;
      return { ...record, late: rule.isLate(order), ...paymentSummary(order) } as StoredRecord;
    });
  },
});

export const shipmentRules = defineResource({
  name: 'shipments',
  // The tracking page comes from the carrier's record (Settings → Carriers), not from code.
  present: async (records, _ctx, db) => {
    const carrierOf = await carrierByName(db);
    return records.map((record) => ({
      ...record,
      trackingUrl: trackingLink(carrierOf(record.carrier), String(record.trackingNumber)),
    }));
  },
});
/** The warehouse a return or refund belongs to is its order's. */
async function orderWarehouseFilter(value: unknown, db: Database): Promise<RowPredicate> {
  const wanted = new Set((Array.isArray(value) ? value : [value]).map(Number));
  const orders = new Set<number>();
  for (const order of await db.all<Order>('orders')) if (wanted.has(order.warehouseId)) orders.add(order.id);
  return (row) => orders.has(row.orderId as number);
}

defineResource({
  name: 'returns',
  virtualFilters: {
    warehouseId: (value, _ctx, db) => orderWarehouseFilter(value, db),
    // Whether any unit went back on a shelf (true) or everything was written off (false).
    restocked: (value) => {
      const wanted = value === true || value === 'true';
      return (row) => (row.items as Array<{ restock: boolean }>).some((item) => item.restock) === wanted;
    },
  },
});
defineResource({
  name: 'refunds',
  virtualFilters: { warehouseId: (value, _ctx, db) => orderWarehouseFilter(value, db) },
});
