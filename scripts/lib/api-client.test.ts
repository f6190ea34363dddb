import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, listQueryString, totalFromContentRange } from './api-client';

describe('listQueryString', () => {
  it('encodes sort, range and filter as JSON parameters the API can decode again', () => {
    const query = listQueryString({
      sort: ['price', 'ASC'],
      range: [0, 24],
      filter: { status: 'active', q: 'mug & co' },
    });
    const params = new URLSearchParams(query.slice(1));
    expect(query.startsWith('?')).toBe(true);
    expect(JSON.parse(params.get('sort') ?? '')).toEqual(['price', 'ASC']);
    expect(JSON.parse(params.get('range') ?? '')).toEqual([0, 24]);
    expect(JSON.parse(params.get('filter') ?? '')).toEqual({ status: 'active', q: 'mug & co' });
  });

  it('leaves out what is not given', () => {
    expect(listQueryString({})).toBe('');
    expect(new URLSearchParams(listQueryString({ range: [25, 49] })).has('sort')).toBe(false);
  });
});

describe('totalFromContentRange', () => {
  it('reads the total after the slash', () => {
    expect(totalFromContentRange('products 0-24/319')).toBe(319);
    expect(totalFromContentRange('orders */0')).toBe(0);
  });

  it('gives undefined for a missing or malformed header', () => {
    expect(totalFromContentRange(null)).toBeUndefined();
    expect(totalFromContentRange('products 0-24')).toBeUndefined();
  });
});

describe('ApiClient', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server that resets the connection of its first request and answers the rest. */
  async function resetOnce(): Promise<{ url: string; requests: () => number }> {
    let requests = 0;
    server = createServer((request, response) => {
      requests += 1;
      if (requests === 1) {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Range': 'products 0-0/1' });
      response.end(JSON.stringify([{ id: 1, auth: request.headers.authorization }]));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/api`, requests: () => requests };
  }

  it('resends a GET once when the connection is reset, and counts it', async () => {
    const api = await resetOnce();
    const client = new ApiClient(api.url, 'secret');
    const page = await client.list<{ id: number; auth: string }>('products');
    expect(page).toEqual({ records: [{ id: 1, auth: 'Bearer secret' }], total: 1 });
    expect(api.requests()).toBe(2);
    expect(client.resentAfterReset).toBe(1);
  });

  it('never resends a write', async () => {
    const api = await resetOnce();
    const client = new ApiClient(api.url, 'secret');
    await expect(client.request('POST', '/stock-adjustments', { delta: 1 })).rejects.toThrow('fetch failed');
    expect(api.requests()).toBe(1);
    expect(client.resentAfterReset).toBe(0);
  });
});
