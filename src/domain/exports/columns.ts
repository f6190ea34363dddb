/**
 * What every list's CSV export holds, column by column: the fields the screen
 * shows, in the screen's order, each with how a person reads it. The API writes
 * these (mock-api/rest/export.ts); headers are the console's own field labels,
 * so an export reads like the list it came from.
 */
import type { LabelKind } from '../messages/labels';
import type { CollectionName } from '../resources';

export type ColumnKind =
  | 'text'
  | 'number'
  /** Integer cents, written in euros with the reader's decimal mark. */
  | 'money'
  /** An ISO instant, written as a date and time in the shop's time zone. */
  | 'date'
  | 'bool'
  /** A value of a closed set, written as its word (src/domain/messages/labels.ts). */
  | { label: LabelKind }
  /** An id of another record: its id and, in the next column, its name. */
  | { ref: CollectionName }
  /** A list of ids of other records: their names, comma-separated. */
  | { refs: CollectionName }
  /** A postal address object, on one line. */
  | 'address';

export interface ExportColumn {
  field: string;
  kind: ColumnKind;
}

type Spec = Record<string, ColumnKind>;

function columns(spec: Spec): readonly ExportColumn[] {
  return Object.entries(spec).map(([field, kind]) => ({ field, kind }));
}

const stamps: Spec = { createdAt: 'date', updatedAt: 'date' };

/**
 * Products are missing here on purpose: their export keeps the column names and
 * plain decimals the product import reads, so a file can be edited and imported
 * back (mock-api/catalog/resources.ts).
 */
export const EXPORT_COLUMNS: Record<Exclude<CollectionName, 'products'>, readonly ExportColumn[]> = {
  categories: columns({
    id: 'number',
    name: 'text',
    slug: 'text',
    parentId: { ref: 'categories' },
    position: 'number',
    productCount: 'number',
  }),
  warehouses: columns({ id: 'number', code: 'text', name: 'text', city: 'text' }),
  'stock-levels': columns({
    id: 'number',
    productId: { ref: 'products' },
    warehouseId: { ref: 'warehouses' },
    binLocation: 'text',
    onHand: 'number',
    reserved: 'number',
    available: 'number',
    reorderPoint: 'number',
    updatedAt: 'date',
  }),
  'stock-movements': columns({
    id: 'number',
    createdAt: 'date',
    productId: { ref: 'products' },
    warehouseId: { ref: 'warehouses' },
    reason: { label: 'stockReason' },
    delta: 'number',
    balanceAfter: 'number',
    userId: { ref: 'users' },
    note: 'text',
    orderId: { ref: 'orders' },
    transferId: { ref: 'stock-transfers' },
    shipmentId: 'number',
    reversesMovementId: 'number',
  }),
  'stock-transfers': columns({
    id: 'number',
    number: 'text',
    fromWarehouseId: { ref: 'warehouses' },
    toWarehouseId: { ref: 'warehouses' },
    status: { label: 'transfer' },
    createdBy: { ref: 'users' },
    createdAt: 'date',
    dispatchedAt: 'date',
    receivedAt: 'date',
    cancelledAt: 'date',
  }),
  customers: columns({
    id: 'number',
    firstName: 'text',
    lastName: 'text',
    email: 'text',
    phone: 'text',
    ...stamps,
  }),
  orders: columns({
    id: 'number',
    number: 'text',
    placedAt: 'date',
    status: { label: 'order' },
    customerId: { ref: 'customers' },
    warehouseId: { ref: 'warehouses' },
    shippingMethodId: { ref: 'shipping-methods' },
    paymentMethodId: { ref: 'payment-methods' },
    subtotal: 'money',
    discountTotal: 'money',
    shippingTotal: 'money',
    taxTotal: 'money',
    total: 'money',
    refundedTotal: 'money',
    promotionIds: { refs: 'promotions' },
    paidAt: 'date',
    shippedAt: 'date',
    deliveredAt: 'date',
    cancelledAt: 'date',
    shippingAddress: 'address',
  }),
  shipments: columns({
    id: 'number',
    orderId: { ref: 'orders' },
    warehouseId: { ref: 'warehouses' },
    status: { label: 'shipment' },
    carrier: 'text',
    trackingNumber: 'text',
    createdAt: 'date',
    shippedAt: 'date',
    deliveredAt: 'date',
  }),
  returns: columns({
    id: 'number',
    orderId: { ref: 'orders' },
    reason: 'text',
    userId: { ref: 'users' },
    createdAt: 'date',
  }),
  refunds: columns({
    id: 'number',
    orderId: { ref: 'orders' },
    amount: 'money',
    reason: 'text',
    userId: { ref: 'users' },
    createdAt: 'date',
  }),
  promotions: columns({
    id: 'number',
    name: 'text',
    code: 'text',
    status: { label: 'promotion' },
    type: { label: 'promotionType' },
    scope: { label: 'promotionScope' },
    startsAt: 'date',
    endsAt: 'date',
    usageCount: 'number',
    usageLimit: 'number',
    budget: 'money',
    discountGiven: 'money',
    priority: 'number',
    combinable: 'bool',
  }),
  'promotion-codes': columns({
    id: 'number',
    promotionId: { ref: 'promotions' },
    code: 'text',
    usedAt: 'date',
  }),
  'saved-filters': columns({ id: 'number', name: 'text', resource: 'text', userId: { ref: 'users' } }),
  users: columns({
    id: 'number',
    username: 'text',
    fullName: 'text',
    role: { label: 'role' },
    active: 'bool',
    lastLoginAt: 'date',
  }),
  carriers: columns({
    id: 'number',
    name: 'text',
    trackingPattern: 'text',
    trackingUrlTemplate: 'text',
    active: 'bool',
  }),
  'shipping-methods': columns({
    id: 'number',
    name: 'text',
    carrierId: { ref: 'carriers' },
    price: 'money',
    freeShippingFrom: 'money',
    dispatchHours: 'number',
    active: 'bool',
  }),
  'payment-methods': columns({
    id: 'number',
    name: 'text',
    kind: { label: 'paymentKind' },
    waitsForPayment: 'bool',
    active: 'bool',
  }),
  'shop-settings': columns({
    id: 'number',
    name: 'text',
    address: 'text',
    timeZone: 'text',
    currencyDisplay: 'text',
    serviceLevelHours: 'number',
  }),
  'audit-log': columns({
    id: 'number',
    at: 'date',
    userId: { ref: 'users' },
    username: 'text',
    action: { label: 'auditAction' },
    resource: 'text',
    recordId: 'number',
    note: 'text',
  }),
};

/** One line of an order, for the order-lines export: one row per line, with its order's key figures. */
export const ORDER_LINE_COLUMNS: readonly ExportColumn[] = columns({
  number: 'text',
  placedAt: 'date',
  status: { label: 'order' },
  customerId: { ref: 'customers' },
  warehouseId: { ref: 'warehouses' },
  sku: 'text',
  productName: 'text',
  quantity: 'number',
  unitPrice: 'money',
  discount: 'money',
  lineTotal: 'money',
});
