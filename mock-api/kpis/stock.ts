/**
 * Stock health: a snapshot of the stock levels now (value at cost, out of
 * stock, at or below the reorder point, days of cover from the inventory
 * screens' sales velocity), and sell-through over the period from the ledger:
 * units shipped in it against those plus what was on hand when it ended
 * (on hand now minus every movement booked since). Both passes cover every
 * stock level and movement, so a result is kept until the next write, and at
 * most 30 seconds (the sales velocity's own refresh) for days of cover.
 */
import { ratio, roundTo } from '../../src/domain/kpis/stats';
import { daysOfCover, isOutOfStock, needsReorder } from '../../src/domain/stock';
import type { Id, Product, StockLevel, StockMovement } from '../../src/domain/types';
import type { StockSection } from '../../src/domain/kpis/types';
import { salesVelocity } from '../inventory/insights';
import type { Database } from '../store/database';
import { recordsById } from '../lookups';

export interface StockOptions {
  warehouseId: Id | null;
  /** The period as ISO instants, end exclusive. */
  start: string;
  end: string;
}

async function snapshot(db: Database, warehouseId: Id | null) {
  const velocity = await salesVelocity(db);
  const products = await recordsById<Product>(db, 'products');
  const totals = {
    stockValue: 0,
    unitsOnHand: 0,
    outOfStock: 0,
    belowReorderPoint: 0,
    sellingAvailable: 0,
    unitsPerDay: 0,
  };
  for (const level of await db.all<StockLevel>('stock-levels')) {
    if (warehouseId !== null && level.warehouseId !== warehouseId) continue;
    const product = products.get(level.productId);
    totals.stockValue += level.onHand * (product?.cost ?? 0);
    totals.unitsOnHand += level.onHand;
    // The same tests as the stock-levels list's `lowStock` and `outOfStock` filters, so the figures and their lists agree.
    if (needsReorder(level, product?.status)) totals.belowReorderPoint += 1;
    if (isOutOfStock(level, product?.status)) totals.outOfStock += 1;
    const perDay = velocity.get(`${level.productId}:${level.warehouseId}`) ?? 0;
    if (perDay > 0) {
      totals.sellingAvailable += level.available;
      totals.unitsPerDay += perDay;
    }
  }
  return totals;
}

async function shippedAndMovedSince(db: Database, { warehouseId, start, end }: StockOptions) {
  let unitsShipped = 0;
  let movedSinceEnd = 0;
  for (const movement of await db.all<StockMovement>('stock-movements')) {
    if (warehouseId !== null && movement.warehouseId !== warehouseId) continue;
    if (movement.createdAt >= end) movedSinceEnd += movement.delta;
    else if (movement.reason === 'shipment' && movement.createdAt >= start) unitsShipped -= movement.delta;
  }
  return { unitsShipped, movedSinceEnd };
}

const REFRESH_MS = 30_000;
const MAX_KEPT = 32;
const kept = new WeakMap<Database, Map<string, { version: number; at: number; section: StockSection }>>();

export async function stockSection(db: Database, options: StockOptions): Promise<StockSection> {
  const key = `${options.warehouseId}|${options.start}|${options.end}`;
  const at = db.now().getTime();
  const version = await db.version();
  const byKey = kept.get(db) ?? new Map();
  kept.set(db, byKey);
  const hit = byKey.get(key);
  if (hit && hit.version === version && at - hit.at < REFRESH_MS) return hit.section;
  const section = await computeStockSection(db, options);
  if (byKey.size >= MAX_KEPT) byKey.clear();
  byKey.set(key, { version, at, section });
  return section;
}

async function computeStockSection(db: Database, options: StockOptions): Promise<StockSection> {
  const now = await snapshot(db, options.warehouseId);
  const { unitsShipped, movedSinceEnd } = await shippedAndMovedSince(db, options);
  const unitsOnHandAtEnd = now.unitsOnHand - movedSinceEnd;
  return {
    stockValue: now.stockValue,
    unitsOnHand: now.unitsOnHand,
    outOfStock: now.outOfStock,
    belowReorderPoint: now.belowReorderPoint,
    daysOfCover: daysOfCover(now.sellingAvailable, now.unitsPerDay),
    unitsShipped,
    unitsOnHandAtEnd,
    sellThroughRate: roundTo(ratio(unitsShipped, unitsShipped + unitsOnHandAtEnd), 4),
  };
}
