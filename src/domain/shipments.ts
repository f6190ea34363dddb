/**
 * Shipments and the order lines they carry: the shipment status machine,
 * quantity arithmetic over lines, and the checks on a new shipment, shared by
 * the API and the console's shipment form.
 */
import { fitsCarrier, normalizeTrackingNumber, type CarrierRules } from './carriers';
import { problem, type FieldProblems, type Problem } from './errors';
import { term } from './messages';
import { label } from './messages/labels';
import { SHIPMENT_STATUSES, type Id, type OrderStatus, type Shipment, type ShipmentStatus } from './types';
import { shipmentRequest } from './contract/orders';
import { MAX_LINES } from './contract/limits';
import { referenceProblems, valueProblems, type Lookup } from './contract/problems';

export const SHIPMENT_TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  pending: ['packed', 'cancelled'],
  packed: ['shipped', 'cancelled'],
  shipped: ['in_transit', 'delivered', 'exception'],
  in_transit: ['delivered', 'exception'],
  // A parcel in trouble is found again (in transit) or turns up at the customer.
  exception: ['in_transit', 'delivered'],
  delivered: [],
  cancelled: [],
};

/** Statuses in which the parcel's stock has left the warehouse. */
export const STOCK_LEFT_STATUSES: readonly ShipmentStatus[] = [
  'shipped',
  'in_transit',
  'delivered',
  'exception',
];

/** Orders whose goods may be packed and handed over: not on hold, not cancelled, not yet all shipped. */
export const SHIPPABLE_STATUSES: readonly OrderStatus[] = ['paid', 'processing', 'partially_shipped'];

/** The steps that need the order still shippable: packing the parcel and handing it over. */
export const SHIPPING_STEPS: readonly ShipmentStatus[] = ['packed', 'shipped'];

/**
 * Where a shipment may go next; given its order's status, only the steps the server will take
 * (a parcel of an order on hold may be cancelled, not packed).
 */
export function nextShipmentStatuses(
  status: ShipmentStatus,
  orderStatus?: OrderStatus,
  /** The order waits for its payment (./payments.ts): nothing is packed or shipped yet. */
  paymentHeld = false,
): readonly ShipmentStatus[] {
  const next = SHIPMENT_TRANSITIONS[status];
  if (!paymentHeld && (orderStatus === undefined || SHIPPABLE_STATUSES.includes(orderStatus))) return next;
  return next.filter((to) => !SHIPPING_STEPS.includes(to));
}

/** Null when the shipment may move to `to`, else the 409 problem naming the allowed next statuses. */
export function shipmentTransitionProblem(status: ShipmentStatus, to: unknown): Problem | null {
  const allowed = SHIPMENT_TRANSITIONS[status];
  if (allowed.includes(to as ShipmentStatus)) return null;
  return problem('errors.shipmentTransition', {
    from: label('shipment', status),
    to: (SHIPMENT_STATUSES as readonly unknown[]).includes(to) ? label('shipment', to as string) : String(to),
    allowed: allowed.length > 0 ? allowed.map((s) => label('shipment', s)) : term('orders.noneAllowed'),
  });
}

/** Product id → quantity. */
export type Quantities = Map<Id, number>;

export function sumLines(
  lines: Iterable<{ productId: Id; quantity: number }>,
  into: Quantities = new Map(),
): Quantities {
  for (const line of lines) into.set(line.productId, (into.get(line.productId) ?? 0) + line.quantity);
  return into;
}

type ShipmentLines = Pick<Shipment, 'status' | 'items'>;

export function shipmentQuantities(
  shipments: Iterable<ShipmentLines>,
  include: (status: ShipmentStatus) => boolean,
): Quantities {
  const totals: Quantities = new Map();
  for (const shipment of shipments) if (include(shipment.status)) sumLines(shipment.items, totals);
  return totals;
}

/** Units that have physically left for the customer. */
export function shippedQuantities(shipments: Iterable<ShipmentLines>): Quantities {
  return shipmentQuantities(shipments, (s) => STOCK_LEFT_STATUSES.includes(s));
}

/** Units on any shipment that is not cancelled: a new shipment cannot take them again. */
export function committedQuantities(shipments: Iterable<ShipmentLines>): Quantities {
  return shipmentQuantities(shipments, (s) => s !== 'cancelled');
}

/** What is left of `total` once `taken` is subtracted, per product, never below zero. */
export function remainingQuantities(total: Quantities, taken: Quantities): Quantities {
  const left: Quantities = new Map();
  for (const [productId, quantity] of total)
    left.set(productId, Math.max(0, quantity - (taken.get(productId) ?? 0)));
  return left;
}

export function totalOf(quantities: Quantities): number {
  let sum = 0;
  for (const quantity of quantities.values()) sum += quantity;
  return sum;
}

export interface Line {
  productId: Id;
  quantity: number;
}

export { MAX_LINES };

/**
 * Checks requested lines against per-product limits (what is still open to
 * ship or to return). Problems are keyed `items.<index>.<field>`; `overKey`
 * names the message for a quantity above its limit.
 */
