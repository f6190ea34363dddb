/**
 * The schemas of every endpoint in ./routes.ts, under the same id: path
 * parameters, query, body and answer. The mock API validates requests with
 * them before any handler runs; the console takes its request and answer
 * types from them; ./openapi.ts publishes them.
 */
import type * as z from 'zod';
import type { CollectionName } from '../resources';
import { COLLECTION_NAMES } from '../resources';
import * as admin from './admin';
import * as catalog from './catalog';
import { count, version, z as zod } from './fields';
import * as inventory from './inventory';
import * as kpis from './kpis';
import { deleteQuery, exportQuery, listQuery } from './lists';
import * as orders from './orders';
import * as promotions from './promotions';
import * as records from './records';
import * as search from './search';
import {
  ACTION_ROUTES,
  COLLECTION_ROUTES,
  isStatusCounted,
  STATUS_COUNTED,
  type ActionRouteId,
  type CollectionRouteId,
  type RouteId,
} from './routes';

export interface EndpointSchemas {
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
}

const csv = zod.string().meta({ description: 'CSV, UTF-8, comma-separated, with a header row' });
const withVersion = { version: version.optional() };

export const ACTION_SCHEMAS = {
  health: { response: zod.object({ ok: zod.boolean(), seq: zod.number().int() }) },
  openapi: { response: zod.record(zod.string(), zod.unknown()) },
  login: { body: admin.loginRequest, response: admin.loginResult },
  logout: { body: zod.strictObject({}) },
  me: { response: records.sessionUser },
  search: { query: search.searchQuery, response: search.searchResult },
  userNames: { response: zod.array(zod.object({ id: zod.number().int(), fullName: zod.string() })) },

  bulkEditProducts: { body: catalog.bulkRequest, response: catalog.bulkResult },
  importProducts: { body: catalog.importRequest, response: catalog.importReport },
  moveCategory: {
    body: catalog.categoryMove,
    response: records.category.extend({ productCount: zod.number().int() }),
  },

  adjustStock: { body: inventory.stockAdjustment, response: inventory.stockChange },
  receiveStockBatch: { body: inventory.batchReceipt, response: inventory.batchReceiptResult },
  reverseStockMovement: { body: inventory.movementReversal, response: inventory.stockChange },
  dispatchTransfer: { body: inventory.transferStep, response: records.stockTransfer },
  receiveTransfer: { body: inventory.transferReceipt, response: records.stockTransfer },
  cancelTransfer: { body: inventory.transferStep, response: records.stockTransfer },

  transitionOrder: { body: orders.orderTransition, response: orders.presentedOrder },
  createShipment: { body: orders.shipmentRequest, response: orders.shipmentResult },
  transitionShipment: { body: orders.shipmentTransition, response: orders.shipmentResult },
  bulkTransitionShipments: { body: orders.bulkShipmentTransition, response: orders.bulkShipmentResult },
  createReturn: { body: orders.returnRequest, response: orders.returnResult },
  createRefund: { body: orders.refundRequest, response: orders.refundResult },
  exportOrderLines: { query: exportQuery, response: csv },
  exportCustomerData: { response: orders.personalData },
  eraseCustomer: { body: orders.erasureRequest, response: orders.erasureResult },
  orderTotals: { query: exportQuery.pick({ filter: true }), response: orders.orderListTotals },
  pickList: { query: orders.pickListQuery, response: orders.pickList },

  simulatePromotions: { body: promotions.simulationRequest, response: promotions.simulation },
  checkPromotionOverlaps: {
    body: promotions.promotionCandidate,
    response: zod.array(promotions.overlapEntry),
  },
  promotionOverlaps: { response: zod.array(promotions.overlapEntry) },
  pausePromotion: { body: zod.strictObject(withVersion), response: promotions.presentedPromotion },
  resumePromotion: { body: zod.strictObject(withVersion), response: promotions.presentedPromotion },
  generatePromotionCodes: { body: promotions.codeBatchRequest, response: promotions.codeBatch },
  promotionCodesCsv: { response: csv },
  promotionPerformance: { response: promotions.performance },

  kpis: { query: kpis.kpiQuery, response: kpis.kpiReport },
} as const satisfies Record<ActionRouteId, EndpointSchemas>;

/** Each collection's record as the API shows it, and the bodies of its generic writes. */
interface CollectionSchemas {
  record: z.ZodType;
  create?: z.ZodType;
  update?: z.ZodType;
  /**
   * Fields the API computes or keeps itself. Clients that send a whole record
   * back (react-admin does) may include them; writes ignore them, like id and
   * the timestamps. Any other field a write does not take is refused.
   */
  echoed?: readonly string[];
}

/** Ignored in every write: the server assigns them. */
export const SERVER_FIELDS = ['id', 'createdAt', 'updatedAt'] as const;

