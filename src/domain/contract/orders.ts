/** Requests and answers of the order workflow: customers, transitions, shipments, returns, refunds, picking. */
import { ORDER_STATUSES, SHIPMENT_STATUSES } from '../constants';
import {
  cents,
  count,
  id,
  lines,
  message,
  note,
  nullableId,
  quantity,
  requiredText,
  text,
  version,
  whole,
  z,
} from './fields';
import { MAX_CODE_LENGTH, MAX_EMAIL_LENGTH, MAX_LINES, MAX_NOTE_LENGTH } from './limits';
import { auditEntry, customer, order, orderReturn, refund, shipment } from './records';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const addressInput = z.strictObject({
  name: text(),
  street: text(),
  postalCode: text(20),
  city: text(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'errors.countryCode'),
});

export const customerInput = z.strictObject({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: z.string().trim().min(1).max(MAX_EMAIL_LENGTH).regex(EMAIL_PATTERN, 'errors.email'),
  phone: text(40).optional(),
  address: addressInput.optional(),
});
export const customerPatch = customerInput.partial();

/** An order as the API shows it: the stored record plus what it computes per request. */
export const presentedOrder = order.extend({
  late: z.boolean(),
  paidTotal: cents,
  balance: whole(),
});

export const orderTransition = z.strictObject({
  to: z.enum(ORDER_STATUSES),
  reason: text(MAX_NOTE_LENGTH).optional(),
  /** The version the user saw; a stale one is refused with 409. */
  version: version.optional(),
});

const shipmentLine = z.strictObject({ productId: id, quantity });

export const shipmentRequest = z.strictObject({
  /** Null or left out: the order's own warehouse. */
  warehouseId: nullableId.optional(),
  /** The name of an active carrier (Settings → Carriers). */
  carrier: requiredText(MAX_CODE_LENGTH),
  trackingNumber: z.string().trim().min(1).max(MAX_CODE_LENGTH),
  items: lines(shipmentLine, MAX_LINES),
  version: version.optional(),
});

export const shipmentResult = z.object({ shipment, order: presentedOrder });

export const shipmentTransition = z.strictObject({
  to: z.enum(SHIPMENT_STATUSES),
  version: version.optional(),
});

/** All or nothing: a 409 carries one refusal reason per shipment id in `errors`. */
const bulkIds = message('errors.bulkIds', { max: 500 });
export const bulkShipmentTransition = z.strictObject({
  ids: z
    .array(id, bulkIds)
    .min(1, bulkIds)
    .max(500, bulkIds)
    .refine((list) => new Set(list).size === list.length, bulkIds),
  to: z.enum(SHIPMENT_STATUSES),
});
export const bulkShipmentResult = z.object({ shipments: z.array(shipment) });

const returnLine = z.strictObject({
  productId: id,
  quantity,
  restock: z.boolean(),
  warehouseId: nullableId.optional(),
});

export const returnRequest = z.strictObject({
  items: lines(returnLine, MAX_LINES),
  reason: requiredText(MAX_NOTE_LENGTH),
  version: version.optional(),
});
export const returnResult = z.object({ return: orderReturn, order: presentedOrder });

export const refundRequest = z.strictObject({
  amount: cents.min(1),
  reason: requiredText(MAX_NOTE_LENGTH),
  version: version.optional(),
});
export const refundResult = z.object({ refund, order: presentedOrder });

/** `orderIds=[4,7]` (a batch) or `warehouseId=2` (everything that warehouse still has to pick). */
export const pickListQuery = z.union([
  z.strictObject({
    orderIds: z
      .string()
      .max(20_000)
      .meta({ description: 'Order ids as a JSON array', examples: ['[4,7]'] }),
  }),
  z.strictObject({ warehouseId: z.string().regex(/^\d{1,15}$/, 'errors.integer') }),
]);

const pickOrderRef = z.object({ orderId: id, number: z.string(), quantity: count });
const pickLine = z.object({
  productId: id,
  sku: z.string(),
  name: z.string(),
  quantity: count,
  orders: z.array(pickOrderRef),
});
const pickBin = z.object({ binLocation: z.string(), lines: z.array(pickLine) });
const pickWarehouse = z.object({
  warehouseId: id,
  code: z.string(),
  name: z.string(),
  bins: z.array(pickBin),
});

export const pickList = z.object({ orderCount: count, warehouses: z.array(pickWarehouse) });

/** Erasing is confirmed by typing the customer's e-mail address, so it is never one stray click. */
export const erasureRequest = z.strictObject({
  confirmEmail: z.string().trim().min(1).max(MAX_EMAIL_LENGTH),
});
export const erasureResult = z.object({
  customerId: id,
  ordersAnonymised: count,
  auditEntriesRedacted: count,
});

export const personalData = z.object({
  exportedAt: z.string(),
  customer,
  orders: z.array(order),
  shipments: z.array(shipment),
  returns: z.array(orderReturn),
  refunds: z.array(refund),
  /** Changes to the customer's record as the audit log holds them. */
  history: z.array(auditEntry),
});

/** The sums of every order a list filter matches (src/domain/kpis/listTotals.ts). */
export const orderListTotals = z.object({
  orders: count,
  grossSales: count,
  discounts: count,
  refunds: count,
  netSales: z.number().int(),
  discountCost: count,
});

export { note };
