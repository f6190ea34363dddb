/**
 * The records every collection holds, as the API sends them. The record types
 * in ../types.ts are inferred from these schemas, so the console, the mock API
 * and the published OpenAPI document cannot disagree about a field.
 */
import { ROLES } from '../permissions';
import {
  AUDIT_ACTIONS,
  CURRENCY_DISPLAYS,
  PAYMENT_KINDS,
  ORDER_STATUSES,
  PRODUCT_STATUSES,
  PROMOTION_SCOPES,
  PROMOTION_TYPES,
  SHIPMENT_STATUSES,
  STOCK_REASONS,
  TRANSFER_STATUSES,
} from '../constants';
import {
  baseRecord,
  cents,
  count,
  id,
  ids,
  integer,
  isoDateTime,
  nullableDateTime,
  nullableId,
  z,
} from './fields';

export const category = z.object({
  ...baseRecord,
  name: z.string(),
  slug: z.string(),
  parentId: nullableId,
  /** Order among siblings; lower comes first. */
  position: integer,
});

export const product = z.object({
  ...baseRecord,
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  categoryId: nullableId,
  price: cents,
  cost: cents,
  status: z.enum(PRODUCT_STATUSES),
  barcode: z.string().nullable(),
  imageUrl: z.string().nullable(),
  weightGrams: count,
});

export const warehouse = z.object({ ...baseRecord, code: z.string(), name: z.string(), city: z.string() });

export const stockLevel = z.object({
  ...baseRecord,
  productId: id,
  warehouseId: id,
  onHand: integer,
  reserved: integer,
  /** Always onHand − reserved; stored so lists can sort and filter on it. */
  available: integer,
  reorderPoint: integer,
  binLocation: z.string(),
});

export const stockMovement = z.object({
  ...baseRecord,
  productId: id,
  warehouseId: id,
  delta: integer,
  reason: z.enum(STOCK_REASONS),
  balanceAfter: integer,
  userId: nullableId,
  orderId: nullableId,
  shipmentId: nullableId,
  transferId: nullableId,
  /** Set when this movement compensates (undoes) an earlier one. */
  reversesMovementId: nullableId,
  note: z.string(),
});

export const transferItem = z.object({
  productId: id,
  quantity: count,
  /** Set when received: what actually arrived (the rest is recorded as loss). */
  receivedQuantity: count.nullable(),
});

export const stockTransfer = z.object({
  ...baseRecord,
  number: z.string(),
  fromWarehouseId: id,
  toWarehouseId: id,
  status: z.enum(TRANSFER_STATUSES),
  items: z.array(transferItem),
  note: z.string(),
  shortfallReason: z.string().nullable(),
  createdBy: nullableId,
  dispatchedAt: nullableDateTime,
  receivedAt: nullableDateTime,
  cancelledAt: nullableDateTime,
});

export const address = z.object({
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});

export const customer = z.object({
  ...baseRecord,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  address,
});

export const orderItem = z.object({
  productId: id,
  sku: z.string(),
  name: z.string(),
  quantity: count,
  unitPrice: cents,
  /** Discount on the whole line (not per unit), in cents. */
  discount: cents,
});

