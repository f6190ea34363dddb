/**
 * One way for named operations to call the API: by the endpoint's id in the
 * contract (src/domain/contract/routes.ts), so the method and path are never
 * typed twice and the request and answer types come from the endpoint's
 * schemas. JSON in, JSON out, HttpError on failure.
 */
import type { BodyOf, QueryOf, ResponseOf } from '../../domain/contract/endpoints';
import { ACTION_ROUTES, pathOf, type ActionRouteId, type Route } from '../../domain/contract/routes';
import { apiUrl, httpClient } from '../httpClient';

export interface CallInput<K extends ActionRouteId> {
  id?: number;
  body?: BodyOf<K>;
  query?: QueryOf<K>;
}

function searchOf(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null) params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL of an endpoint, for links and downloads. */
export function endpointUrl<K extends ActionRouteId>(
  endpoint: K,
  input: Omit<CallInput<K>, 'body'> = {},
): string {
  const route: Route = ACTION_ROUTES[endpoint];
  return apiUrl(
    `${pathOf(route, input.id === undefined ? {} : { id: input.id })}${searchOf(input.query as object | undefined)}`,
  );
}

export async function callEndpoint<K extends ActionRouteId>(
  endpoint: K,
  input: CallInput<K> = {},
): Promise<ResponseOf<K>> {
  const route: Route = ACTION_ROUTES[endpoint];
  const { json, body } = await httpClient(endpointUrl(endpoint, input), {
    method: route.method,
    body: input.body === undefined ? undefined : JSON.stringify(input.body),
    headers: new Headers({ Accept: route.produces ?? 'application/json' }),
  });
  return (route.produces === 'text/csv' ? body : json) as ResponseOf<K>;
}

/** A list query string in the API's dialect (`filter`, `sort`, `range` as JSON). */
export function listParams(params: {
  filter?: object;
  sort?: [string, 'ASC' | 'DESC'];
  range?: [number, number];
}): string {
  const search = new URLSearchParams();
  if (params.filter) search.set('filter', JSON.stringify(params.filter));
  if (params.sort) search.set('sort', JSON.stringify(params.sort));
  if (params.range) search.set('range', JSON.stringify(params.range));
  const text = search.toString();
  return text ? `?${text}` : '';
}
