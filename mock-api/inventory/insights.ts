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
import type { Database, StoredRecord } from '../store/database';

export const VELOCITY_WINDOW_DAYS = 30;
const REFRESH_MS = 30_000;
const cache = new WeakMap<
  Database,
  { computedAt: number; version: number; unitsPerDay: Map<string, number> }
>();

const key = (productId: number, warehouseId: number) => `${productId}:${warehouseId}`;

/** Units sold (shipped) per day over the last 30 days, per product × warehouse. */
export async function salesVelocity(db: Database): Promise<Map<string, number>> {
  const now = db.now().getTime();
  const version = await db.version();
  const cached = cache.get(db);
  if (cached && (cached.version === version || now - cached.computedAt < REFRESH_MS))
    return cached.unitsPerDay;
  const since = new Date(now - VELOCITY_WINDOW_DAYS * 86_400_000).toISOString();
  const sold = new Map<string, number>();
  for (const m of await db.all<StockMovement>('stock-movements')) {
    if (m.reason !== 'shipment' || m.createdAt < since) continue;
    const k = key(m.productId, m.warehouseId);
    sold.set(k, (sold.get(k) ?? 0) - m.delta);
  }
  const unitsPerDay = new Map([...sold].map(([k, units]) => [k, units / VELOCITY_WINDOW_DAYS]));
  cache.set(db, { computedAt: now, version, unitsPerDay });
  return unitsPerDay;
}

/** Quantities dispatched and not yet received, by destination (incoming) and source (outgoing). */
export async function inTransit(
  db: Database,
): Promise<{ incoming: Map<string, number>; outgoing: Map<string, number> }> {
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const t of await db.all<StockTransfer>('stock-transfers')) {
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

export async function presentStockLevels(records: StoredRecord[], db: Database): Promise<StoredRecord[]> {
  const velocity = await salesVelocity(db);
  const transit = await inTransit(db);
  const horizon = configOf(db).reorderHorizonDays;
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
export async function categoryWithChildren(db: Database, categoryId: number): Promise<Set<number>> {
  const ids = new Set([categoryId]);
  for (const c of await db.all<Category>('categories')) if (c.parentId === categoryId) ids.add(c.id);
  return ids;
}

async function productIdsWhere(db: Database, test: (p: Product) => boolean): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const p of await db.all<Product>('products')) if (test(p)) ids.add(p.id);
  return ids;
}

async function levelTest(
  db: Database,
  value: unknown,
  test: (level: { available: number; reorderPoint: number }, status: string) => boolean,
): Promise<RowPredicate> {
  const archived = await productIdsWhere(db, (p) => p.status === 'archived');
  const wanted = value === true || value === 'true';
  return (row) => {
    const status = archived.has(row.productId as number) ? 'archived' : 'sold';
    return test(row as unknown as { available: number; reorderPoint: number }, status) === wanted;
  };
}

export const stockLevelFilters: Record<string, (value: unknown, db: Database) => Promise<RowPredicate>> = {
  /** The low-stock inbox (src/domain/stock.ts needsReorder). */
  lowStock: (value, db) => levelTest(db, value, needsReorder),
  /** Nothing left to sell (src/domain/stock.ts isOutOfStock). */
  outOfStock: (value, db) => levelTest(db, value, isOutOfStock),
  categoryId: async (value, db) => {
    const categories = await categoryWithChildren(db, Number(value));
    const products = await productIdsWhere(db, (p) => p.categoryId !== null && categories.has(p.categoryId));
    return (row) => products.has(row.productId as number);
  },
  /** Search by the product's SKU, barcode or name, or the bin location. */
  q: async (value, db) => {
    const q = String(value).trim().toLowerCase();
    const products = await productIdsWhere(
      db,
      (p) =>
        p.sku.toLowerCase().includes(q) || p.name.toLowerCase().includes(q) || (p.barcode ?? '').includes(q),
    );
    return (row) =>
      products.has(row.productId as number) || String(row.binLocation).toLowerCase().includes(q);
  },
};
