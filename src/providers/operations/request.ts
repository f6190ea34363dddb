/** One way for named operations to call the API: JSON in, JSON out, HttpError on failure. */
import { apiUrl, httpClient } from '../httpClient';

export async function callApi<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const { json } = await httpClient(apiUrl(path), {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return json as T;
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
