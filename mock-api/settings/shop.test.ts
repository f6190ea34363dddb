/**
 * Settings → Shop over HTTP: one record the admin changes (version-checked,
 * audited), everyone reads; refused with a message next to the field; and the
 * shop's stored time zone is what the dashboard's days, exports and the late
 * flag follow, so changing it changes them on the next request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiReport } from '../../src/domain/kpis/types';
import type { AuditEntry, ShopSettings } from '../../src/domain/types';
import { salesByBucket, recordsOf, shopDays } from '../kpis/expected';
import { configFromEnv } from '../config';
import { addOrder, hoursBefore } from '../orders/testing';
import { createApp } from '../server';
import { shopSettingsOf } from './shop';
import { listQuery, startTestServer, TEST_ANCHOR, type TestServer } from '../test/harness';

type Refusal = { message: string; errors?: Record<string, string> };

let server: TestServer;
let admin: string;
/** Placed at 22:30 UTC: the 11th in Berlin (00:30), the 10th in Los Angeles (15:30). */
const MARKER_PLACED = '2026-06-10T22:30:00.000Z';
let markerNumber = '';
/** Paid 30 hours ago, no shipping method: late under a 24-hour promise, not under the seeded 48. */
let unshipped = 0;

beforeAll(async () => {
  server = await startTestServer({
    now: () => TEST_ANCHOR,
    prepare: (db) => {
      const order = addOrder(db, { status: 'delivered', warehouseId: 1, lines: [[5, 1]] });
      Object.assign(order, { placedAt: MARKER_PLACED, paidAt: MARKER_PLACED, createdAt: MARKER_PLACED });
      markerNumber = order.number;
      unshipped = addOrder(db, {
        status: 'paid',
        warehouseId: 1,
        lines: [[5, 1]],
        paidAt: hoursBefore(30),
      }).id;
    },
  });
  admin = await server.login('admin');
});
afterAll(() => server.close());

const current = async () =>
  (await server.request<ShopSettings>('GET', '/api/shop-settings/1', { token: admin })).body;

async function change(body: Record<string, unknown>, token = admin, language = 'en') {
  const version = (await current()).version;
  return server.request<ShopSettings & Refusal>('PUT', '/api/shop-settings/1', {
    token,
    body: { version, ...body },
    headers: { 'Accept-Language': language },
  });
}

describe('the shop settings record', () => {
  it('starts from the seed and is read by every role', async () => {
    for (const role of ['admin', 'manager', 'merchandiser', 'warehouse']) {
      const res = await server.request<ShopSettings>('GET', '/api/shop-settings/1', {
        token: await server.login(role),
      });
      expect(res.status, role).toBe(200);
      expect(res.body).toMatchObject({ id: 1, timeZone: 'Europe/Berlin', currencyDisplay: 'symbol' });
      expect(res.body.address.split('\n').length).toBeGreaterThan(1);
    }
    expect((await server.request('GET', '/api/shop-settings/1', {})).status).toBe(401);
  });

  it('is changed only by the admin: 403 for every other role, and nothing changes', async () => {
    for (const role of ['manager', 'merchandiser', 'warehouse']) {
      const res = await change({ name: `Shop of ${role}` }, await server.login(role));
      expect(res.status, role).toBe(403);
      expect(res.body.message).toMatch(/shop settings/);
    }
    expect((await current()).name).toBe('Kontor Demo Shop');
  });

  it('is neither created nor deleted over HTTP', async () => {
    const created = await server.request<Refusal>('POST', '/api/shop-settings', {
      token: admin,
      body: { name: 'Second shop' },
    });
    expect(created.status).toBe(405);
    expect(created.body.message).toMatch(/one settings record/);
    expect((await server.request('DELETE', '/api/shop-settings/1', { token: admin })).status).toBe(405);
    expect(await server.db.count('shop-settings')).toBe(1);
  });

  it('refuses an unknown time zone with 422 naming it, in English and German, and changes nothing', async () => {
    const before = await current();
    const res = await change({ timeZone: 'Europe/Atlantis', name: 'Renamed' });
    expect(res.status).toBe(422);
    expect(res.body.errors?.timeZone).toBe(
      '"Europe/Atlantis" is not a time zone Kontor knows. Use an IANA name such as Europe/Berlin, Europe/Vienna or UTC.',
    );
    const german = await change({ timeZone: '+02:00' }, admin, 'de');
    expect(german.status).toBe(422);
    expect(german.body.errors?.timeZone).toMatch(/^„\+02:00“ ist keine Zeitzone, die Kontor kennt/);
    expect(await current()).toEqual(before);
  });

  it('refuses null, an empty name, a display it does not offer, seven address lines and unknown fields', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ name: null }, 'name', /./],
      [{ name: '  ' }, 'name', /required/],
      [{ timeZone: null }, 'timeZone', /./],
      [{ currencyDisplay: 'words' }, 'currencyDisplay', /symbol, code/],
      [{ address: 'a\nb\nc\nd\ne\nf\ng' }, 'address', /at most 6 lines/],
      [{ serviceLevelHours: 0 }, 'serviceLevelHours', /./],
      [{ currency: 'USD' }, 'currency', /./],
    ];
    for (const [body, field, message] of cases) {
      const res = await change(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors?.[field], JSON.stringify(res.body)).toMatch(message);
    }
  });

  it('refuses a stale version with 409', async () => {
    const stale = (await current()).version;
    expect((await change({ name: 'First' })).status).toBe(200);
    const res = await server.request<Refusal>('PUT', '/api/shop-settings/1', {
      token: admin,
      body: { version: stale, name: 'Second' },
    });
    expect(res.status).toBe(409);
    expect((await current()).name).toBe('First');
  });

  it('takes the admin’s change, stores the zone canonically, and writes it to the audit log', async () => {
    const res = await change({
      name: 'Muster Shop',
      address: ' Muster GmbH \n\nHauptstraße 1\n10115 Berlin',
      timeZone: 'europe/vienna',
      currencyDisplay: 'code',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Muster Shop',
      address: 'Muster GmbH\nHauptstraße 1\n10115 Berlin',
      timeZone: 'Europe/Vienna',
      currencyDisplay: 'code',
    });
    const audit = await server.request<AuditEntry[]>(
      'GET',
      `/api/audit-log${listQuery({ filter: { resource: 'shop-settings', recordId: 1 }, sort: ['id', 'DESC'] })}`,
      { token: admin },
    );
    expect(audit.body[0]).toMatchObject({ action: 'update', username: 'admin' });
    expect(audit.body[0]!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'timeZone', after: 'Europe/Vienna' }),
        { field: 'currencyDisplay', before: 'symbol', after: 'code' },
      ]),
    );
  });
});

