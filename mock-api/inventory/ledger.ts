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
import type { RecordReader, WriteTransaction } from '../store/database';

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

/** The stock level of a product in a warehouse, found by product (a handful of warehouses each). */
export async function findStockLevel(
  tx: RecordReader,
  productId: number,
  warehouseId: number,
): Promise<StockLevel | undefined> {
  const levels = await tx.findBy<StockLevel>('stock-levels', 'productId', productId);
  return levels.find((level) => level.warehouseId === warehouseId);
}

export async function requireStockLevel(
  tx: WriteTransaction,
  productId: number,
  warehouseId: number,
): Promise<StockLevel> {
  const level = await findStockLevel(tx, productId, warehouseId);
  if (!level) throw new DomainError(422, problem('errors.noStockLevel', { productId, warehouseId }));
  return level;
}

export async function postMovement(
  tx: WriteTransaction,
  ctx: RequestContext,
  input: MovementInput,
): Promise<{ movement: StockMovement; level: StockLevel }> {
  const level = await requireStockLevel(tx, input.productId, input.warehouseId);
  const refusal = negativeStockProblem(level.onHand, input.delta);
  if (refusal) throw new DomainError(422, refusal, { delta: refusal });
  const onHand = level.onHand + input.delta;
  const updated = await tx.update<StockLevel>('stock-levels', level.id, {
    onHand,
    available: onHand - level.reserved,
  });
  const movement = await tx.insert<StockMovement>('stock-movements', {
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
export async function reserve(
  tx: WriteTransaction,
  productId: number,
  warehouseId: number,
  delta: number,
): Promise<StockLevel> {
  const level = await requireStockLevel(tx, productId, warehouseId);
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
export async function createStockLevels(
  tx: WriteTransaction,
  newRecord: { productId: number } | { warehouseId: number },
): Promise<void> {
  const empty = { onHand: 0, reserved: 0, available: 0, reorderPoint: 0, binLocation: '' };
  if ('productId' in newRecord) {
    for (const w of await tx.all<{ id: number }>('warehouses'))
      await tx.insert('stock-levels', { ...empty, productId: newRecord.productId, warehouseId: w.id });
  } else {
    for (const p of await tx.all<{ id: number }>('products'))
      await tx.insert('stock-levels', { ...empty, productId: p.id, warehouseId: newRecord.warehouseId });
  }
}

/**
 * Removes the stock levels of a product or warehouse being deleted. The
 * caller has checked that no movement, order or shipment refers to it, so
 * these levels never held stock: they are parts of the record, not history.
 */
export async function removeUnusedStockLevels(
  tx: WriteTransaction,
  field: 'productId' | 'warehouseId',
  id: number,
): Promise<void> {
  for (const level of await tx.findBy<StockLevel>('stock-levels', field, id)) {
    if (level.onHand !== 0 || level.reserved !== 0)
      throw new Error(`stock level ${level.id} still holds stock`);
    await tx.remove('stock-levels', level.id);
  }
}
