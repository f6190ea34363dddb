/**
 * Figures derived from the ledger for the stock screens: sales velocity over
 * the last 30 days, days of cover, suggested reorder quantity and goods in
 * transit. Velocity is recomputed at most every 30 seconds: a reorder hint does
 * not need to-the-second precision, and the scan covers the whole ledger.
 */
import { daysOfCover, isOutOfStock, needsReorder, suggestedReorderQuantity } from '../../src/domain/stock';
import type { Category, Product, StockLevel, StockMovement, StockTransfer } from '../../src/domain/types';
import { configOf } from '../config';
import type { RowPredicate } from '../rest/list';
import type { Store, StoredRecord } from '../store/store';

export const VELOCITY_WINDOW_DAYS = 30;
const REFRESH_MS = 30_000;
const cache = new WeakMap<Store, { computedAt: number; seq: number; unitsPerDay: Map<string, number> }>();

const key = (productId: number, warehouseId: number) => `${productId}:${warehouseId}`;

/** Units sold (shipped) per day over the last 30 days, per product × warehouse. */
export function salesVelocity(store: Store): Map<string, number> {
  const now = store.now().getTime();
  const cached = cache.get(store);
  if (cached && (cached.seq === store.seq || now - cached.computedAt < REFRESH_MS)) return cached.unitsPerDay;
  const since = new Date(now - VELOCITY_WINDOW_DAYS * 86_400_000).toISOString();
  const sold = new Map<string, number>();
  for (const m of store.all<StockMovement>('stock-movements')) {
    if (m.reason !== 'shipment' || m.createdAt < since) continue;
    const k = key(m.productId, m.warehouseId);
    sold.set(k, (sold.get(k) ?? 0) - m.delta);
  }
  const unitsPerDay = new Map([...sold].map(([k, units]) => [k, units / VELOCITY_WINDOW_DAYS]));
  cache.set(store, { computedAt: now, seq: store.seq, unitsPerDay });
  return unitsPerDay;
}

/** Quantities dispatched and not yet received, by destination (incoming) and source (outgoing). */
export function inTransit(store: Store): { incoming: Map<string, number>; outgoing: Map<string, number> } {
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const t of store.all<StockTransfer>('stock-transfers')) {
    if (t.status !== 'in_transit') continue;
    for (const item of t.items) {
      incoming.set(
        key(item.productId, t.toWarehouseId),
        (incoming.get(key(item.productId, t.toWarehouseId)) ?? 0) + item.quantity,
      );
      outgoing.set(
        key(item.productId, t.fromWarehouseId),
        (outgoing.get(key(item.productId, t.fromWarehouseId)) ?? 0) + item.quantity,
      );
    }
  }
  return { incoming, outgoing };
}

export function presentStockLevels(records: StoredRecord[], store: Store): StoredRecord[] {
  const velocity = salesVelocity(store);
  const transit = inTransit(store);
  const horizon = configOf(store).reorderHorizonDays;
  return records.map((record) => {
    const level = record as unknown as StockLevel;
    const k = key(level.productId, level.warehouseId);
    const unitsPerDay = velocity.get(k) ?? 0;
    return {
      ...record,
      unitsPerDay: Math.round(unitsPerDay * 100) / 100,
      daysOfCover: daysOfCover(level.available, unitsPerDay),
      suggestedReorderQuantity: suggestedReorderQuantity(level, unitsPerDay, horizon),
      inTransitIn: transit.incoming.get(k) ?? 0,
      inTransitOut: transit.outgoing.get(k) ?? 0,
    };
  });
}

/** Ids of a category and its subcategories. */
export function categoryWithChildren(store: Store, categoryId: number): Set<number> {
  const ids = new Set([categoryId]);
  for (const c of store.all<Category>('categories')) if (c.parentId === categoryId) ids.add(c.id);
  return ids;
}

function productIdsWhere(store: Store, test: (p: Product) => boolean): Set<number> {
  const ids = new Set<number>();
  for (const p of store.all<Product>('products')) if (test(p)) ids.add(p.id);
  return ids;
}

function levelTest(
  store: Store,
  value: unknown,
  test: (level: { available: number; reorderPoint: number }, status: string) => boolean,
): RowPredicate {
  const archived = productIdsWhere(store, (p) => p.status === 'archived');
  const wanted = value === true || value === 'true';
  return (row) => {
    const status = archived.has(row.productId as number) ? 'archived' : 'sold';
    return test(row as unknown as { available: number; reorderPoint: number }, status) === wanted;
  };
}

export const stockLevelFilters: Record<string, (value: unknown, store: Store) => RowPredicate> = {
  /** The low-stock inbox (src/domain/stock.ts needsReorder). */
  lowStock: (value, store) => levelTest(store, value, needsReorder),
  /** Nothing left to sell (src/domain/stock.ts isOutOfStock). */
  outOfStock: (value, store) => levelTest(store, value, isOutOfStock),
  categoryId: (value, store) => {
    const categories = categoryWithChildren(store, Number(value));
    const products = productIdsWhere(store, (p) => p.categoryId !== null && categories.has(p.categoryId));
    return (row) => products.has(row.productId as number);
  },
  /** Search by the product's SKU, barcode or name, or the bin location. */
  q: (value, store) => {
    const q = String(value).trim().toLowerCase();
    const products = productIdsWhere(
      store,
      (p) =>
        p.sku.toLowerCase().includes(q) || p.name.toLowerCase().includes(q) || (p.barcode ?? '').includes(q),
    );
    return (row) =>
      products.has(row.productId as number) || String(row.binLocation).toLowerCase().includes(q);
  },
};