export const COLLECTION_SCHEMAS: Record<CollectionName, CollectionSchemas> = {
  categories: {
    record: records.category.extend({ productCount: zod.number().int() }),
    create: catalog.categoryInput,
    update: catalog.categoryPatch.extend(withVersion),
    echoed: ['productCount'],
  },
  products: {
    record: records.product.extend({
      marginPercent: zod.number().nullable(),
      available: zod.number().int(),
      categoryName: zod.string().nullable(),
      stockState: zod.enum(['out', 'low', 'in']),
    }),
    create: catalog.productInput,
    update: catalog.productPatch.extend(withVersion),
    echoed: ['marginPercent', 'available', 'categoryName', 'stockState'],
  },
  warehouses: {
    record: records.warehouse,
    create: inventory.warehouseInput,
    update: inventory.warehousePatch.extend(withVersion),
  },
  'stock-levels': {
    record: records.stockLevel.extend({
      unitsPerDay: zod.number().min(0),
      daysOfCover: zod.number().min(0).nullable(),
      suggestedReorderQuantity: zod.number().int().min(0),
      inTransitIn: zod.number().int().min(0),
      inTransitOut: zod.number().int().min(0),
    }),
    update: inventory.stockLevelPatch.extend(withVersion),
    echoed: ['unitsPerDay', 'daysOfCover', 'suggestedReorderQuantity', 'inTransitIn', 'inTransitOut'],
  },
  'stock-movements': { record: records.stockMovement },
  'stock-transfers': {
    record: records.stockTransfer,
    create: inventory.transferInput,
    update: inventory.transferPatch,
  },
  customers: {
    record: records.customer.extend({
      orderCount: zod.number().int(),
      lifetimeValue: zod.number().int(),
      averageOrderValue: zod.number().int().nullable(),
      returnedOrders: zod.number().int(),
      lastOrderAt: zod.string().nullable(),
    }),
    echoed: ['orderCount', 'lifetimeValue', 'averageOrderValue', 'returnedOrders', 'lastOrderAt'],
    create: orders.customerInput,
    update: orders.customerPatch.extend(withVersion),
  },
  orders: { record: orders.presentedOrder },
  shipments: {
    record: records.shipment.extend({
      /** The carrier's tracking page for the parcel; null when the carrier has none. */
      trackingUrl: zod.string().nullable(),
    }),
    echoed: ['trackingUrl'],
  },
  returns: { record: records.orderReturn },
  refunds: { record: records.refund },
  promotions: {
    record: promotions.presentedPromotion,
    create: promotions.promotionInput,
    update: promotions.promotionPatch.extend(withVersion),
    echoed: ['usageCount', 'discountGiven', 'status'],
  },
  'promotion-codes': { record: records.promotionCode },
  'saved-filters': {
    record: records.savedFilter,
    create: admin.savedFilterInput,
    update: admin.savedFilterPatch.extend(withVersion),
  },
  users: {
    record: admin.presentedUser,
    create: admin.userInput,
    update: admin.userPatch,
    echoed: ['lastLoginAt'],
  },
  'audit-log': { record: records.auditEntry },
  carriers: {
    record: records.carrier,
    create: admin.carrierInput,
    update: admin.carrierPatch.extend(withVersion),
  },
  'shipping-methods': {
    record: records.shippingMethod,
    create: admin.shippingMethodInput,
    update: admin.shippingMethodPatch.extend(withVersion),
  },
  'payment-methods': {
    record: records.paymentMethod,
    create: admin.paymentMethodInput,
    update: admin.paymentMethodPatch.extend(withVersion),
  },
  'shop-settings': {
    record: records.shopSettings,
    update: admin.shopSettingsPatch.extend(withVersion),
  },
};

/** `{ all: 120, byStatus: { paid: 40, … } }`: every status of the collection, zeros included. */
export function statusCountsOf(collection: CollectionName) {
  const statuses: readonly string[] = isStatusCounted(collection) ? STATUS_COUNTED[collection] : [];
  return zod.object({
    all: count,
    byStatus: zod.object(Object.fromEntries(statuses.map((status) => [status, count]))),
  });
}

export type StatusCounts = { all: number; byStatus: Record<string, number> };

function collectionEndpoint(id: CollectionRouteId): EndpointSchemas {
  const route = COLLECTION_ROUTES[id];
  const schemas = COLLECTION_SCHEMAS[route.collection];
  switch (route.kind) {
    case 'list':
      return { query: listQuery, response: zod.array(schemas.record) };
    case 'export':
      return { query: exportQuery, response: csv };
    case 'statusCounts':
      return { query: exportQuery.pick({ filter: true }), response: statusCountsOf(route.collection) };
    case 'get':
      return { response: schemas.record };
    case 'create':
      return { body: schemas.create, response: schemas.record };
    case 'update':
    case 'patch':
      return { body: schemas.update, response: schemas.record };
    case 'delete':
      return { query: deleteQuery, response: schemas.record };
  }
}

export const ENDPOINT_SCHEMAS: Record<RouteId, EndpointSchemas> = {
  ...ACTION_SCHEMAS,
  ...(Object.fromEntries(
    (Object.keys(COLLECTION_ROUTES) as CollectionRouteId[]).map((id) => [id, collectionEndpoint(id)]),
  ) as Record<CollectionRouteId, EndpointSchemas>),
};

type ActionSchemas = typeof ACTION_SCHEMAS;

/** What the console sends to an action endpoint (before defaults and trimming). */
export type BodyOf<K extends ActionRouteId> = ActionSchemas[K] extends { body: z.ZodType }
  ? z.input<ActionSchemas[K]['body']>
  : never;
/** What an action endpoint answers. */
export type ResponseOf<K extends ActionRouteId> = ActionSchemas[K] extends { response: z.ZodType }
  ? z.output<ActionSchemas[K]['response']>
  : void;
/** An action endpoint's query parameters. */
export type QueryOf<K extends ActionRouteId> = ActionSchemas[K] extends { query: z.ZodType }
  ? z.input<ActionSchemas[K]['query']>
  : never;
/** A body as a handler receives it: validated, trimmed, with defaults applied. */
export type ParsedBodyOf<K extends ActionRouteId> = ActionSchemas[K] extends { body: z.ZodType }
  ? z.output<ActionSchemas[K]['body']>
  : never;

export { ACTION_ROUTES, COLLECTION_NAMES };
