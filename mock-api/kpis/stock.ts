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
import type { Store } from '../store/store';

export interface StockOptions {
  warehouseId: Id | null;
  /** The period as ISO instants, end exclusive. */
  start: string;
  end: string;
}

function snapshot(store: Store, warehouseId: Id | null) {
  const velocity = salesVelocity(store);
  const totals = {
    stockValue: 0,
    unitsOnHand: 0,
    outOfStock: 0,
    belowReorderPoint: 0,
    sellingAvailable: 0,
    unitsPerDay: 0,
  };
  for (const level of store.all<StockLevel>('stock-levels')) {
    if (warehouseId !== null && level.warehouseId !== warehouseId) continue;
    const product = store.get<Product>('products', level.productId);
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

function shippedAndMovedSince(store: Store, { warehouseId, start, end }: StockOptions) {
  let unitsShipped = 0;
  let movedSinceEnd = 0;
  for (const movement of store.all<StockMovement>('stock-movements')) {
    if (warehouseId !== null && movement.warehouseId !== warehouseId) continue;
    if (movement.createdAt >= end) movedSinceEnd += movement.delta;
    else if (movement.reason === 'shipment' && movement.createdAt >= start) unitsShipped -= movement.delta;
  }
  return { unitsShipped, movedSinceEnd };
}

const REFRESH_MS = 30_000;
const MAX_KEPT = 32;
const kept = new WeakMap<Store, Map<string, { seq: number; at: number; section: StockSection }>>();

export function stockSection(store: Store, options: StockOptions): StockSection {
  const key = `${options.warehouseId}|${options.start}|${options.end}`;
  const at = store.now().getTime();
  const byKey = kept.get(store) ?? new Map();
  kept.set(store, byKey);
  const hit = byKey.get(key);
  if (hit && hit.seq === store.seq && at - hit.at < REFRESH_MS) return hit.section;
  const section = computeStockSection(store, options);
  if (byKey.size >= MAX_KEPT) byKey.clear();
  byKey.set(key, { seq: store.seq, at, section });
  return section;
}

function computeStockSection(store: Store, options: StockOptions): StockSection {
  const now = snapshot(store, options.warehouseId);
  const { unitsShipped, movedSinceEnd } = shippedAndMovedSince(store, options);
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
