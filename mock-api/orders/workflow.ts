/**
 * The steps every order workflow shares: changing an order's status (with its
 * timeline event and audit entry), deriving the status from its shipments,
 * releasing reservations, and checking a warehouse can give what a shipment
 * takes. All run inside the caller's transaction.
 */
import { formatMessage } from '../../src/domain/messages';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import { statusFromShipments } from '../../src/domain/orders';
import {
  remainingQuantities,
  shippableFrom,
  shippedQuantities,
  sumLines,
  type Line,
} from '../../src/domain/shipments';
import type { Order, OrderEvent, OrderStatus, Shipment, Warehouse } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import { requireStockLevel, reserve } from '../inventory/ledger';
import type { WriteTransaction } from '../store/database';
import { childrenOf } from './children';

/** Sets the status, appends the timeline event (who, when, why) and audits it as a transition. */
export async function setOrderStatus(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  to: OrderStatus,
  note: TimelineNote,
  patch: Partial<Order> = {},
): Promise<Order> {
  const written = typeof note === 'string';
  const event: OrderEvent = {
    at: tx.at,
    userId: ctx.user?.id ?? null,
    from: order.status,
    to,
    reason: written ? note : '',
    ...(written ? {} : { code: note.code, params: note.params ?? {} }),
  };
  const updated = await tx.update<Order>('orders', order.id, {
    ...patch,
    status: to,
    timeline: [...order.timeline, event],
  });
  const fields = ['status', ...Object.keys(patch)] as (keyof Order)[];
  const pick = (record: Order) => Object.fromEntries(fields.map((field) => [field, record[field]]));
  await recordAudit(tx, ctx, {
    action: 'transition',
    resource: 'orders',
    recordId: order.id,
    before: pick(order),
    after: pick(updated),
    note: written ? note : formatMessage('en', note.code, note.params),
  });
  return updated;
}

/** A timeline entry's note: what a person wrote, or what the system recorded as a message key with parameters. */
export type TimelineNote = string | { code: string; params?: Record<string, string | number> };

/** Moves the order to partially_shipped, shipped or delivered when its shipments say so. */
export async function syncOrderWithShipments(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  note: TimelineNote,
): Promise<Order> {
  const shipments = await childrenOf<Shipment>(tx, 'shipments', order.id);
  const next = statusFromShipments(order, shipments);
  if (!next) return order;
  const patch: Partial<Order> = {};
  if ((next === 'partially_shipped' || next === 'shipped') && order.shippedAt === null)
    patch.shippedAt = tx.at;
  if (next === 'delivered') patch.deliveredAt = tx.at;
  return setOrderStatus(tx, ctx, order, next, note, patch);
}

/** Gives back the reservation of everything the order has not shipped (on cancel). */
export async function releaseUnshipped(tx: WriteTransaction, order: Order): Promise<void> {
  const shipments = await childrenOf<Shipment>(tx, 'shipments', order.id);
  const unshipped = remainingQuantities(sumLines(order.items), shippedQuantities(shipments));
  for (const [productId, quantity] of unshipped) {
    if (quantity > 0) await reserve(tx, productId, order.warehouseId, -quantity);
  }
}

/**
 * Refuses (422, per line, with the numbers) when the warehouse cannot give the
 * lines: see `shippableFrom` for why the order's own warehouse and the others
 * differ.
 */
export async function checkWarehouseCanShip(
  tx: WriteTransaction,
  order: Order,
  warehouseId: number,
  lines: readonly Line[],
): Promise<void> {
  const problems: FieldProblems = {};
  const own = warehouseId === order.warehouseId;
  const warehouse = (await tx.get<Warehouse>('warehouses', warehouseId))?.code ?? `#${warehouseId}`;
  for (const [index, line] of lines.entries()) {
    const level = await requireStockLevel(tx, line.productId, warehouseId);
    if (line.quantity <= shippableFrom(level, own)) continue;
    const sku = order.items.find((item) => item.productId === line.productId)?.sku ?? `#${line.productId}`;
    const params = {
      warehouse,
      sku,
      requested: line.quantity,
      onHand: level.onHand,
      available: Math.max(0, level.available),
      reserved: level.reserved,
    };
    problems[`items.${index}.quantity`] = problem(
      own ? 'errors.notEnoughOnHand' : 'errors.notEnoughAvailable',
      params,
    );
  }
  refuseIfAny(problems);
}

/** 422 whose message is the problem itself when there is only one, so it carries the numbers. */
export function refuseIfAny(problems: FieldProblems): void {
  if (!hasProblems(problems)) return;
  const all = Object.values(problems);
  throw new DomainError(422, all.length === 1 ? all[0]! : problem('errors.invalid'), problems);
}
