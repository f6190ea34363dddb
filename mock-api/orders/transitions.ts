/**
 * Manual order status changes (`POST /api/orders/:id/transitions`). The rules
 * of who may do what live in src/domain/orders.ts; this applies their effects:
 * cancelling gives back the reservation and cancels the parcels not yet sent.
 */
import { DomainError, problem } from '../../src/domain/errors';
import { checkTransition, transitionPatch } from '../../src/domain/orders';
import type { Order, Shipment } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import type { WriteTransaction } from '../store/database';
import { childrenOf } from './children';
import { releaseUnshipped, setOrderStatus } from './workflow';

export async function transitionOrder(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  input: Record<string, unknown>,
): Promise<Order> {
  const role = ctx.user?.role;
  if (!role) throw new DomainError(401, problem('errors.unauthenticated'));
  const check = checkTransition(order, input.to, input.reason, role);
  if (!check.ok) throw new DomainError(check.status, check.problem, check.fields);
  const { to } = check.transition;
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (to === 'cancelled') {
    await releaseUnshipped(tx, order);
    await cancelOpenShipments(tx, ctx, order, reason);
  }
  return setOrderStatus(tx, ctx, order, to, reason, transitionPatch(order, to, tx.at));
}

/** Parcels still in the warehouse go with the order; none has left, or the order could not be cancelled. */
async function cancelOpenShipments(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  reason: string,
): Promise<void> {
  for (const shipment of await childrenOf<Shipment>(tx, 'shipments', order.id)) {
    if (shipment.status !== 'pending' && shipment.status !== 'packed') continue;
    const updated = await tx.update<Shipment>('shipments', shipment.id, { status: 'cancelled' });
    await recordAudit(tx, ctx, {
      action: 'transition',
      resource: 'shipments',
      recordId: shipment.id,
      before: { status: shipment.status },
      after: { status: updated.status },
      note: reason,
    });
  }
}
