/**
 * The order workflow, the same for the API (which enforces it) and the
 * console (which offers only the buttons the API would accept). Manual
 * transitions are listed here; shipping, delivery and return statuses follow
 * from shipments and returns and are never set by hand.
 */
import { can, type Role } from './permissions';
import { problem, type FieldProblems, type Problem } from './errors';
import { term } from './messages';
import { label } from './messages/labels';
import {
  checkLines,
  remainingQuantities,
  SHIPPABLE_STATUSES,
  shipmentQuantities,
  shippedQuantities,
  STOCK_LEFT_STATUSES,
  sumLines,
  totalOf,
  type Line,
  type Quantities,
} from './shipments';
import {
  ORDER_STATUSES,
  type Order,
  type OrderReturn,
  type OrderStatus,
  type ReturnItem,
  type Shipment,
} from './types';
import { refundRequest, returnRequest } from './contract/orders';
import { referenceProblems, valueProblems, type Lookup } from './contract/problems';

export interface ManualTransition {
  to: OrderStatus;
  /** `fulfil` for warehouse work (processing, hold, release); `transition` for everything else. */
  action: 'fulfil' | 'transition';
  reasonRequired: boolean;
}

const pay: ManualTransition = { to: 'paid', action: 'transition', reasonRequired: false };
const startProcessing: ManualTransition = { to: 'processing', action: 'fulfil', reasonRequired: false };
const hold: ManualTransition = { to: 'on_hold', action: 'fulfil', reasonRequired: true };
const cancel: ManualTransition = { to: 'cancelled', action: 'transition', reasonRequired: true };

const MANUAL_TRANSITIONS: Readonly<Record<OrderStatus, readonly ManualTransition[]>> = {
  pending: [pay, cancel],
  paid: [startProcessing, hold, cancel],
  processing: [hold, cancel],
  // Release goes back to where the hold started; see `manualTransitions`.
  on_hold: [cancel],
  partially_shipped: [],
  shipped: [],
  delivered: [],
  cancelled: [],
  partially_returned: [],
  returned: [],
};

/** Statuses only shipments and returns lead to. */
export const WORKFLOW_STATUSES: readonly OrderStatus[] = [
  'partially_shipped',
  'shipped',
  'delivered',
  'partially_returned',
  'returned',
];

/** Orders that still hold a reservation for what they have not shipped. */
export const OPEN_STATUSES: readonly OrderStatus[] = [
  'pending',
  'paid',
  'processing',
  'partially_shipped',
  'on_hold',
];

/** Orders whose goods may be packed and handed over (not on hold, not finished): said in ./shipments. */
export { SHIPPABLE_STATUSES };

/** Orders that can take a return. */
export const RETURNABLE_STATUSES: readonly OrderStatus[] = ['delivered', 'partially_returned'];

type OrderState = Pick<Order, 'status' | 'holdFrom'>;

/** Every manual transition out of the order's current status, whoever asks. */
export function manualTransitions(order: OrderState): readonly ManualTransition[] {
  const listed = MANUAL_TRANSITIONS[order.status];
  if (order.status !== 'on_hold' || !order.holdFrom) return listed;
  return [{ to: order.holdFrom, action: 'fulfil', reasonRequired: false }, ...listed];
}

/** The manual transitions this role may perform now: what the console shows as buttons. */
export function allowedTransitions(order: OrderState, role: Role): readonly ManualTransition[] {
  return manualTransitions(order).filter((t) => can(role, t.action, 'orders'));
}

export type TransitionCheck =
  | { ok: true; transition: ManualTransition }
  | { ok: false; status: 403 | 409 | 422; problem: Problem; fields?: FieldProblems };

/** Whether `role` may move the order to `to` with this reason, and if not, why. */
export function checkTransition(
  order: OrderState,
  to: unknown,
  reason: unknown,
  role: Role,
): TransitionCheck {
  const allowed = allowedTransitions(order, role).map((t) => t.to);
  const allowedText = allowed.length > 0 ? allowed.map((s) => label('order', s)) : term('orders.noneAllowed');
  const toText = (ORDER_STATUSES as readonly unknown[]).includes(to)
    ? label('order', to as string)
    : String(to);
  const transition = manualTransitions(order).find((t) => t.to === to);
  if (!transition) {
    const key = WORKFLOW_STATUSES.includes(to as OrderStatus)
      ? 'errors.orderStatusByWorkflow'
      : 'errors.orderTransition';
    return {
      ok: false,
      status: 409,
      problem: problem(key, { from: label('order', order.status), to: toText, allowed: allowedText }),
    };
  }
  if (!can(role, transition.action, 'orders')) {
    return {
      ok: false,
      status: 403,
      problem: problem('errors.forbidden', {
        role: term(`roles.${role}`),
        action: term(`actions.${transition.action}`),
        resource: term('collections.orders'),
      }),
    };
  }
  if (transition.reasonRequired && (typeof reason !== 'string' || reason.trim() === '')) {
    const required = problem('errors.required');
    return {
      ok: false,
      status: 422,
      problem: problem('errors.transitionNeedsReason', { to: label('order', transition.to) }),
      fields: { reason: required },
    };
  }
  return { ok: true, transition };
}