describe('the stored time zone', () => {
  const FROM = '2026-06-08';
  const TO = '2026-06-12';

  async function dailySales() {
    const res = await server.request<KpiReport>(
      'GET',
      `/api/kpis?sections=sales&from=${FROM}&to=${TO}&granularity=day`,
      { token: await server.login('manager') },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** The same days counted the plain way from the stored orders (../kpis/expected.ts). */
  async function expectedDays(timeZone: string) {
    const buckets = salesByBucket(
      await recordsOf(server.db),
      shopDays(FROM, TO, timeZone),
      timeZone,
      'day',
      FROM,
    );
    return ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12'].map((key) => [
      key,
      buckets.get(key)?.grossSales ?? 0,
      buckets.get(key)?.orders ?? 0,
    ]);
  }
  const days = (report: KpiReport) => report.sales!.series.map((p) => [p.key, p.grossSales, p.orders]);

  async function exportedPlacedAt(): Promise<string> {
    const res = await server.request<string>(
      'GET',
      `/api/orders/export.csv${listQuery({ filter: { number: markerNumber } })}`,
      { token: admin },
    );
    expect(res.status).toBe(200);
    return res.body;
  }

  it('buckets the dashboard’s days, and changing it moves the days on the next request', async () => {
    expect((await change({ timeZone: 'Europe/Berlin' })).status).toBe(200);
    const berlin = await dailySales();
    expect(berlin.range.timeZone).toBe('Europe/Berlin');
    expect(days(berlin)).toEqual(await expectedDays('Europe/Berlin'));
    expect(await exportedPlacedAt()).toContain('2026-06-11 00:30');

    expect((await change({ timeZone: 'America/Los_Angeles' })).status).toBe(200);
    const losAngeles = await dailySales();
    expect(losAngeles.range.timeZone).toBe('America/Los_Angeles');
    expect(days(losAngeles)).toEqual(await expectedDays('America/Los_Angeles'));
    expect(days(losAngeles)).not.toEqual(days(berlin));
    // Shop midnight in Los Angeles is 07:00 UTC in June.
    expect(losAngeles.sales!.series[0]!.from).toBe('2026-06-08T07:00:00.000Z');
    expect(await exportedPlacedAt()).toContain('2026-06-10 15:30');
  });

  it('goes with the dispatch promise for orders without a shipping method, which the late flag follows', async () => {
    const lateIds = async () => {
      const res = await server.request<Array<{ id: number }>>(
        'GET',
        `/api/orders${listQuery({ filter: { late: true }, range: [0, 4999] })}`,
        { token: admin },
      );
      expect(res.status).toBe(200);
      return res.body.map((order) => order.id);
    };
    expect(await lateIds()).not.toContain(unshipped);
    expect((await change({ serviceLevelHours: 24 })).status).toBe(200);
    expect(await lateIds()).toContain(unshipped);
    expect((await change({ serviceLevelHours: 48 })).status).toBe(200);
  });

  it('survives a restart: the stored record wins over the environment', async () => {
    const reopened = await server.reopen();
    try {
      await createApp(reopened, configFromEnv({ log: false, timeZone: 'Asia/Tokyo', serviceLevelHours: 12 }));
      expect(await shopSettingsOf(reopened)).toMatchObject({
        timeZone: 'America/Los_Angeles',
        serviceLevelHours: 48,
      });
    } finally {
      await reopened.close();
    }
  });
});

describe('a database from before the shop kept its settings', () => {
  it('gets them on first start from SHOP_TIME_ZONE and SERVICE_LEVEL_HOURS, once', async () => {
    const old = await startTestServer({
      config: { timeZone: 'Europe/Vienna', serviceLevelHours: 36 },
      prepare: (db) => {
        delete (db as Partial<typeof db>)['shop-settings'];
      },
    });
    try {
      const res = await old.request<ShopSettings>('GET', '/api/shop-settings/1', {
        token: await old.login('merchandiser'),
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ timeZone: 'Europe/Vienna', serviceLevelHours: 36, version: 1 });
      // Stored, not only served: a restart finds the record the first start wrote.
      const reopened = await old.reopen();
      try {
        expect(await reopened.get('shop-settings', 1)).toMatchObject({ timeZone: 'Europe/Vienna' });
      } finally {
        await reopened.close();
      }
    } finally {
      await old.close();
    }
  });
});
