/**
 * Shipments: created from an order's open lines, then moved through their
 * statuses. Marking one shipped takes the stock (a 'shipment' movement at the
 * shipping warehouse) and releases the same quantity of the order's
 * reservation at the order's own warehouse, wherever the parcel left from:
 * the reservation is "what this order has not shipped yet at its warehouse",
 * so every unit that leaves for the order shrinks it there.
 */
import { activeCarrierOf } from '../settings/resources';
import { DomainError, problem, type FieldProblems } from '../../src/domain/errors';
import { label } from '../../src/domain/messages/labels';
import { SHIPPABLE_STATUSES } from '../../src/domain/orders';
import {
  committedQuantities,
  remainingQuantities,
  SHIPPING_STEPS,
  shipmentTransitionProblem,
  sumLines,
  validateShipmentRequest,
} from '../../src/domain/shipments';
import { SHIPMENT_STATUSES, type Order, type Shipment, type ShipmentStatus } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import { postMovement, reserve } from '../inventory/ledger';
import { lookupFor } from '../lookups';
import { notFound, parseId } from '../rest/bridge';
import type { WriteTransaction } from '../store/database';
import { childrenOf } from './children';
import { refuseIfPaymentHeld } from './paymentHold';
import { checkWarehouseCanShip, refuseIfAny, setOrderStatus, syncOrderWithShipments } from './workflow';

export interface ShipmentResult {
  shipment: Shipment;
  order: Order;
}

/** Refuses to pack or ship an order its payment method holds back, on hold, or not (or no longer) shippable. */
async function refuseUnlessShippable(tx: WriteTransaction, order: Order): Promise<void> {
  await refuseIfPaymentHeld(tx, order);
  if (order.status === 'on_hold')
    throw new DomainError(409, problem('errors.orderOnHold', { number: order.number }));
  if (!SHIPPABLE_STATUSES.includes(order.status)) {
    throw new DomainError(
      409,
      problem('errors.orderNotShippable', { number: order.number, status: label('order', order.status) }),
    );
  }
}

/** `POST /api/orders/:id/shipments`: a pending parcel for lines not yet on another shipment. */
export async function createShipment(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  input: Record<string, unknown>,
): Promise<ShipmentResult> {
  await refuseUnlessShippable(tx, order);
  const shipments = await childrenOf<Shipment>(tx, 'shipments', order.id);
  const open = remainingQuantities(sumLines(order.items), committedQuantities(shipments));
  const { request, problems } = validateShipmentRequest(
    input,
    open,
    await activeCarrierOf(tx),
    await lookupFor(tx, ['warehouses']),
  );
  refuseIfAny(problems);
  const warehouseId = request.warehouseId ?? order.warehouseId;
  await checkWarehouseCanShip(tx, order, warehouseId, request.items);
  const shipment = await tx.insert<Shipment>('shipments', {
    orderId: order.id,
    warehouseId,
    carrier: request.carrier,
    trackingNumber: request.trackingNumber,
    status: 'pending',
    items: request.items,
    shippedAt: null,
    deliveredAt: null,
  });
  await recordAudit(tx, ctx, {
    action: 'create',
    resource: 'shipments',
    recordId: shipment.id,
    before: null,
    after: shipment,
  });
  const updated =
    order.status === 'paid'
      ? await setOrderStatus(tx, ctx, order, 'processing', {
          code: 'timeline.shipmentCreated',
          params: { id: shipment.id },
        })
      : order;
  return { shipment, order: updated };
}

/** Moves one shipment on; taking stock and updating the order as the new status requires. */
export async function advanceShipment(
  tx: WriteTransaction,
  ctx: RequestContext,
  shipment: Shipment,
  to: unknown,
): Promise<ShipmentResult> {
  const refusal = shipmentTransitionProblem(shipment.status, to);
  if (refusal) throw new DomainError(409, refusal);
  const next = to as ShipmentStatus;
  const order = await tx.get<Order>('orders', shipment.orderId);
  if (!order) throw new Error(`shipment ${shipment.id} belongs to missing order ${shipment.orderId}`);
  if (SHIPPING_STEPS.includes(next)) await refuseUnlessShippable(tx, order);
  const patch: Partial<Shipment> = { status: next };
  if (next === 'shipped') {
    await takeStock(tx, ctx, order, shipment);
    patch.shippedAt = tx.at;
  }
  if (next === 'delivered') patch.deliveredAt = tx.at;
  const updated = await tx.update<Shipment>('shipments', shipment.id, patch);
  await recordAudit(tx, ctx, {
    action: 'transition',
    resource: 'shipments',
    recordId: shipment.id,
    before: shipment,
    after: updated,
  });
  const note = {
    code: `timeline.shipment.${next}`,
    params: { id: shipment.id, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber },
  };
  return { shipment: updated, order: await syncOrderWithShipments(tx, ctx, order, note) };
}

async function takeStock(
  tx: WriteTransaction,
  ctx: RequestContext,
  order: Order,
  shipment: Shipment,
): Promise<void> {
  await checkWarehouseCanShip(tx, order, shipment.warehouseId, shipment.items);
  for (const item of shipment.items) {
    await postMovement(tx, ctx, {
      productId: item.productId,
      warehouseId: shipment.warehouseId,
      delta: -item.quantity,
      reason: 'shipment',
      orderId: order.id,
      shipmentId: shipment.id,
      note: order.number,
    });
    await reserve(tx, item.productId, order.warehouseId, -item.quantity);
  }
}

export const MAX_BULK = 500;

/** Parses `{ ids, to }` of a bulk request; 422 when malformed. */
export function parseBulk(input: Record<string, unknown>): { ids: number[]; to: ShipmentStatus } {
  const problems: FieldProblems = {};
  const ids = Array.isArray(input.ids) ? input.ids.map(parseId) : [];
  if (
    ids.length === 0 ||
    ids.length > MAX_BULK ||
    ids.some((id) => id === null) ||
    new Set(ids).size !== ids.length
  ) {
    problems.ids = problem('errors.bulkIds', { max: MAX_BULK });
  }
  if (!(SHIPMENT_STATUSES as readonly unknown[]).includes(input.to)) {
    problems.to = problem('errors.notOneOf', { allowed: SHIPMENT_STATUSES.join(', ') });
  }
  refuseIfAny(problems);
  return { ids: ids as number[], to: input.to as ShipmentStatus };
}

/**
 * All or nothing: every shipment is tried in the one transaction so each
 * refusal can be reported; if any is refused the whole transaction is thrown
 * away with a reason per shipment id.
 */
export async function bulkAdvance(
  tx: WriteTransaction,
  ctx: RequestContext,
  ids: readonly number[],
  to: ShipmentStatus,
): Promise<Shipment[]> {
  const refused: FieldProblems = {};
  const done: Shipment[] = [];
  for (const id of ids) {
    const shipment = await tx.get<Shipment>('shipments', id);
    try {
      if (!shipment) throw notFound('shipments', id);
      done.push((await advanceShipment(tx, ctx, shipment, to)).shipment);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused[String(id)] = error.problem;
    }
  }
  const count = Object.keys(refused).length;
  if (count > 0)
    throw new DomainError(
      409,
      problem('errors.bulkShipmentsRefused', {
        refused: count,
        total: ids.length,
        to: label('shipment', to),
      }),
      refused,
    );
  return done;
}