/** The fields a manual transition sets besides the status. */
export function transitionPatch(
  order: Pick<Order, 'status' | 'paidAt'>,
  to: OrderStatus,
  at: string,
): Partial<Order> {
  switch (to) {
    case 'paid':
      return order.status === 'on_hold' ? { holdFrom: null } : { paidAt: order.paidAt ?? at };
    case 'processing':
      return order.status === 'on_hold' ? { holdFrom: null } : {};
    case 'on_hold':
      return { holdFrom: order.status };
    case 'cancelled':
      return { cancelledAt: at, holdFrom: null };
    default:
      return {};
  }
}

/** What the customer paid, what went back, and what the shop still holds. */
export function paymentSummary(order: Pick<Order, 'total' | 'paidAt' | 'refundedTotal'>) {
  const paidTotal = order.paidAt !== null ? order.total : 0;
  return { paidTotal, refundedTotal: order.refundedTotal, balance: paidTotal - order.refundedTotal };
}

/** The order status once shipments have moved on; null when it stays as it is. */
export function statusFromShipments(
  order: Pick<Order, 'status' | 'items'>,
  shipments: readonly Pick<Shipment, 'status' | 'items'>[],
): OrderStatus | null {
  const unshipped = totalOf(remainingQuantities(sumLines(order.items), shippedQuantities(shipments)));
  const anyShipped = shipments.some((s) => STOCK_LEFT_STATUSES.includes(s.status));
  const live = shipments.filter((s) => s.status !== 'cancelled');
  let next: OrderStatus = order.status;
  if (SHIPPABLE_STATUSES.includes(order.status) && anyShipped)
    next = unshipped === 0 ? 'shipped' : 'partially_shipped';
  if (next === 'shipped' && live.length > 0 && live.every((s) => s.status === 'delivered'))
    next = 'delivered';
  return next === order.status ? null : next;
}

/** Delivered units not yet returned, per product. */
export function returnableQuantities(
  shipments: Iterable<Pick<Shipment, 'status' | 'items'>>,
  returns: Iterable<Pick<OrderReturn, 'items'>>,
): Quantities {
  const delivered = shipmentQuantities(shipments, (s) => s === 'delivered');
  const returned: Quantities = new Map();
  for (const r of returns) sumLines(r.items, returned);
  return remainingQuantities(delivered, returned);
}

/** Cents as "12.34 EUR" for messages, which carry no locale-specific formatting. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} EUR`;
}

export interface ReturnRequest {
  items: ReturnItem[];
  reason: string;
}

/**
 * A return's lines, each within what was delivered and not yet returned.
 * Restocked lines go back into `warehouseId`, by default the order's own.
 */
export function validateReturnRequest(
  input: Record<string, unknown>,
  returnable: Quantities,
  orderWarehouseId: number,
  lookup?: Lookup,
): { request: ReturnRequest; problems: FieldProblems } {
  const problems = valueProblems(returnRequest, input);
  const { lines, problems: lineProblems } = checkLines(input.items, returnable, 'errors.overReturn');
  for (const [field, found] of Object.entries(lineProblems)) problems[field] ??= found;
  const raw: unknown[] = Array.isArray(input.items) ? input.items : [];
  const items: ReturnItem[] = [];
  raw.forEach((entry, index) => {
    const { restock, warehouseId } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    referenceProblems(
      { [`items.${index}.warehouseId`]: warehouseId },
      { [`items.${index}.warehouseId`]: 'warehouses' },
      problems,
      lookup,
    );
    const line = lines.find((l) => l.productId === (entry as Line | null)?.productId);
    if (!line) return;
    const target = typeof warehouseId === 'number' ? warehouseId : orderWarehouseId;
    items.push({ ...line, restock: restock === true, warehouseId: restock === true ? target : null });
  });
  return {
    request: { items, reason: typeof input.reason === 'string' ? input.reason.trim() : '' },
    problems,
  };
}

/** After a return: returned once nothing delivered is left to come back. */
export function statusAfterReturn(stillReturnable: Quantities): OrderStatus {
  return totalOf(stillReturnable) === 0 ? 'returned' : 'partially_returned';
}

/** A refund: a positive amount of cents, never more than was paid and not yet refunded. */
export function validateRefundRequest(
  input: Record<string, unknown>,
  order: Pick<Order, 'total' | 'paidAt' | 'refundedTotal'>,
): FieldProblems {
  const problems = valueProblems(refundRequest, input);
  const { paidTotal, balance } = paymentSummary(order);
  if (!problems.amount && (input.amount as number) > balance) {
    problems.amount = problem('errors.overRefund', {
      requested: formatCents(input.amount as number),
      max: formatCents(balance),
      paid: formatCents(paidTotal),
      refunded: formatCents(order.refundedTotal),
    });
  }
  return problems;
}