export const orderEvent = z.object({
  at: isoDateTime,
  userId: nullableId,
  from: z.enum(ORDER_STATUSES).nullable(),
  to: z.enum(ORDER_STATUSES),
  /** What a person wrote (a hold's or a cancellation's reason); empty when the event speaks for itself. */
  reason: z.string(),
  /**
   * What happened, when the system recorded it: a message key (`timeline.*` in
   * src/domain/messages) with its parameters, shown in the reader's language.
   */
  code: z.string().nullable().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const order = z.object({
  ...baseRecord,
  number: z.string(),
  customerId: id,
  status: z.enum(ORDER_STATUSES),
  /** The warehouse whose stock this order reserves. */
  warehouseId: id,
  /** Null on orders from before the shop kept shipping and payment methods. */
  shippingMethodId: nullableId,
  paymentMethodId: nullableId,
  items: z.array(orderItem),
  subtotal: cents,
  discountTotal: cents,
  /**
   * Shipping as the order's method charged it before promotions (its price, or
   * nothing from its free-shipping threshold), kept as sold: a later price
   * change does not rewrite what a promotion waived (this − shippingTotal).
   */
  shippingCharge: cents,
  shippingTotal: cents,
  taxTotal: cents,
  total: cents,
  promotionIds: ids,
  shippingAddress: address,
  placedAt: isoDateTime,
  paidAt: nullableDateTime,
  shippedAt: nullableDateTime,
  deliveredAt: nullableDateTime,
  cancelledAt: nullableDateTime,
  refundedTotal: cents,
  /** Status before on_hold, restored on release. */
  holdFrom: z.enum(ORDER_STATUSES).nullable(),
  timeline: z.array(orderEvent),
});

export const carrier = z.object({
  ...baseRecord,
  name: z.string(),
  trackingPattern: z.string().nullable(),
  trackingUrlTemplate: z.string().nullable(),
  active: z.boolean(),
});

export const shippingMethod = z.object({
  ...baseRecord,
  name: z.string(),
  carrierId: id,
  price: cents,
  /** Orders with a subtotal at or above this ship free; null: never free. */
  freeShippingFrom: cents.nullable(),
  /** Hours from payment to dispatch the shop promises with this method. */
  dispatchHours: count,
  active: z.boolean(),
});

export const paymentMethod = z.object({
  ...baseRecord,
  name: z.string(),
  kind: z.enum(PAYMENT_KINDS),
  /** Whether orders paid this way wait for the money before they are fulfilled (prepayment). */
  waitsForPayment: z.boolean(),
  active: z.boolean(),
});

/** The one shop settings record (id 1): who the shop is, where it keeps its days, how it shows money. */
export const shopSettings = z.object({
  ...baseRecord,
  name: z.string(),
  /** Lines printed on packing slips and other documents, one per line break. */
  address: z.string(),
  /** The IANA zone the shop's days, reports and promotion windows are in. */
  timeZone: z.string(),
  currencyDisplay: z.enum(CURRENCY_DISPLAYS),
  /** The dispatch promise (hours from payment) for orders placed without a shipping method. */
  serviceLevelHours: count,
});

export const shipmentItem = z.object({ productId: id, quantity: count });

export const shipment = z.object({
  ...baseRecord,
  orderId: id,
  warehouseId: id,
  /** The carrier's name as it was when the parcel was booked (Settings → Carriers). */
  carrier: z.string(),
  trackingNumber: z.string(),
  status: z.enum(SHIPMENT_STATUSES),
  items: z.array(shipmentItem),
  shippedAt: nullableDateTime,
  deliveredAt: nullableDateTime,
});

export const returnItem = z.object({
  productId: id,
  quantity: count,
  /** Whether the units go back on the shelf (a 'return' movement) or are written off. */
  restock: z.boolean(),
  /** Where restocked units go; null when not restocked. */
  warehouseId: nullableId,
});

export const orderReturn = z.object({
  ...baseRecord,
  orderId: id,
  items: z.array(returnItem),
  reason: z.string(),
  userId: nullableId,
});

export const refund = z.object({
  ...baseRecord,
  orderId: id,
  amount: cents,
  reason: z.string(),
  userId: nullableId,
});

export const promotion = z.object({
  ...baseRecord,
  name: z.string(),
  code: z.string().nullable(),
  type: z.enum(PROMOTION_TYPES),
  /** percent: 1–100; fixed: cents; free_shipping and buy_x_get_y: 0. */
  value: count,
  buyQuantity: count.nullable(),
  getQuantity: count.nullable(),
  scope: z.enum(PROMOTION_SCOPES),
  categoryIds: ids,
  productIds: ids,
  minSubtotal: cents,
  startsAt: isoDateTime,
  endsAt: nullableDateTime,
  usageLimit: count.nullable(),
  perCustomerLimit: count.nullable(),
  usageCount: count,
  budget: cents.nullable(),
  discountGiven: count,
  priority: integer,
  combinable: z.boolean(),
  paused: z.boolean(),
  /** A draft is never applied, whatever its window. */
  draft: z.boolean(),
});

/** One code of a generated batch; a promotion with a batch needs one of its codes (or its own code). */
export const promotionCode = z.object({
  ...baseRecord,
  promotionId: id,
  code: z.string(),
  usedAt: nullableDateTime,
});

export const user = z.object({
  ...baseRecord,
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  /** Warehouses a warehouse user works in; empty means all. */
  warehouseIds: ids,
  lastLoginAt: nullableDateTime,
});

export const listSort = z.tuple([z.string(), z.enum(['ASC', 'DESC'])]);

/** A named list filter a user saved for one resource ("Low stock in Berlin"). */
export const savedFilter = z.object({
  ...baseRecord,
  userId: id,
  resource: z.string(),
  name: z.string(),
  filter: z.record(z.string(), z.unknown()),
  /** The list's sort when saved. */
  sort: listSort.nullable(),
});

export const fieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const auditEntry = z.object({
  ...baseRecord,
  at: isoDateTime,
  userId: nullableId,
  username: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  resource: z.string(),
  recordId: nullableId,
  changes: z.array(fieldChange),
  note: z.string(),
});

/** The signed-in user as the API returns it: never a password hash. */
export const sessionUser = z.object({
  id,
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  warehouseIds: ids,
});
