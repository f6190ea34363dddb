/**
 * Two API processes on one PostgreSQL database, as behind a load balancer:
 * writers racing on the same stock level, the same SKU and the same order,
 * half through each instance. Nothing is lost or doubled, and on hand is still
 * the sum of the ledger afterwards.
 */
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, StockLevel } from '../../src/domain/types';
import { anyFreePort } from '../../scripts/lib/ports';
import { startProcess, type ManagedProcess } from '../../scripts/lib/processes';
import { DEMO_PASSWORD } from '../auth/passwords';
import { seeded } from '../seed/test-fixtures';
import { ledgerViolations, reservationViolations } from '../test/invariants';
import { PostgresDatabase } from './database';
import { loadDatabase } from './load';
import { freshDatabase, type TestDatabase } from './testing';

interface Instance {
  url: string;
  process: ManagedProcess;
}

let database: TestDatabase;
let db: PostgresDatabase;
const instances: Instance[] = [];
const tokens: string[] = [];

async function startInstance(databaseUrl: string, n: number): Promise<Instance> {
  const port = await anyFreePort();
  const process = startProcess({
    name: `api-${n}`,
    command: path.resolve('node_modules/.bin/tsx'),
    args: ['mock-api/main.ts'],
    env: { ...globalThis.process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), API_LOG: '0' },
    output: { logFile: path.join(os.tmpdir(), `kontor-instance-${n}-${port}.log`) },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (process.hasExited()) throw new Error(`instance ${n} exited while starting`);
    const ready = await fetch(`${url}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return { url, process };
    if (Date.now() > deadline) throw new Error(`instance ${n} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function call<T = Record<string, unknown>>(
  instance: number,
  method: string,
  urlPath: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${instances[instance]!.url}${urlPath}`, {
    method,
    headers: { Authorization: `Bearer ${tokens[instance]}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

beforeAll(async () => {
  database = await freshDatabase({ migrated: true });
  await loadDatabase(database.url, seeded('tiny'));
  instances.push(await startInstance(database.url, 1), await startInstance(database.url, 2));
  // Signed in through the first instance; the session is in the database, so the second accepts it too.
  const login = await fetch(`${instances[0]!.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  tokens.push(token, token);
  db = new PostgresDatabase(database.url);
}, 120_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.process.stop()));
  await db?.close();
  await database?.drop();
});

describe('two API instances on one database', () => {
  it('accepts a session signed in on the other instance', async () => {
    expect((await call(1, 'GET', '/api/orders')).status).toBe(200);
  });

  it('serialises 200 simultaneous stock changes across both: on hand = start + accepted deltas', async () => {
    const [level] = (await db.all<StockLevel>('stock-levels')).filter((l) => l.onHand > 5);
    const { productId, warehouseId, onHand: start } = level!;
    const deltas = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? -1 : 1));
    const results = await Promise.all(
      deltas.map((delta, i) =>
        call(i % 2, 'POST', '/api/stock-adjustments', {
          productId,
          warehouseId,
          delta,
          reason: delta > 0 ? 'receipt' : 'damage',
        }),
      ),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const after = (await db.get<StockLevel>('stock-levels', level!.id))!;
    expect(after.onHand).toBe(start + deltas.reduce((a, b) => a + b, 0));
    expect(await ledgerViolations(db)).toEqual([]);
  });

  it('creates a SKU once when 20 requests race for it across both', async () => {
    const sku = `KT-RACE-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(i % 2, 'POST', '/api/products', { sku, name: 'Wettlauf', price: 100, cost: 50 }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409 || s === 422)).toBe(true);
    expect(await db.findBy('products', 'sku', sku)).toHaveLength(1);
  });

  it('moves an order once when both instances cancel it at the same moment', async () => {
    const order = (await db.all<Order>('orders')).find((o) => o.status === 'pending')!;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(i % 2, 'POST', `/api/orders/${order.id}/transitions`, { to: 'cancelled', reason: 'Kunde' }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 200).every((r) => r.status === 409)).toBe(true);
    expect((await db.get<Order>('orders', order.id))?.status).toBe('cancelled');
    expect(await reservationViolations(db)).toEqual([]);
    expect(await ledgerViolations(db)).toEqual([]);
  });
});