export function checkLines(
  raw: unknown,
  limits: Quantities,
  overKey: string,
): { lines: Line[]; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (!Array.isArray(raw) || raw.length === 0)
    return { lines: [], problems: { items: problem('errors.noLines') } };
  if (raw.length > MAX_LINES)
    return { lines: [], problems: { items: problem('errors.tooManyLines', { max: MAX_LINES }) } };
  const lines: Line[] = [];
  const seen = new Set<Id>();
  raw.forEach((entry: unknown, index) => {
    const at = `items.${index}`;
    const { productId, quantity } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    if (typeof productId !== 'number' || !limits.has(productId)) {
      problems[`${at}.productId`] = problem('errors.notInOrder', { productId: String(productId) });
      return;
    }
    if (seen.has(productId)) {
      problems[`${at}.productId`] = problem('errors.duplicateLine', { productId });
      return;
    }
    seen.add(productId);
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
      problems[`${at}.quantity`] = problem('errors.positive');
      return;
    }
    const limit = limits.get(productId) ?? 0;
    if (quantity > limit)
      problems[`${at}.quantity`] = problem(overKey, { productId, requested: quantity, limit });
    lines.push({ productId, quantity });
  });
  return { lines, problems };
}

export interface ShipmentRequest {
  warehouseId: Id | null;
  carrier: string;
  trackingNumber: string;
  items: Line[];
}

/** The active carrier of a name, as Settings → Carriers keeps it. */
export type ActiveCarrierOf = (name: string) => CarrierRules | undefined;

/**
 * A new shipment's fields: an active carrier, a tracking number in that
 * carrier's format, and lines within what is still open to ship. `warehouseId`
 * null means the order's own warehouse.
 */
export function validateShipmentRequest(
  input: Record<string, unknown>,
  open: Quantities,
  carrierOf: ActiveCarrierOf,
  lookup?: Lookup,
): { request: ShipmentRequest; problems: FieldProblems } {
  const problems = referenceProblems(
    input,
    { warehouseId: 'warehouses' },
    valueProblems(shipmentRequest, input),
    lookup,
  );
  const trackingNumber =
    typeof input.trackingNumber === 'string' ? normalizeTrackingNumber(input.trackingNumber) : '';
  const carrier = typeof input.carrier === 'string' ? carrierOf(input.carrier.trim()) : undefined;
  if (!problems.carrier && !carrier)
    problems.carrier = problem('errors.carrierUnknown', { carrier: String(input.carrier) });
  if (carrier && !problems.trackingNumber && !fitsCarrier(carrier, trackingNumber)) {
    problems.trackingNumber = problem('errors.trackingNumber', { carrier: carrier.name });
  }
  const { lines, problems: lineProblems } = checkLines(input.items, open, 'errors.overShipment');
  for (const [field, found] of Object.entries(lineProblems)) problems[field] ??= found;
  const request: ShipmentRequest = {
    warehouseId: typeof input.warehouseId === 'number' ? input.warehouseId : null,
    carrier: carrier?.name ?? '',
    trackingNumber,
    items: lines,
  };
  return { request, problems };
}

/**
 * How many units of a product may leave a warehouse for an order. At the
 * order's own warehouse the units on hand include this order's reservation,
 * so the limit is on hand; elsewhere the reserved units belong to that
 * warehouse's own orders, so the limit is what is available.
 */
export function shippableFrom(
  level: { onHand: number; reserved: number },
  isOrdersWarehouse: boolean,
): number {
  return Math.max(0, isOrdersWarehouse ? level.onHand : level.onHand - level.reserved);
}

/** Parcels whose goods are still on the shelf: planned, but nobody has packed them yet. */
export const ON_SHELF_STATUSES: readonly ShipmentStatus[] = ['pending'];

type PlannedParcel = Pick<Shipment, 'status' | 'items' | 'warehouseId'>;

/**
 * What still has to come off a shelf for an order, per warehouse: what no parcel
 * covers yet, at the order's warehouse, and what parcels not yet packed hold,
 * at each parcel's warehouse. Packed, shipped and cancelled parcels need nothing.
 */
export function stillToPick(
  order: { warehouseId: Id; items: readonly Line[] },
  shipments: Iterable<PlannedParcel>,
): Map<Id, Quantities> {
  const parcels = [...shipments];
  const byWarehouse = new Map<Id, Quantities>();
  const add = (warehouseId: Id, quantities: Quantities) => {
    const into = byWarehouse.get(warehouseId) ?? new Map<Id, number>();
    for (const [productId, quantity] of quantities)
      if (quantity > 0) into.set(productId, (into.get(productId) ?? 0) + quantity);
    if (into.size > 0) byWarehouse.set(warehouseId, into);
  };
  add(order.warehouseId, remainingQuantities(sumLines(order.items), committedQuantities(parcels)));
  for (const parcel of parcels)
    if (ON_SHELF_STATUSES.includes(parcel.status)) add(parcel.warehouseId, sumLines(parcel.items));
  return byWarehouse;
}
