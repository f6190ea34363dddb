/**
 * For the KPI tests: each figure computed again, the plain way, from the raw
 * records: instants parsed with Date.parse, shop days from the time module,
 * everything in its own loop. Deliberately shares no code with the report.
 */
import { isoWeekStartKey, shopDateKey, shopMidnightToUtc } from '../../src/domain/time';
import type {
  Category,
  Order,
  Product,
  Promotion,
  ShippingMethod,
  StockLevel,
  StockMovement,
} from '../../src/domain/types';
import type { RecordReader } from '../store/database';

export interface Window {
  start: number;
  /** Exclusive. */
  end: number;
}

export const shopDays = (fromKey: string, toKeyInclusive: string, timeZone: string): Window => {
  const next = new Date(Date.parse(`${toKeyInclusive}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    start: shopMidnightToUtc(fromKey, timeZone).getTime(),
    end: shopMidnightToUtc(next, timeZone).getTime(),
  };
};

export const within = (iso: string | null, w: Window) =>
  iso !== null && Date.parse(iso) >= w.start && Date.parse(iso) < w.end;

export interface Records {
  orders: Order[];
  products: Map<number, Product>;
  categories: Map<number, Category>;
  promotions: Map<number, Promotion>;
  levels: StockLevel[];
  movements: StockMovement[];
  /** Shipping method id → promised dispatch hours. */
  dispatchHours: Map<number, number>;
}

export async function recordsOf(db: RecordReader, warehouseId: number | null = null): Promise<Records> {
  const inWarehouse = <T extends { warehouseId: number }>(rows: T[]) =>
    rows.filter((r) => warehouseId === null || r.warehouseId === warehouseId);
  return {
    orders: inWarehouse(await db.all<Order>('orders')),
    products: new Map((await db.all<Product>('products')).map((p) => [p.id, p])),
    categories: new Map((await db.all<Category>('categories')).map((c) => [c.id, c])),
    promotions: new Map((await db.all<Promotion>('promotions')).map((p) => [p.id, p])),
    levels: inWarehouse(await db.all<StockLevel>('stock-levels')),
    movements: inWarehouse(await db.all<StockMovement>('stock-movements')),
    dispatchHours: new Map(
      (await db.all<ShippingMethod>('shipping-methods')).map((m) => [m.id, m.dispatchHours]),
    ),
  };
}

const counted = (r: Records, w: Window) =>
  r.orders.filter((o) => within(o.placedAt, w) && o.status !== 'cancelled');
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function sales(r: Records, w: Window) {
  const orders = counted(r, w);
  const grossSales = sum(orders.map((o) => o.total));
  const refunds = sum(orders.map((o) => o.refundedTotal));
  return {
    grossSales,
    orders: orders.length,
    averageOrderValue: orders.length ? Math.round(grossSales / orders.length) : null,
    unitsSold: sum(orders.flatMap((o) => o.items.map((i) => i.quantity))),
    discounts: sum(orders.map((o) => o.discountTotal)),
    refunds,
    netSales: grossSales - refunds,
  };
}

/** Gross sales and orders per bucket, keyed by the shop day the bucket starts on. */
export function salesByBucket(
  r: Records,
  w: Window,
  timeZone: string,
  granularity: 'day' | 'week' | 'month',
  firstKey: string,
) {
  const buckets = new Map<string, { grossSales: number; orders: number }>();
  for (const o of counted(r, w)) {
    const day = shopDateKey(o.placedAt, timeZone);
    const start =
      granularity === 'day' ? day : granularity === 'week' ? isoWeekStartKey(day) : `${day.slice(0, 7)}-01`;
    const key = start < firstKey ? firstKey : start;
    const bucket = buckets.get(key) ?? { grossSales: 0, orders: 0 };
    buckets.set(key, { grossSales: bucket.grossSales + o.total, orders: bucket.orders + 1 });
  }
  return buckets;
}

export function statusCounts(r: Records, w: Window) {
  const counts = new Map<string, { orders: number; total: number }>();
  for (const o of r.orders.filter((o) => within(o.placedAt, w))) {
    const c = counts.get(o.status) ?? { orders: 0, total: 0 };
    counts.set(o.status, { orders: c.orders + 1, total: c.total + o.total });
  }
  return counts;
}

function ranked<K>(
  totals: Map<K, { sales: number; units: number; orders: Set<number> }>,
  n: number,
  tie: (k: K) => number,
) {
  return [...totals]
    .map(([key, t]) => ({ key, sales: t.sales, units: t.units, orders: t.orders.size }))
    .sort((a, b) => b.sales - a.sales || tie(a.key) - tie(b.key))
    .slice(0, n);
}

export function topProductsAndCategories(r: Records, w: Window) {
  const byProduct = new Map<number, { sales: number; units: number; orders: Set<number> }>();
  const byCategory = new Map<number | null, { sales: number; units: number; orders: Set<number> }>();
  for (const o of counted(r, w)) {
    for (const item of o.items) {
      const value = item.quantity * item.unitPrice - item.discount;
      const categoryId = r.products.get(item.productId)?.categoryId ?? null;
      for (const [map, key] of [
        [byProduct, item.productId],
        [byCategory, categoryId],
      ] as const) {
        const t = (map as Map<unknown, { sales: number; units: number; orders: Set<number> }>).get(key) ?? {
          sales: 0,
          units: 0,
          orders: new Set<number>(),
        };
        t.sales += value;
        t.units += item.quantity;
        t.orders.add(o.id);
        (map as Map<unknown, typeof t>).set(key, t);
      }
    }
  }
  return {
    products: ranked(byProduct, 10, (id) => id).map(({ key, ...t }) => ({
      productId: key,
      sku: r.products.get(key)?.sku,
      name: r.products.get(key)?.name,
      ...t,
    })),
    categories: ranked(byCategory, 5, (id) => id ?? 0).map(({ key, ...t }) => ({
      categoryId: key,
      name: key === null ? null : r.categories.get(key)?.name,
      ...t,
    })),
  };
}

function quantile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
}

/** An order's promise: its shipping method's dispatch hours, else the shop's default. */
const promised = (r: Records, o: Order, defaultHours: number) =>
  (o.shippingMethodId === null ? undefined : r.dispatchHours.get(o.shippingMethodId)) ?? defaultHours;

export function fulfilment(r: Records, w: Window, serviceLevelHours: number) {
  const shipped = r.orders.filter((o) => within(o.shippedAt, w));
  const measured = shipped.filter((o) => o.paidAt !== null);
  const hoursOf = (o: Order) => (Date.parse(o.shippedAt!) - Date.parse(o.paidAt!)) / 3_600_000;
  const hours = measured.map(hoursOf);
  return {
    shipped: shipped.length,
    measured: hours.length,
    medianHours: quantile(hours, 0.5),
    p90Hours: quantile(hours, 0.9),
    onTimeRate: hours.length
      ? measured.filter((o) => hoursOf(o) <= promised(r, o, serviceLevelHours)).length / hours.length
      : null,
  };
}

export function lateOpenOrders(r: Records, now: Date, serviceLevelHours: number): number {
  const awaiting = ['paid', 'processing', 'partially_shipped', 'on_hold'];
  return r.orders.filter(
    (o) =>
      o.paidAt !== null &&
      Date.parse(o.paidAt) < now.getTime() - promised(r, o, serviceLevelHours) * 3_600_000 &&
      awaiting.includes(o.status),
  ).length;
}

/** Per shipping or payment method id (null: none), over the period's counted orders. */
export function byMethod(r: Records, w: Window, field: 'shippingMethodId' | 'paymentMethodId') {
  const rows = new Map<
    number | null,
    { orders: number; grossSales: number; refunds: number; netSales: number }
  >();
  for (const o of counted(r, w)) {
    const row = rows.get(o[field]) ?? { orders: 0, grossSales: 0, refunds: 0, netSales: 0 };
    row.orders += 1;
    row.grossSales += o.total;
    row.refunds += o.refundedTotal;
    row.netSales = row.grossSales - row.refunds;
    rows.set(o[field], row);
  }
  return rows;
}

/** Late open orders per shipping method id. */
export function lateByShippingMethod(r: Records, now: Date, serviceLevelHours: number) {
  const late = new Map<number | null, number>();
  for (const o of r.orders)
    if (lateOpenOrders({ ...r, orders: [o] }, now, serviceLevelHours) === 1)
      late.set(o.shippingMethodId, (late.get(o.shippingMethodId) ?? 0) + 1);
  return late;
}

/** Per promotion: shipping waived goes to free-shipping promotions, line discounts to the others, split evenly. */
export function promotions(r: Records, w: Window) {
  const uses = new Map<number, { uses: number; discountCost: number; sales: number }>();
  const totals = {
    ordersWithPromotion: 0,
    salesWithPromotion: 0,
    ordersWithoutPromotion: 0,
    salesWithoutPromotion: 0,
    discountCost: 0,
  };
  for (const o of counted(r, w)) {
    if (o.promotionIds.length === 0) {
      totals.ordersWithoutPromotion += 1;
      totals.salesWithoutPromotion += o.total;
      continue;
    }
    totals.ordersWithPromotion += 1;
    totals.salesWithPromotion += o.total;
    const waived = Math.max(0, o.shippingCharge - o.shippingTotal);
    const shipping = o.promotionIds.filter((id) => r.promotions.get(id)?.type === 'free_shipping');
    const lines = o.promotionIds.filter((id) => !shipping.includes(id));
    const cost = new Map<number, number>(o.promotionIds.map((id) => [id, 0]));
    const spread = (amount: number, ids: number[]) => {
      const takers = ids.length ? ids : o.promotionIds;
      takers.forEach((id, i) =>
        cost.set(
          id,
          cost.get(id)! + Math.floor(amount / takers.length) + (i < amount % takers.length ? 1 : 0),
        ),
      );
    };
    spread(o.discountTotal, lines);
    spread(waived, shipping);
    for (const [id, cents] of cost) {
      const u = uses.get(id) ?? { uses: 0, discountCost: 0, sales: 0 };
      uses.set(id, { uses: u.uses + 1, discountCost: u.discountCost + cents, sales: u.sales + o.total });
      totals.discountCost += cents;
    }
  }
  return { totals, uses };
}

export function stock(r: Records, w: Window, now: Date) {
  const archived = (productId: number) => r.products.get(productId)?.status === 'archived';
  const since = now.getTime() - 30 * 86_400_000;
  const shippedRecently = new Map<string, number>();
  for (const m of r.movements) {
    if (m.reason === 'shipment' && Date.parse(m.createdAt) >= since) {
      shippedRecently.set(
        `${m.productId}:${m.warehouseId}`,
        (shippedRecently.get(`${m.productId}:${m.warehouseId}`) ?? 0) - m.delta,
      );
    }
  }
  const selling = r.levels.filter((l) => (shippedRecently.get(`${l.productId}:${l.warehouseId}`) ?? 0) > 0);
  const perDay = sum(selling.map((l) => shippedRecently.get(`${l.productId}:${l.warehouseId}`)! / 30));
  const onHand = sum(r.levels.map((l) => l.onHand));
  const unitsShipped = -sum(
    r.movements.filter((m) => m.reason === 'shipment' && within(m.createdAt, w)).map((m) => m.delta),
  );
  const unitsOnHandAtEnd =
    onHand - sum(r.movements.filter((m) => Date.parse(m.createdAt) >= w.end).map((m) => m.delta));
  return {
    stockValue: sum(r.levels.map((l) => l.onHand * (r.products.get(l.productId)?.cost ?? 0))),
    unitsOnHand: onHand,
    outOfStock: r.levels.filter((l) => l.available <= 0 && !archived(l.productId)).length,
    belowReorderPoint: r.levels.filter(
      (l) => l.reorderPoint > 0 && l.available <= l.reorderPoint && !archived(l.productId),
    ).length,
    daysOfCover:
      perDay > 0 ? Math.max(0, Math.floor((sum(selling.map((l) => l.available)) / perDay) * 10) / 10) : null,
    unitsShipped,
    unitsOnHandAtEnd,
    sellThroughRate:
      unitsShipped + unitsOnHandAtEnd > 0 ? unitsShipped / (unitsShipped + unitsOnHandAtEnd) : null,
  };
}
