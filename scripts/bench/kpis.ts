/**
 * The dashboard's KPI report: 90 days (the busiest view) and the longest range
 * allowed, three years, both ending on the newest order's shop day. List them
 * in cases.ts: `[…, kpis90DaysCase, kpis3YearsCase]`.
 */
import type { Order } from '../../src/domain/types';
import type { ApiClient } from '../lib/api-client';
import type { LatencyCase, PreparedCase } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date `days` before a YYYY-MM-DD date. */
const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

async function newestOrderDate(api: ApiClient): Promise<string> {
  const { records } = await api.list<Order>('orders', { sort: ['placedAt', 'DESC'], range: [0, 0] });
  const newest = records[0];
  if (!newest) throw new Error('the database has no orders');
  return newest.placedAt.slice(0, 10);
}

function timedReport(api: ApiClient, query: string): PreparedCase {
  const path = `/kpis?${query}`;
  return {
    description: `GET ${path}`,
    operation: async () => {
      await (await api.request('GET', path)).arrayBuffer();
    },
  };
}

export const kpis90DaysCase: LatencyCase = {
  name: 'kpis: 90 days, daily, against the previous 90',
  p99TargetMs: 150,
  async prepare(api) {
    const to = await newestOrderDate(api);
    return timedReport(api, `from=${daysBefore(to, 89)}&to=${to}&granularity=day&compare=previous`);
  },
};

export const kpis3YearsCase: LatencyCase = {
  name: 'kpis: 3 years, monthly, against the previous 3',
  p99TargetMs: 600,
  async prepare(api) {
    const to = await newestOrderDate(api);
    // 1,095 days, both ends included: three years, whether or not they hold a 29 February.
    return timedReport(
      api,
      `from=${daysBefore(to, 3 * 365 - 1)}&to=${to}&granularity=month&compare=previous`,
    );
  },
};
