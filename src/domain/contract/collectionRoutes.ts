/**
 * The generic REST routes every collection gets (list, one record, CSV
 * export, and the writes it offers), generated from one table of writes.
 */
import { ORDER_STATUSES, SHIPMENT_STATUSES, TRANSFER_STATUSES } from '../constants';
import type { Action, ProtectedResource } from '../permissions';
import { PROMOTION_STATUSES } from '../promotions';
import { COLLECTION_NAMES, type CollectionName } from '../resources';
import { can, inBody, inRecord, type Route, type WarehouseScope } from './route';

export const WRITE_METHODS = ['create', 'update', 'delete'] as const;
export type WriteMethod = (typeof WRITE_METHODS)[number];

/**
 * The generic writes each collection offers. The others answer 405 with the
 * collection's hint: orders, shipments and stock change only through their
 * workflows, the ledger and the audit log only grow, users are never deleted.
 */
export const COLLECTION_WRITES = {
  categories: ['create', 'update', 'delete'],
  products: ['create', 'update', 'delete'],
  warehouses: ['create', 'update', 'delete'],
  'stock-levels': ['update'],
  'stock-movements': [],
  'stock-transfers': ['create', 'update', 'delete'],
  customers: ['create', 'update', 'delete'],
  orders: [],
  shipments: [],
  returns: [],
  refunds: [],
  promotions: ['create', 'update', 'delete'],
  'promotion-codes': [],
  'saved-filters': ['create', 'update', 'delete'],
  users: ['create', 'update'],
  'audit-log': [],
  carriers: ['create', 'update', 'delete'],
  'shipping-methods': ['create', 'update', 'delete'],
  'payment-methods': ['create', 'update', 'delete'],
  // One record, created with the database: only ever changed.
  'shop-settings': ['update'],
} as const satisfies Record<CollectionName, readonly WriteMethod[]>;

/** Message keys telling a client what to use instead of a generic write a collection refuses. */
export const REFUSED_WRITE_HINTS: Partial<Record<CollectionName, string>> = {
  'stock-levels': 'errors.stockLevelsReadOnly',
  'stock-movements': 'errors.ledgerAppendOnly',
  orders: 'errors.ordersWorkflowOnly',
  shipments: 'errors.shipmentsWorkflowOnly',
  returns: 'errors.returnsWorkflowOnly',
  refunds: 'errors.refundsWorkflowOnly',
  'promotion-codes': 'errors.promotionCodesGenerated',
  users: 'errors.usersCannotBeDeleted',
  'audit-log': 'errors.auditAppendOnly',
  'shop-settings': 'errors.shopSettingsSingle',
};

/** Warehouse scope of the generic writes (reads are open: staff plan transfers from every warehouse's stock). */
const COLLECTION_SCOPES: Partial<
  Record<CollectionName, Partial<Record<WriteMethod, readonly WarehouseScope[]>>>
> = {
  'stock-levels': { update: [inRecord('stock-levels')] },
  'stock-transfers': {
    create: [inBody('fromWarehouseId')],
    update: [inRecord('stock-transfers', 'fromWarehouseId'), inBody('fromWarehouseId')],
    delete: [inRecord('stock-transfers', 'fromWarehouseId')],
  },
};

/**
 * Collections whose lists open on one tab per status, each with its count: one
 * request answers every tab (`GET /orders/status-counts`), where a count per
 * tab would be a list request each.
 */
export const STATUS_COUNTED = {
  orders: ORDER_STATUSES,
  shipments: SHIPMENT_STATUSES,
  'stock-transfers': TRANSFER_STATUSES,
  promotions: PROMOTION_STATUSES,
} as const satisfies Partial<Record<CollectionName, readonly string[]>>;
export type StatusCountedCollection = keyof typeof STATUS_COUNTED;

export const isStatusCounted = (collection: string): collection is StatusCountedCollection =>
  Object.hasOwn(STATUS_COUNTED, collection);

