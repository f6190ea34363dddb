/**
 * Every endpoint of Kontor's REST API: method, path, who may call it and which
 * warehouse it touches. The schemas of each endpoint's request and answer are
 * in ./endpoints.ts under the same id. The mock API mounts exactly these
 * routes, the console calls them by id, and the OpenAPI document and the
 * README's endpoint list are generated from them. Plain data, no schema
 * library: the console's first screen imports this file.
 */
import { ACTION_ROUTES, type ActionRouteId } from './actionRoutes';
import { COLLECTION_ROUTES, type CollectionRoute, type CollectionRouteId } from './collectionRoutes';
import type { Route } from './route';

export * from './route';
export * from './actionRoutes';
export * from './collectionRoutes';

export type RouteId = ActionRouteId | CollectionRouteId;

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
