/**
 * A minimal client for Kontor's REST contract, for the bench and e2e set-up:
 * bearer-token auth and list queries in ra-data-simple-rest's format.
 */
import { DEMO_PASSWORD } from '../../mock-api/auth/passwords';

export type SortOrder = 'ASC' | 'DESC';

export interface ListQuery {
  sort?: readonly [string, SortOrder];
  /** Inclusive first and last index, e.g. [0, 24] for the first 25 records. */
  range?: readonly [number, number];
  filter?: Record<string, unknown>;
}

/** `sort=["price","ASC"]&range=[0,24]&filter={...}`, exactly as the console sends it. */
export function listQueryString({ sort, range, filter }: ListQuery): string {
  const params = new URLSearchParams();
  if (sort) params.set('sort', JSON.stringify(sort));
  if (range) params.set('range', JSON.stringify(range));
  if (filter) params.set('filter', JSON.stringify(filter));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Reads the total from `Content-Range: products 0-24/319`. */
export function totalFromContentRange(header: string | null): number | undefined {
  const match = /\/(\d+)\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}

export async function loginToApi(
  apiUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`API login as ${username} answered ${response.status}`);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== 'string') throw new Error(`API login as ${username} returned no token`);
  return body.token;
}

export interface ListPage<T> {
  records: T[];
  total: number | undefined;
}

export class ApiClient {
  constructor(
    readonly apiUrl: string,
    private readonly token: string,
  ) {}

  async list<T>(resource: string, query: ListQuery = {}): Promise<ListPage<T>> {
    const response = await this.request('GET', `/${resource}${listQueryString(query)}`);
    const records = (await response.json()) as T[];
    return { records, total: totalFromContentRange(response.headers.get('Content-Range')) };
  }

  /** GETs sent again because a reused keep-alive connection had been closed under them. */
  resentAfterReset = 0;

  /** Sends a request and fails unless it answers 2xx; the caller reads the body. */
  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const send = () =>
      fetch(`${this.apiUrl}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      // The server may close an idle connection just as it is reused; like a browser, resend a GET once.
      if (method !== 'GET' || !isConnectionReset(error)) throw error;
      this.resentAfterReset += 1;
      response = await send();
    }
    if (!response.ok) {
      const detail = await response.text();
      throw new Error(`${method} ${path} answered ${response.status}: ${detail.slice(0, 200)}`);
    }
    return response;
  }
}

function isConnectionReset(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}
