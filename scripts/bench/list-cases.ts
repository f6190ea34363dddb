/** List queries the console sends on its busiest screens, with the data's own values as filters. */
import type { Order, Product } from '../../src/domain/types';
import { listQueryString, type ApiClient, type ListQuery } from '../lib/api-client';
import type { LatencyCase, PreparedCase } from './types';

const PAGE: ListQuery['range'] = [0, 24];
const DAY_MS = 24 * 60 * 60 * 1000;

function timedList(api: ApiClient, resource: string, query: ListQuery): PreparedCase {
  const path = `/${resource}${listQueryString(query)}`;
  return {
    description: `GET ${decodeURIComponent(path)}`,
    // The body is read but not parsed: the client's JSON parsing is not the API's latency.
    operation: async () => {
      await (await api.request('GET', path)).arrayBuffer();
    },
  };
}

export const productsListCase: LatencyCase = {
  name: 'products: active, q, by price',
  p99TargetMs: 50,
  async prepare(api) {
    const { records } = await api.list<Product>('products', {
      sort: ['id', 'ASC'],
      range: [0, 0],
      filter: { status: 'active' },
    });
    const firstWord = records[0]?.name.split(/\s+/)[0];
    if (!firstWord) throw new Error('the database has no active product to search for');
    const q = firstWord.slice(0, 4).toLowerCase();
    return timedList(api, 'products', {
      sort: ['price', 'ASC'],
      range: PAGE,
      filter: { status: 'active', q },
    });
  },
};

export const ordersListCase: LatencyCase = {
  name: 'orders: status, placedAt range, newest first',
  p99TargetMs: 50,
  async prepare(api) {
    const { records: recent } = await api.list<Order>('orders', {
      sort: ['placedAt', 'DESC'],
      range: [0, 99],
    });
    const newest = recent[0];
    if (!newest) throw new Error('the database has no orders');
    const placedAt_lte = newest.placedAt;
    const placedAt_gte = new Date(Date.parse(placedAt_lte) - 30 * DAY_MS).toISOString();
    return timedList(api, 'orders', {
      sort: ['placedAt', 'DESC'],
      range: PAGE,
      filter: { status: mostCommon(recent.map((order) => order.status)), placedAt_gte, placedAt_lte },
    });
  },
};

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
