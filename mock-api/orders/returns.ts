/**
 * Returns and refunds of delivered orders. A return never exceeds what was
 * delivered and not yet returned; restocked lines come back through a
 * 'return' movement. A refund never exceeds what was paid and not yet
 * refunded. Both are separate, immutable records, so the history stays.
 */
import { label } from '../../src/domain/messages/labels';
import { DomainError, problem } from '../../src/domain/errors';
import {
  RETURNABLE_STATUSES,
  returnableQuantities,
  statusAfterReturn,
  validateRefundRequest,
  validateReturnRequest,
} from '../../src/domain/orders';
import { remainingQuantities, sumLines } from '../../src/domain/shipments';
import type { Order, OrderReturn, Refund, Shipment } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import { postMovement } from '../inventory/ledger';
import { lookupFor } from '../lookups';
import type { WriteTransaction } from '../store/database';
import { childrenOf } from './children';
import { refuseIfAny, setOrderStatus } from './workflow';

/** `POST /api/orders/:id/returns` */
export async function createReturn(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  input: Record<string, unknown>,
): Promise<{ return: OrderReturn; order: Order }> {
  if (!RETURNABLE_STATUSES.includes(order.status)) {
    throw new DomainError(
      409,
      problem('errors.notReturnable', { number: order.number, status: label('order', order.status) }),
    );
  }
  const returnable = returnableQuantities(
    await childrenOf<Shipment>(tx, 'shipments', order.id),
    await childrenOf<OrderReturn>(tx, 'returns', order.id),
  );
  const lookup = await lookupFor(tx, ['warehouses']);
  const { request, problems } = validateReturnRequest(input, returnable, order.warehouseId, lookup);
  refuseIfAny(problems);
  for (const item of request.items) {
    if (!item.restock || item.warehouseId === null) continue;
    await postMovement(tx, ctx, {
      productId: item.productId,
      warehouseId: item.warehouseId,
      delta: item.quantity,
      reason: 'return',
      orderId: order.id,
      note: `${order.number}: ${request.reason}`,
    });
  }
  const record = await tx.insert<OrderReturn>('returns', {
    orderId: order.id,
    items: request.items,
    reason: request.reason,
    userId: ctx.user?.id ?? null,
  });
  await recordAudit(tx, ctx, {
    action: 'create',
    resource: 'returns',
    recordId: record.id,
    before: null,
    after: record,
  });
  const next = statusAfterReturn(remainingQuantities(returnable, sumLines(request.items)));
  const updated = next === order.status ? order : await setOrderStatus(tx, ctx, order, next, request.reason);
  return { return: record, order: updated };
}

/** `POST /api/orders/:id/refunds` */
export async function createRefund(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  input: Record<string, unknown>,
): Promise<{ refund: Refund; order: Order }> {
  if (order.paidAt === null) throw new DomainError(409, problem('errors.notPaid', { number: order.number }));
  refuseIfAny(validateRefundRequest(input, order));
  const amount = input.amount as number;
  const reason = (input.reason as string).trim();
  const refund = await tx.insert<Refund>('refunds', {
    orderId: order.id,
    amount,
    reason,
    userId: ctx.user?.id ?? null,
  });
  await recordAudit(tx, ctx, {
    action: 'create',
    resource: 'refunds',
    recordId: refund.id,
    before: null,
    after: refund,
  });
  const updated = await tx.update<Order>('orders', order.id, { refundedTotal: order.refundedTotal + amount });
  await recordAudit(tx, ctx, {
    action: 'update',
    resource: 'orders',
    recordId: order.id,
    before: { refundedTotal: order.refundedTotal },
    after: { refundedTotal: updated.refundedTotal },
    note: reason,
  });
  return { refund, order: updated };
}
