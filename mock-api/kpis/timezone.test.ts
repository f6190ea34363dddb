/**
 * Days are the shop's calendar days: orders placed a millisecond either side
 * of a shop midnight, on the 23-hour day in March and the 25-hour day in
 * October, land in the right bucket, and another configured zone moves them.
 * Seed orders in those weeks are removed first, so these are alone in their days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedOrders, listPath } from '../../src/domain/kpis/drilldown';
import type { KpiReport } from '../../src/domain/kpis/types';
import type { Order } from '../../src/domain/types';
import type { Database } from '../seed/database';
import { TEST_ANCHOR, listQuery, startTestServer, totalOf, type TestServer } from '../test/harness';

/** Placed at, and a total that tells the orders apart in any sum. */
const EDGE_ORDERS: ReadonlyArray<readonly [string, number]> = [
  ['2026-03-28T22:59:59.999Z', 1000], // Berlin: 28 March 23:59:59.999 (CET)
  ['2026-03-28T23:00:00.000Z', 2000], // Berlin: 29 March 00:00 (CET); clocks jump at 02:00
  ['2026-03-29T21:59:59.999Z', 4000], // Berlin: 29 March 23:59:59.999 (CEST)
  ['2026-03-29T22:00:00.000Z', 8000], // Berlin: 30 March 00:00 (CEST)
  ['2026-10-24T21:59:59.999Z', 100], // Berlin: 24 October 23:59:59.999 (CEST)
  ['2026-10-24T22:00:00.000Z', 200], // Berlin: 25 October 00:00 (CEST); clocks fall back at 03:00
  ['2026-10-25T22:59:59.999Z', 400], // Berlin: 25 October 23:59:59.999 (CET)
  ['2026-10-25T23:00:00.000Z', 800], // Berlin: 26 October 00:00 (CET)
];

const inEdgeWeeks = (o: Order) =>
  (o.placedAt >= '2026-03-20' && o.placedAt < '2026-04-10') ||
  (o.placedAt >= '2026-10-15' && o.placedAt < '2026-11-05');

function addEdgeOrders(db: Database): void {
  db.orders = db.orders.filter((o) => !inEdgeWeeks(o));
  const template = db.orders.find((o) => o.status === 'delivered' && o.promotionIds.length === 0)!;
  let id = Math.max(...db.orders.map((o) => o.id));
  for (const [placedAt, total] of EDGE_ORDERS) {
    id += 1;
    const order: Order = {
      ...template,
      id,
      number: `KT-EDGE-${id}`,
      placedAt,
      createdAt: placedAt,
      total,
      refundedTotal: 0,
      paidAt: placedAt,
      shippedAt: null,
      deliveredAt: null,
    };
    db.orders.push(order);
  }
}

let berlin: TestServer;
let newYork: TestServer;

beforeAll(async () => {
  [berlin, newYork] = await Promise.all([
    startTestServer({ now: () => TEST_ANCHOR, prepare: addEdgeOrders }),
    startTestServer({
      now: () => TEST_ANCHOR,
      prepare: addEdgeOrders,
      config: { timeZone: 'America/New_York' },
    }),
  ]);
});
afterAll(() => Promise.all([berlin.close(), newYork.close()]));

async function kpis(server: TestServer, query: string): Promise<KpiReport> {
  const res = await server.request<KpiReport>('GET', `/api/kpis?sections=sales&${query}`, {
    token: await server.login('manager'),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const daily = (body: KpiReport) => body.sales!.series.map((p) => [p.key, p.grossSales, p.orders]);

describe('shop calendar days', () => {
  it('split the 23-hour spring day at shop midnights, not UTC ones', async () => {
    const body = await kpis(berlin, 'from=2026-03-28&to=2026-03-30');
    expect(daily(body)).toEqual([
      ['2026-03-28', 1000, 1],
      ['2026-03-29', 6000, 2],
      ['2026-03-30', 8000, 1],
    ]);
    expect(body.sales!.series.map((p) => [p.from, p.to])).toEqual([
      ['2026-03-27T23:00:00.000Z', '2026-03-28T22:59:59.999Z'],
      ['2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
      ['2026-03-29T22:00:00.000Z', '2026-03-30T21:59:59.999Z'],
    ]);
  });

  it('split the 25-hour autumn day the same way', async () => {
    const body = await kpis(berlin, 'from=2026-10-24&to=2026-10-26');
    expect(daily(body)).toEqual([
      ['2026-10-24', 100, 1],
      ['2026-10-25', 600, 2],
      ['2026-10-26', 800, 1],
    ]);
  });

  it('start weeks at Monday 00:00 in the shop', async () => {
    const body = await kpis(berlin, 'from=2026-03-23&to=2026-04-05&granularity=week');
    expect(daily(body)).toEqual([
      ['2026-03-23', 7000, 3],
      ['2026-03-30', 8000, 1],
    ]);
  });

  it('compare a day with the 23-hour day before it', async () => {
    const body = await kpis(berlin, 'from=2026-03-30&to=2026-03-30');
    expect(body.comparison).toEqual({
      mode: 'previous',
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T21:59:59.999Z',
    });
    expect(body.sales!.previous).toMatchObject({ grossSales: 6000, orders: 2 });
    expect(body.sales!.current).toMatchObject({ grossSales: 8000, orders: 1 });
  });

  it('drill down to exactly the orders of a shop day', async () => {
    const body = await kpis(berlin, 'from=2026-03-29&to=2026-03-29');
    const drill = countedOrders(body);
    const res = await berlin.request('GET', `/api/${drill.resource}${listQuery({ filter: drill.filter })}`, {
      token: await berlin.login('manager'),
    });
    expect(totalOf(res)).toBe(2);
    expect(listPath(drill)).toContain('placedAt_gte');
  });

  it('follow the configured time zone', async () => {
    const body = await kpis(newYork, 'from=2026-03-28&to=2026-03-29');
    expect(body.range).toMatchObject({
      from: '2026-03-28T04:00:00.000Z',
      to: '2026-03-30T03:59:59.999Z',
      timeZone: 'America/New_York',
    });
    expect(daily(body)).toEqual([
      ['2026-03-28', 3000, 2],
      ['2026-03-29', 12000, 2],
    ]);
  });
});
