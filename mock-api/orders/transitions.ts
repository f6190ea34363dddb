/**
 * Manual order status changes (`POST /api/orders/:id/transitions`). The rules
 * of who may do what live in src/domain/orders.ts; this applies their effects:
 * cancelling gives back the reservation and cancels the parcels not yet sent.
 */
import { DomainError, problem } from '../../src/domain/errors';
import { checkTransition, transitionPatch } from '../../src/domain/orders';
import type { Order, Shipment } from '../../src/domain/types';
import { checkField } from '../../src/domain/validation/fields';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import type { Store, Transaction } from '../store/store';
import { childrenOf } from './children';
import { refuseIfAny, releaseUnshipped, setOrderStatus } from './workflow';

const REASON_RULE = { kind: 'text', max: 500 } as const;

export function transitionOrder(
  tx: Transaction,
  store: Store,
  ctx: RequestContext,
  order: Order,
  input: Record<string, unknown>,
): Order {
  const reasonProblem = checkField(REASON_RULE, input.reason);
  if (reasonProblem) refuseIfAny({ reason: reasonProblem });
  const role = ctx.user?.role;
  if (!role) throw new DomainError(401, problem('errors.unauthenticated'));
  const check = checkTransition(order, input.to, input.reason, role);
  if (!check.ok) throw new DomainError(check.status, check.problem, check.fields);
  const { to } = check.transition;
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (to === 'cancelled') {
    releaseUnshipped(tx, store, order);
    cancelOpenShipments(tx, store, ctx, order, reason);
  }
  return setOrderStatus(tx, ctx, order, to, reason, transitionPatch(order, to, tx.at));
}

/** Parcels still in the warehouse go with the order; none has left, or the order could not be cancelled. */
function cancelOpenShipments(
  tx: Transaction,
  store: Store,
  ctx: RequestContext,
  order: Order,
  reason: string,
): void {
  for (const shipment of childrenOf<Shipment>(tx, store, 'shipments', order.id)) {
    if (shipment.status !== 'pending' && shipment.status !== 'packed') continue;
    const updated = tx.update<Shipment>('shipments', shipment.id, { status: 'cancelled' });
    recordAudit(tx, ctx, {
      action: 'transition',
      resource: 'shipments',
      recordId: shipment.id,
      before: { status: shipment.status },
      after: { status: updated.status },
      note: reason,
    });
  }
}
