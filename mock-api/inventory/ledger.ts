/**
 * The only way stock changes: `postMovement` appends a ledger entry and moves
 * the stock level's on hand in the same transaction, refusing anything that
 * would take on hand below zero. Reservations (`reserve`) change `reserved`
 * without a movement, because nothing physically moved.
 */
import { DomainError, problem } from '../../src/domain/errors';
import { negativeStockProblem } from '../../src/domain/stock';
import type { StockLevel, StockMovement, StockReason } from '../../src/domain/types';
import type { RequestContext } from '../http/context';
import type { Store, Transaction } from '../store/store';

export interface MovementInput {
  productId: number;
  warehouseId: number;
  delta: number;
  reason: StockReason;
  note?: string;
  orderId?: number | null;
  shipmentId?: number | null;
  transferId?: number | null;
  reversesMovementId?: number | null;
}

/**
 * Stock levels are never deleted and their (product, warehouse) never changes,
 * so an id found once stays right; misses fall back to a scan (new products).
 */
const levelIds = new WeakMap<Store, Map<string, number>>();

function levelKey(productId: number, warehouseId: number): string {
  return `${productId}:${warehouseId}`;
}

export function findStockLevel(
  tx: Transaction,
  store: Store,
  productId: number,
  warehouseId: number,
): StockLevel | undefined {
  let index = levelIds.get(store);
  if (!index) {
    index = new Map();
    for (const level of store.all<StockLevel>('stock-levels'))
      index.set(levelKey(level.productId, level.warehouseId), level.id);
    levelIds.set(store, index);
  }
  const known = index.get(levelKey(productId, warehouseId));
  if (known !== undefined) return tx.get<StockLevel>('stock-levels', known);
  for (const level of tx.all<StockLevel>('stock-levels')) {
    if (level.productId === productId && level.warehouseId === warehouseId) {
      index.set(levelKey(productId, warehouseId), level.id);
      return level;
    }
  }
  return undefined;
}

export function requireStockLevel(
  tx: Transaction,
  store: Store,
  productId: number,
  warehouseId: number,
): StockLevel {
  const level = findStockLevel(tx, store, productId, warehouseId);
  if (!level) throw new DomainError(422, problem('errors.noStockLevel', { productId, warehouseId }));
  return level;
}

export function postMovement(
  tx: Transaction,
  store: Store,
  ctx: RequestContext,
  input: MovementInput,
): { movement: StockMovement; level: StockLevel } {
  const level = requireStockLevel(tx, store, input.productId, input.warehouseId);
  const refusal = negativeStockProblem(level.onHand, input.delta);
  if (refusal) throw new DomainError(422, refusal, { delta: refusal });
  const onHand = level.onHand + input.delta;
  const updated = tx.update<StockLevel>('stock-levels', level.id, {
    onHand,
    available: onHand - level.reserved,
  });
  const movement = tx.insert<StockMovement>('stock-movements', {
    productId: input.productId,
    warehouseId: input.warehouseId,
    delta: input.delta,
    reason: input.reason,
    balanceAfter: onHand,
    userId: ctx.user?.id ?? null,
    orderId: input.orderId ?? null,
    shipmentId: input.shipmentId ?? null,
    transferId: input.transferId ?? null,
    reversesMovementId: input.reversesMovementId ?? null,
    note: input.note ?? '',
  });
  return { movement, level: updated };
}

/** Changes the reserved quantity by `delta` (positive to reserve, negative to release). */
export function reserve(
  tx: Transaction,
  store: Store,
  productId: number,
  warehouseId: number,
  delta: number,
): StockLevel {
  const level = requireStockLevel(tx, store, productId, warehouseId);
  const reserved = level.reserved + delta;
  if (reserved < 0)
    throw new Error(`reservation of product ${productId} at ${warehouseId} would go negative`);
  return tx.update<StockLevel>('stock-levels', level.id, { reserved, available: level.onHand - reserved });
}

/**
 * Gives a new product a stock level in every warehouse, or a new warehouse one
 * for every product, so that every product has a level everywhere. The record
 * is new, so none of its levels exist yet and nothing needs scanning.
 */
export function createStockLevels(
  tx: Transaction,
  newRecord: { productId: number } | { warehouseId: number },
): void {
  const empty = { onHand: 0, reserved: 0, available: 0, reorderPoint: 0, binLocation: '' };
  if ('productId' in newRecord) {
    for (const w of tx.all<{ id: number }>('warehouses'))
      tx.insert('stock-levels', { ...empty, productId: newRecord.productId, warehouseId: w.id });
  } else {
    for (const p of tx.all<{ id: number }>('products'))
      tx.insert('stock-levels', { ...empty, productId: p.id, warehouseId: newRecord.warehouseId });
  }
}

/**
 * Removes the stock levels of a product or warehouse being deleted. The
 * caller has checked that no movement, order or shipment refers to it, so
 * these levels never held stock: they are parts of the record, not history.
 */
export function removeUnusedStockLevels(
  tx: Transaction,
  field: 'productId' | 'warehouseId',
  id: number,
): void {
  for (const level of [...tx.all<StockLevel>('stock-levels')]) {
    if (level[field] !== id) continue;
    if (level.onHand !== 0 || level.reserved !== 0)
      throw new Error(`stock level ${level.id} still holds stock`);
    tx.remove('stock-levels', level.id);
  }
}