export type CollectionRouteKind =
  'list' | 'get' | 'export' | 'statusCounts' | 'create' | 'update' | 'patch' | 'delete';

type WritesOf<C extends CollectionName> = (typeof COLLECTION_WRITES)[C][number];
type KindsOf<C extends CollectionName> =
  | 'list'
  | 'get'
  | 'export'
  | (C extends StatusCountedCollection ? 'statusCounts' : never)
  | ('create' extends WritesOf<C> ? 'create' : never)
  | ('update' extends WritesOf<C> ? 'update' | 'patch' : never)
  | ('delete' extends WritesOf<C> ? 'delete' : never);

export type CollectionRouteId = { [C in CollectionName]: `${C}.${KindsOf<C>}` }[CollectionName];

export interface CollectionRoute extends Route {
  collection: CollectionName;
  kind: CollectionRouteKind;
}

function collectionRoutes(collection: CollectionName): Array<[string, CollectionRoute]> {
  const writes: readonly WriteMethod[] = COLLECTION_WRITES[collection];
  const scopes = COLLECTION_SCOPES[collection] ?? {};
  const base = { tag: 'Collections', collection };
  const scoped = (method: WriteMethod, action: Action) =>
    can(collection as ProtectedResource, action, scopes[method] ? { warehouseScope: scopes[method] } : {});
  const routes: Array<[CollectionRouteKind, Omit<CollectionRoute, 'kind'>]> = [
    [
      'list',
      {
        ...base,
        method: 'GET',
        path: `/${collection}`,
        summary: `List ${collection} (sort, range, filter)`,
        access: can(collection, 'list'),
        success: 200,
      },
    ],
    [
      'export',
      {
        ...base,
        method: 'GET',
        path: `/${collection}/export.csv`,
        summary: `Every matching record of ${collection} as CSV`,
        access: can(collection, 'export'),
        success: 200,
        produces: 'text/csv',
      },
    ],
    [
      'get',
      {
        ...base,
        method: 'GET',
        path: `/${collection}/{id}`,
        summary: `One record of ${collection}`,
        access: can(collection, 'show'),
        success: 200,
      },
    ],
  ];
  if (isStatusCounted(collection)) {
    routes.push([
      'statusCounts',
      {
        ...base,
        method: 'GET',
        path: `/${collection}/status-counts`,
        summary: `How many ${collection} match a list filter, in all and per status (the filter's own status aside)`,
        access: can(collection, 'list'),
        success: 200,
      },
    ]);
  }
  if (writes.includes('create')) {
    routes.push([
      'create',
      {
        ...base,
        method: 'POST',
        path: `/${collection}`,
        summary: `Create a record of ${collection}`,
        access: scoped('create', 'create'),
        success: 201,
        refusals: [409],
      },
    ]);
  }
  if (writes.includes('update')) {
    const update = {
      ...base,
      path: `/${collection}/{id}`,
      access: scoped('update', 'edit'),
      success: 200,
      refusals: [409],
    } as const;
    routes.push([
      'update',
      {
        ...update,
        method: 'PUT',
        summary: `Change fields of a record of ${collection} (merged; a stale version is 409)`,
      },
    ]);
    routes.push(['patch', { ...update, method: 'PATCH', summary: `Same as PUT` }]);
  }
  if (writes.includes('delete')) {
    routes.push([
      'delete',
      {
        ...base,
        method: 'DELETE',
        path: `/${collection}/{id}`,
        summary: `Delete a record of ${collection}, unless others refer to it`,
        access: scoped('delete', 'delete'),
        success: 200,
        refusals: [409],
      },
    ]);
  }
  return routes.map(([kind, route]) => [`${collection}.${kind}`, { ...route, kind }]);
}

export const COLLECTION_ROUTES = Object.fromEntries(COLLECTION_NAMES.flatMap(collectionRoutes)) as Record<
  CollectionRouteId,
  CollectionRoute
>;
