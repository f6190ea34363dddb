/**
 * What each REST collection holds, as far as listing goes: which fields can be
 * filtered and sorted, and which ones `q` searches. The API rejects a filter on
 * any other field with 400, so a typo never silently returns everything.
 */
export type FieldType = 'id' | 'string' | 'number' | 'boolean' | 'date' | 'idList';

export interface ResourceSchema {
  fields: Record<string, FieldType>;
  /** Fields `q` searches case-insensitively (substring). */
  search: readonly string[];
  /** Default sort when the request names none. */
  defaultSort: readonly [string, 'ASC' | 'DESC'];
}

const base = { id: 'id', createdAt: 'date', updatedAt: 'date', version: 'number' } as const;

export const RESOURCE_SCHEMAS = {
  categories: {
    // productCount is computed by the API (products in the category and its subcategories).
    fields: {
      ...base,
      name: 'string',
      slug: 'string',
      parentId: 'id',
      position: 'number',
      productCount: 'number',
    },
    search: ['name', 'slug'],
    defaultSort: ['position', 'ASC'],
  },
  products: {
    fields: {
      ...base,
      sku: 'string',
      name: 'string',
      categoryId: 'id',
      price: 'number',
      cost: 'number',
      status: 'string',
      barcode: 'string',
      weightGrams: 'number',
      // Computed by the API from price, cost, the category and the stock levels:
      marginPercent: 'number',
      available: 'number',
      categoryName: 'string',
      stockState: 'string',
    },
    search: ['name', 'sku', 'barcode'],
    defaultSort: ['name', 'ASC'],
  },
  warehouses: {
    fields: { ...base, code: 'string', name: 'string', city: 'string' },
    search: ['code', 'name', 'city'],
    defaultSort: ['code', 'ASC'],
  },
  'stock-levels': {
    fields: {
      ...base,
      productId: 'id',
      warehouseId: 'id',
      onHand: 'number',
      reserved: 'number',
      available: 'number',
      reorderPoint: 'number',
      binLocation: 'string',
    },
    search: ['binLocation'],
    defaultSort: ['id', 'ASC'],
  },
  'stock-movements': {
    fields: {
      ...base,
      productId: 'id',
      warehouseId: 'id',
      delta: 'number',
      reason: 'string',
      balanceAfter: 'number',
      userId: 'id',
      orderId: 'id',
      shipmentId: 'id',
      transferId: 'id',
      reversesMovementId: 'id',
    },
    search: ['note', 'reason'],
    defaultSort: ['createdAt', 'DESC'],
  },
  'stock-transfers': {
    fields: {
      ...base,
      number: 'string',
      fromWarehouseId: 'id',
      toWarehouseId: 'id',
      status: 'string',
      dispatchedAt: 'date',
      receivedAt: 'date',
      cancelledAt: 'date',
      createdBy: 'id',
    },
    search: ['number', 'note'],
    defaultSort: ['createdAt', 'DESC'],
  },
  customers: {
    fields: {
      ...base,
      firstName: 'string',
      lastName: 'string',
      email: 'string',
      phone: 'string',
      // Computed by the API from the customer's orders:
      orderCount: 'number',
      lifetimeValue: 'number',
      lastOrderAt: 'date',
    },
    search: ['firstName', 'lastName', 'email'],
    defaultSort: ['lastName', 'ASC'],
  },
  orders: {
    fields: {
      ...base,
      number: 'string',
      customerId: 'id',
      status: 'string',
      warehouseId: 'id',
      shippingMethodId: 'id',
      paymentMethodId: 'id',
      subtotal: 'number',
      discountTotal: 'number',
      shippingTotal: 'number',
      taxTotal: 'number',
      total: 'number',
      promotionIds: 'idList',
      placedAt: 'date',
      paidAt: 'date',
      shippedAt: 'date',
      deliveredAt: 'date',
      cancelledAt: 'date',
      refundedTotal: 'number',
    },
    search: ['number'],
    defaultSort: ['placedAt', 'DESC'],
  },
  shipments: {
    fields: {
      ...base,
      orderId: 'id',
      warehouseId: 'id',
      carrier: 'string',
      trackingNumber: 'string',
      status: 'string',
      shippedAt: 'date',
      deliveredAt: 'date',
    },
    search: ['trackingNumber'],
    defaultSort: ['createdAt', 'DESC'],
  },
  returns: {
    fields: { ...base, orderId: 'id', userId: 'id' },
    search: ['reason'],
    defaultSort: ['createdAt', 'DESC'],
  },
  refunds: {
    fields: { ...base, orderId: 'id', userId: 'id', amount: 'number' },
    search: ['reason'],
    defaultSort: ['createdAt', 'DESC'],
  },
  promotions: {
    fields: {
      ...base,
      name: 'string',
      code: 'string',
      type: 'string',
      value: 'number',
      scope: 'string',
      startsAt: 'date',
      endsAt: 'date',
      usageLimit: 'number',
      usageCount: 'number',
      budget: 'number',
      discountGiven: 'number',
      priority: 'number',
      combinable: 'boolean',
      paused: 'boolean',
      draft: 'boolean',
    },
    search: ['name', 'code'],
    defaultSort: ['startsAt', 'DESC'],
  },
  'promotion-codes': {
    fields: { ...base, promotionId: 'id', code: 'string', usedAt: 'date' },
    search: ['code'],
    defaultSort: ['id', 'ASC'],
  },
  'saved-filters': {
    fields: { ...base, userId: 'id', resource: 'string', name: 'string' },
    search: ['name'],
    defaultSort: ['name', 'ASC'],
  },
  users: {
    fields: {
      ...base,
      username: 'string',
      fullName: 'string',
      role: 'string',
      active: 'boolean',
      lastLoginAt: 'date',
    },
    search: ['username', 'fullName'],
    defaultSort: ['username', 'ASC'],
  },
  carriers: {
    fields: { ...base, name: 'string', active: 'boolean' },
    search: ['name'],
    defaultSort: ['name', 'ASC'],
  },
  'shipping-methods': {
    fields: {
      ...base,
      name: 'string',
      carrierId: 'id',
      price: 'number',
      freeShippingFrom: 'number',
      dispatchHours: 'number',
      active: 'boolean',
    },
    search: ['name'],
    defaultSort: ['name', 'ASC'],
  },
  'payment-methods': {
    fields: { ...base, name: 'string', kind: 'string', waitsForPayment: 'boolean', active: 'boolean' },
    search: ['name'],
    defaultSort: ['name', 'ASC'],
  },
  'shop-settings': {
    fields: {
      ...base,
      name: 'string',
      timeZone: 'string',
      currencyDisplay: 'string',
      serviceLevelHours: 'number',
    },
    search: ['name'],
    defaultSort: ['id', 'ASC'],
  },
  'audit-log': {
    fields: {
      ...base,
      at: 'date',
      userId: 'id',
      username: 'string',
      action: 'string',
      resource: 'string',
      recordId: 'id',
    },
    search: ['username', 'resource', 'note'],
    defaultSort: ['at', 'DESC'],
  },
} as const satisfies Record<string, ResourceSchema>;

export type CollectionName = keyof typeof RESOURCE_SCHEMAS;
export const COLLECTION_NAMES = Object.keys(RESOURCE_SCHEMAS) as CollectionName[];

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RESOURCE_SCHEMAS, value);
}
