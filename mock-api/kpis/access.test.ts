/** Who gets which sections of GET /api/kpis, and how bad parameters are refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiReport } from '../../src/domain/kpis/types';
import type { ErrorBody } from '../http/errors';
import { TEST_ANCHOR, startTestServer, type TestServer } from '../test/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: () => TEST_ANCHOR });
});
afterAll(() => server.close());

const get = async <T>(query: string, user: string | null, language = 'en') =>
  server.request<T>('GET', `/api/kpis${query}`, {
    token: user ? await server.login(user) : null,
    headers: { 'Accept-Language': language },
  });

describe('sections by role', () => {
  it.each(['admin', 'manager', 'merchandiser'])('gives %s every section', async (user) => {
    const res = await get<KpiReport>('?from=2026-06-01&to=2026-06-14', user);
    expect(res.status).toBe(200);
    expect(res.body.sections).toEqual(['sales', 'stock', 'fulfilment', 'promotions']);
    for (const section of res.body.sections) expect(res.body[section]).toBeDefined();
  });

  it('gives warehouse staff stock and fulfilment only, leaving the rest out', async () => {
    const res = await get<KpiReport>('?from=2026-06-01&to=2026-06-14', 'warehouse');
    expect(res.status).toBe(200);
    expect(res.body.sections).toEqual(['stock', 'fulfilment']);
    expect(Object.keys(res.body)).not.toContain('sales');
    expect(Object.keys(res.body)).not.toContain('promotions');
    expect(res.body.fulfilment!.current.shipped).toBeGreaterThan(0);
  });

  it('refuses warehouse staff who ask for sales by name, in their language', async () => {
    const res = await get<ErrorBody>('?sections=stock,sales', 'warehouse', 'de');
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('Umsatz');
    expect(res.body.message).toContain('Lager');
  });

  it('returns just the sections asked for', async () => {
    const res = await get<KpiReport>('?sections=fulfilment', 'manager');
    expect(res.body.sections).toEqual(['fulfilment']);
    expect(
      Object.keys(res.body).filter((k) => ['sales', 'stock', 'fulfilment', 'promotions'].includes(k)),
    ).toEqual(['fulfilment']);
  });

  it('needs a session', async () => {
    expect((await get('', null)).status).toBe(401);
  });
});

describe('bad parameters', () => {
  it.each([
    ['?from=2026-06-31', ['from']],
    ['?from=last-monday', ['from']],
    ['?to=2026-06-01T12:00', ['to']],
    ['?from=2026-06-10&to=2026-06-01', ['from', 'to']],
    ['?from=2026-06-02T00:00:00Z&to=2026-06-01T23:59:59Z', ['from', 'to']],
    ['?from=2023-06-01&to=2026-06-14', ['from', 'to']],
    ['?warehouseId=999', ['warehouseId']],
    ['?warehouseId=-1', ['warehouseId']],
    ['?granularity=quarter', ['granularity']],
    ['?compare=next_year', ['compare']],
    ['?sections=everything', ['sections']],
    ['?from=2026-06-01&from=2026-06-02', ['from']],
    ['?filter={}', ['filter']],
  ])('%s is a 400 naming %j', async (query, params) => {
    const res = await get<ErrorBody>(query, 'manager');
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors ?? {})).toEqual(params);
    expect(res.body.message).toContain(params[0]);
  });

  it('are explained in German for a German request', async () => {
    const res = await get<ErrorBody>('?granularity=quarter', 'manager', 'de');
    expect(res.body.message).toBe(
      '„granularity“ muss einer dieser Werte sein: day, week, month; „quarter“ ist es nicht.',
    );
  });
});
