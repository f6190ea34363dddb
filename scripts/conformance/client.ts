/** A small HTTP client for the conformance checks: JSON in and out, a bearer token, nothing cached. */

export interface Reply<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface SendOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as is, instead of `body` as JSON. */
  raw?: string;
  headers?: Record<string, string>;
}

export class Client {
  constructor(readonly base: string) {}

  async send<T = unknown>(method: string, path: string, options: SendOptions = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    let payload = options.raw;
    if (payload === undefined && options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers['Content-Type'] ??= 'application/json';
    const response = await fetch(`${this.base}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: checks that expect JSON say so.
    }
    return { status: response.status, body: body as T, text, headers: response.headers };
  }
}

/** `?sort=…&range=…&filter=…`, as ra-data-simple-rest sends them. */
export function listQuery(params: {
  sort?: [string, string];
  range?: [number, number];
  filter?: Record<string, unknown>;
}): string {
  const search = new URLSearchParams();
  if (params.sort) search.set('sort', JSON.stringify(params.sort));
  if (params.range) search.set('range', JSON.stringify(params.range));
  if (params.filter) search.set('filter', JSON.stringify(params.filter));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** `products 0-24/319` → { first: 0, last: 24, total: 319 }. */
export function contentRange(
  header: string | null,
): { collection: string; first: number; last: number; total: number } | null {
  const match = /^(\S+) (\d+)-(\d+)\/(\d+)$/.exec(header ?? '');
  if (!match) return null;
  return { collection: match[1]!, first: Number(match[2]), last: Number(match[3]), total: Number(match[4]) };
}
