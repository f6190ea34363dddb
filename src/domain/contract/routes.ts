/**
 * Every endpoint of Kontor's REST API: method, path, who may call it and which
 * warehouse it touches. The schemas of each endpoint's request and answer are
 * in ./endpoints.ts under the same id. The mock API mounts exactly these
 * routes, the console calls them by id, and the OpenAPI document and the
 * README's endpoint list are generated from them. Plain data, no schema
 * library: the console's first screen imports this file.
 */
import type { Action, ProtectedResource } from '../permissions';
import { COLLECTION_NAMES, type CollectionName } from '../resources';
import { MAX_IMPORT_BODY_BYTES } from './limits';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Where the warehouse a request acts on is found. Warehouse staff tied to
 * some warehouses may act only on those (../permissions.ts, `inWarehouseScope`).
 */
export type WarehouseScope =
  /** The request body names it, at a dotted path where `*` is every array element (null or left out: nothing to check). */
  | { in: 'body'; field: string }
  /** The record the path's `{id}` names holds it. */
  | { in: 'record'; collection: CollectionName; field: string }
  /** Every record whose id the body lists holds one. */
  | { in: 'records'; collection: CollectionName; idsField: string; field: string };

export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | {
      kind: 'permission';
      resource: ProtectedResource;
      action: Action;
      /** Further actions the caller needs on the same resource. */
      alsoNeeds?: readonly Action[];
      warehouseScope?: readonly WarehouseScope[];
    };

export interface Route {
  method: HttpMethod;
  /** OpenAPI style: `/orders/{id}/transitions`. */
  path: string;
  summary: string;
  /** Groups endpoints in the OpenAPI document and the README. */
  tag: string;
  access: Access;
  success: 200 | 201 | 204;
  /** Statuses beyond the ones every such endpoint can answer (400, 401, 403, 404, 413, 422). */
  refusals?: readonly number[];
  produces?: 'application/json' | 'text/csv';
  /** Overrides MAX_BODY_BYTES for endpoints that take a file. */
  maxBodyBytes?: number;
}

const can = (
  resource: ProtectedResource,
  action: Action,
  extra: { alsoNeeds?: readonly Action[]; warehouseScope?: readonly WarehouseScope[] } = {},
): Access => ({ kind: 'permission', resource, action, ...extra });

const inRecord = (collection: CollectionName, field = 'warehouseId'): WarehouseScope => ({
  in: 'record',
  collection,
  field,
});
const inBody = (field = 'warehouseId'): WarehouseScope => ({ in: 'body', field });

