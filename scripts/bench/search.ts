/**
 * The search box at the large scale: a query that matches nothing is the worst
 * case (every text of every kind is read), a real order number the common one.
 * Each request alternates between the two.
 */
import type { Order } from '../../src/domain/types';
import type { LatencyCase } from './types';

export const searchCase: LatencyCase = {
  name: 'search: an order number, and text that matches nothing',
  p99TargetMs: 50,
  async prepare(api) {
    const { records } = await api.list<Order>('orders', { sort: ['placedAt', 'DESC'], range: [0, 0] });
    const number = records[0]?.number;
    if (!number) throw new Error('the database has no orders to search for');
    const queries = [number, 'zzqx nothing like this'];
    let turn = 0;
    // The first request builds the index; the warm-up takes it, as a user's first search after a start would.
    await (await api.request('GET', `/search?q=${encodeURIComponent(number)}`)).arrayBuffer();
    return {
      description: `GET /search?q=${number} and ?q=zzqx nothing like this, in turn`,
      operation: async () => {
        const q = queries[turn++ % queries.length]!;
        await (await api.request('GET', `/search?q=${encodeURIComponent(q)}`)).arrayBuffer();
      },
    };
  },
};
