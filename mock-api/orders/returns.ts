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
import type { Store, Transaction } from '../store/store';
import { childrenOf, rememberChild } from './children';
import { refuseIfAny, setOrderStatus } from './workflow';

/** `POST /api/orders/:id/returns` */
export function createReturn(
  tx: Transaction,
  store: Store,
  ctx: RequestContext,
  order: Order,
  input: Record<string, unknown>,
): { return: OrderReturn; order: Order } {
  if (!RETURNABLE_STATUSES.includes(order.status)) {
    throw new DomainError(
      409,
      problem('errors.notReturnable', { number: order.number, status: label('order', order.status) }),
    );
  }
  const returnable = returnableQuantities(
    childrenOf<Shipment>(tx, store, 'shipments', order.id),
    childrenOf<OrderReturn>(tx, store, 'returns', order.id),
  );
  const { request, problems } = validateReturnRequest(input, returnable, order.warehouseId, lookupFor(tx));
  refuseIfAny(problems);
  for (const item of request.items) {
    if (!item.restock || item.warehouseId === null) continue;
    postMovement(tx, store, ctx, {
      productId: item.productId,
      warehouseId: item.warehouseId,
      delta: item.quantity,
      reason: 'return',
      orderId: order.id,
      note: `${order.number}: ${request.reason}`,
    });
  }
  const record = tx.insert<OrderReturn>('returns', {
    orderId: order.id,
    items: request.items,
    reason: request.reason,
    userId: ctx.user?.id ?? null,
  });
  rememberChild(store, 'returns', order.id, record.id);
  recordAudit(tx, ctx, {
    action: 'create',
    resource: 'returns',
    recordId: record.id,
    before: null,
    after: record,
  });
  const next = statusAfterReturn(remainingQuantities(returnable, sumLines(request.items)));
  const updated = next === order.status ? order : setOrderStatus(tx, ctx, order, next, request.reason);
  return { return: record, order: updated };
}

/** `POST /api/orders/:id/refunds` */
export function createRefund(
  tx: Transaction,
  ctx: RequestContext,
  order: Order,
  input: Record<string, unknown>,
): { refund: Refund; order: Order } {
  if (order.paidAt === null) throw new DomainError(409, problem('errors.notPaid', { number: order.number }));
  refuseIfAny(validateRefundRequest(input, order));
  const amount = input.amount as number;
  const reason = (input.reason as string).trim();
  const refund = tx.insert<Refund>('refunds', {
    orderId: order.id,
    amount,
    reason,
    userId: ctx.user?.id ?? null,
  });
  recordAudit(tx, ctx, {
    action: 'create',
    resource: 'refunds',
    recordId: refund.id,
    before: null,
    after: refund,
  });
  const updated = tx.update<Order>('orders', order.id, { refundedTotal: order.refundedTotal + amount });
  recordAudit(tx, ctx, {
    action: 'update',
    resource: 'orders',
    recordId: order.id,
    before: { refundedTotal: order.refundedTotal },
    after: { refundedTotal: updated.refundedTotal },
    note: reason,
  });
  return { refund, order: updated };
}
