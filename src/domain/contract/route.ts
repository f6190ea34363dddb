/**
 * What a route of the contract says: method, path, who may call it and which
 * warehouse it touches, with the helpers the route tables use to say it.
 * Plain data, no schema library: the console's first screen imports this file.
 */
import type { Action, ProtectedResource } from '../permissions';
import type { CollectionName } from '../resources';

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

export const can = (
  resource: ProtectedResource,
  action: Action,
  extra: { alsoNeeds?: readonly Action[]; warehouseScope?: readonly WarehouseScope[] } = {},
): Access => ({ kind: 'permission', resource, action, ...extra });

export const inRecord = (collection: CollectionName, field = 'warehouseId'): WarehouseScope => ({
  in: 'record',
  collection,
  field,
});
export const inBody = (field = 'warehouseId'): WarehouseScope => ({ in: 'body', field });