/** Endpoints beyond the generic collection routes, in the order the README lists them. */
export const ACTION_ROUTES = {
  health: {
    method: 'GET',
    path: '/health',
    summary: 'Whether the API is up',
    tag: 'Service',
    access: { kind: 'public' },
    success: 200,
  },
  openapi: {
    method: 'GET',
    path: '/openapi.json',
    summary: 'This contract as an OpenAPI 3.1 document',
    tag: 'Service',
    access: { kind: 'public' },
    success: 200,
  },
  login: {
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in: a bearer token and the signed-in user',
    tag: 'Sign-in',
    access: { kind: 'public' },
    success: 200,
    refusals: [429],
  },
  logout: {
    method: 'POST',
    path: '/auth/logout',
    summary: 'Sign out: revokes the token',
    tag: 'Sign-in',
    access: { kind: 'signedIn' },
    success: 204,
  },
  search: {
    method: 'GET',
    path: '/search',
    summary:
      'One search over products, orders, customers, shipments and promotions, within what the role may list',
    tag: 'Search',
    access: { kind: 'signedIn' },
    success: 200,
  },
  me: {
    method: 'GET',
    path: '/auth/me',
    summary: 'The signed-in user',
    tag: 'Sign-in',
    access: { kind: 'signedIn' },
    success: 200,
  },
  userNames: {
    method: 'GET',
    path: '/user-names',
    summary: 'Every user’s id and full name, so any role sees who did something rather than a number',
    tag: 'Sign-in',
    access: { kind: 'signedIn' },
    success: 200,
  },

  bulkEditProducts: {
    method: 'POST',
    path: '/products/bulk',
    summary: 'Activate, archive, move or re-price products, all or none; `preview` answers without writing',
    tag: 'Catalog',
    access: can('products', 'edit'),
    success: 200,
  },
  importProducts: {
    method: 'POST',
    path: '/products/import',
    summary: 'Create and update products by SKU from CSV text; `dry-run` writes nothing',
    tag: 'Catalog',
    access: can('products', 'create', { alsoNeeds: ['edit'] }),
    success: 200,
    maxBodyBytes: MAX_IMPORT_BODY_BYTES,
  },
  moveCategory: {
    method: 'POST',
    path: '/categories/{id}/move',
    summary: 'Swap a category with its neighbour among its siblings',
    tag: 'Catalog',
    access: can('categories', 'edit'),
    success: 200,
    refusals: [409],
  },

  adjustStock: {
    method: 'POST',
    path: '/stock-adjustments',
    summary: 'Change stock by a signed quantity or a count, as one ledger movement',
    tag: 'Inventory',
    access: can('stock-adjustments', 'create', { warehouseScope: [inBody()] }),
    success: 201,
    refusals: [409],
  },
  receiveStockBatch: {
    method: 'POST',
    path: '/stock-adjustments/batch',
    summary: 'Book many receipt lines (by SKU or barcode) at once, all or none',
    tag: 'Inventory',
    access: can('stock-adjustments', 'create', { warehouseScope: [inBody()] }),
    success: 201,
    refusals: [409],
  },
  reverseStockMovement: {
    method: 'POST',
    path: '/stock-movements/{id}/reverse',
    summary: 'Undo a manual adjustment with a compensating movement',
    tag: 'Inventory',
    access: can('stock-adjustments', 'create', { warehouseScope: [inRecord('stock-movements')] }),
    success: 201,
    refusals: [409],
  },
  dispatchTransfer: {
    method: 'POST',
    path: '/stock-transfers/{id}/dispatch',
    summary: 'Send a draft transfer: its goods leave the source warehouse',
    tag: 'Inventory',
    access: can('stock-transfers', 'edit', {
      warehouseScope: [inRecord('stock-transfers', 'fromWarehouseId')],
    }),
    success: 200,
    refusals: [409],
  },
  receiveTransfer: {
    method: 'POST',
    path: '/stock-transfers/{id}/receive',
    summary: 'Book what arrived of a transfer in transit; a shortfall is a loss with a reason',
    tag: 'Inventory',
    access: can('stock-transfers', 'edit', {
      warehouseScope: [inRecord('stock-transfers', 'toWarehouseId')],
    }),
    success: 200,
    refusals: [409],
  },
  cancelTransfer: {
    method: 'POST',
    path: '/stock-transfers/{id}/cancel',
    summary: 'Cancel a transfer; goods in transit go back to the source',
    tag: 'Inventory',
    access: can('stock-transfers', 'edit', {
      warehouseScope: [inRecord('stock-transfers', 'fromWarehouseId')],
    }),
    success: 200,
    refusals: [409],
  },

  transitionOrder: {
    method: 'POST',
    path: '/orders/{id}/transitions',
    summary: "Change an order's status by hand (pay, process, hold, release, cancel)",
    tag: 'Orders',
    access: can('orders', 'fulfil', { warehouseScope: [inRecord('orders')] }),
    success: 200,
    refusals: [409],
  },
  createShipment: {
    method: 'POST',
    path: '/orders/{id}/shipments',
    summary: "A parcel for some of an order's open lines, from its own or another warehouse",
    tag: 'Orders',
    access: can('shipments', 'create', { warehouseScope: [inRecord('orders'), inBody()] }),
    success: 201,
    refusals: [409],
  },
  transitionShipment: {
    method: 'POST',
    path: '/shipments/{id}/transitions',
    summary: 'Move a shipment on (packed, shipped, in transit, delivered, exception, cancelled)',
    tag: 'Orders',
    access: can('shipments', 'edit', { warehouseScope: [inRecord('shipments')] }),
    success: 200,
    refusals: [409],
  },
  bulkTransitionShipments: {
    method: 'POST',
    path: '/shipments/bulk-transition',
    summary: 'Move many shipments on at once, all or none',
    tag: 'Orders',
    access: can('shipments', 'edit', {
      warehouseScope: [{ in: 'records', collection: 'shipments', idsField: 'ids', field: 'warehouseId' }],
    }),
    success: 200,
    refusals: [409],
  },
  createReturn: {
    method: 'POST',
    path: '/orders/{id}/returns',
    summary: 'Take back delivered units, restocked or written off',
    tag: 'Orders',
    access: can('returns', 'create', { warehouseScope: [inRecord('orders'), inBody('items.*.warehouseId')] }),
    success: 201,
    refusals: [409],
  },
  createRefund: {
    method: 'POST',
    path: '/orders/{id}/refunds',
    summary: 'Pay money back, at most what was paid and not yet refunded',
    tag: 'Orders',
    access: can('refunds', 'create', { warehouseScope: [inRecord('orders')] }),
    success: 201,
    refusals: [409],
  },
  exportCustomerData: {
    method: 'GET',
    path: '/customers/{id}/personal-data',
    summary: 'Everything Kontor holds about a customer, as one JSON document (GDPR art. 15)',
    tag: 'Customers',
    access: can('customers', 'delete'),
    success: 200,
  },
  eraseCustomer: {
    method: 'POST',
    path: '/customers/{id}/erase',
    summary: 'Anonymise a customer and their orders’ addresses, keeping the orders’ figures (GDPR art. 17)',
    tag: 'Customers',
    access: can('customers', 'delete'),
    success: 200,
    refusals: [409],
  },
  orderTotals: {
    method: 'GET',
    path: '/orders/totals',
    summary: 'The money of every order a list filter matches, summed as the KPI report sums it',
    tag: 'Orders',
    access: can('orders', 'list'),
    success: 200,
  },
  exportOrderLines: {
    method: 'GET',
    path: '/orders/export-lines.csv',
    summary: 'Every line of every order matching a list filter as CSV, one row per line',
    tag: 'Orders',
    access: can('orders', 'export'),
    success: 200,
    produces: 'text/csv',
  },
  pickList: {
    method: 'GET',
    path: '/pick-list',
    summary: 'What to pick for some orders, or for everything a warehouse has still to ship, by bin',
    tag: 'Orders',
    access: can('orders', 'list'),
    success: 200,
  },

  simulatePromotions: {
    method: 'POST',
    path: '/promotions/simulate',
    summary: 'Price a cart with the promotions as they stand, or with a form’s unsaved values',
    tag: 'Promotions',
    access: can('promotions', 'list'),
    success: 200,
  },
  promotionStatusCounts: {
    method: 'GET',
    path: '/promotions/status-counts',
    summary: 'How many promotions are in each status now',
    tag: 'Promotions',
    access: can('promotions', 'list'),
    success: 200,
  },
  checkPromotionOverlaps: {
    method: 'POST',
    path: '/promotions/overlaps',
    summary: 'Promotions that meet a form’s unsaved values, and how each pair combines',
    tag: 'Promotions',
    access: can('promotions', 'list'),
    success: 200,
  },
  promotionOverlaps: {
    method: 'GET',
    path: '/promotions/{id}/overlaps',
    summary: 'Promotions that meet this one, and how each pair combines',
    tag: 'Promotions',
    access: can('promotions', 'show'),
    success: 200,
  },
  pausePromotion: {
    method: 'POST',
    path: '/promotions/{id}/pause',
    summary: 'Pause a promotion',
    tag: 'Promotions',
    access: can('promotions', 'edit'),
    success: 200,
    refusals: [409],
  },
  resumePromotion: {
    method: 'POST',
    path: '/promotions/{id}/resume',
    summary: 'Resume a paused promotion',
    tag: 'Promotions',
    access: can('promotions', 'edit'),
    success: 200,
    refusals: [409],
  },
  generatePromotionCodes: {
    method: 'POST',
    path: '/promotions/{id}/codes',
    summary: 'Generate a batch of single-use codes',
    tag: 'Promotions',
    access: can('promotions', 'edit'),
    success: 201,
  },
  promotionCodesCsv: {
    method: 'GET',
    path: '/promotions/{id}/codes.csv',
    summary: 'The generated codes as CSV',
    tag: 'Promotions',
    access: can('promotions', 'export'),
    success: 200,
    produces: 'text/csv',
  },
  promotionPerformance: {
    method: 'GET',
    path: '/promotions/{id}/performance',
    summary: 'Uses, discount given and margin with and without the promotion',
    tag: 'Promotions',
    access: can('promotions', 'show'),
    success: 200,
  },

  kpis: {
    method: 'GET',
    path: '/kpis',
    summary: 'Sales, stock, fulfilment and promotion figures for a period, aggregated on the server',
    tag: 'KPIs',
    access: can('kpis', 'list'),
    success: 200,
  },
} as const satisfies Record<string, Route>;

export type ActionRouteId = keyof typeof ACTION_ROUTES;

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

export type CollectionRouteKind = 'list' | 'get' | 'export' | 'create' | 'update' | 'patch' | 'delete';

type WritesOf<C extends CollectionName> = (typeof COLLECTION_WRITES)[C][number];
type KindsOf<C extends CollectionName> =
  | 'list'
  | 'get'
  | 'export'
  | ('create' extends WritesOf<C> ? 'create' : never)
  | ('update' extends WritesOf<C> ? 'update' | 'patch' : never)
  | ('delete' extends WritesOf<C> ? 'delete' : never);

export type CollectionRouteId = { [C in CollectionName]: `${C}.${KindsOf<C>}` }[CollectionName];
export type RouteId = ActionRouteId | CollectionRouteId;

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

export const ROUTES: Record<RouteId, Route> = { ...ACTION_ROUTES, ...COLLECTION_ROUTES };
export const ROUTE_IDS = Object.keys(ROUTES) as RouteId[];

export function isCollectionRoute(route: Route): route is CollectionRoute {
  return 'collection' in route;
}

/** `/orders/{id}/transitions` with `{ id: 4 }` → `/orders/4/transitions`. */
export function pathOf(route: Route, params: Record<string, string | number> = {}): string {
  return route.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.path} needs the path parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
}
