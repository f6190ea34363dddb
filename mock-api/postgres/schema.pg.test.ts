/**
 * The PostgreSQL schema: it migrates up from nothing and down again, holds the
 * whole demo seed, and refuses what the database can refuse by itself.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeded } from '../seed/test-fixtures';
import { loadDatabase } from './load';
import { migrateDatabase } from './migrate';
import { LOAD_ORDER, SEARCH_INDEXES, tableOf } from './tables';
import { freshDatabase, type TestDatabase } from './testing';

let database: TestDatabase;
let client: pg.Client;
const db = seeded('demo');

beforeAll(async () => {
  database = await freshDatabase();
  await migrateDatabase(database.url);
  await loadDatabase(database.url, db);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await database?.drop();
});

/** Runs `sql` in a transaction that is always rolled back, and returns the error it raised. */
async function refusal(sql: string, params: unknown[] = []): Promise<pg.DatabaseError> {
  await client.query('BEGIN');
  try {
    await client.query(sql, params);
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
  } catch (error) {
    return error as pg.DatabaseError;
  } finally {
    await client.query('ROLLBACK');
  }
  throw new Error(`not refused: ${sql}`);
}

const docOf = (collection: keyof typeof db, index = 0): Record<string, unknown> => ({
  ...(db[collection] as Record<string, unknown>[])[index],
});

describe('the PostgreSQL schema', () => {
  it('holds every record of the seed, whole', async () => {
    for (const collection of LOAD_ORDER) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${tableOf(collection)}`);
      expect(Number(rows[0]!.count), collection).toBe((db[collection] as object[]).length);
    }
    const order = db.orders[17]!;
    const { rows } = await client.query('SELECT doc FROM orders WHERE id = $1', [order.id]);
    expect(rows[0].doc).toEqual(order);
  });

  it('keeps the seed’s numbers: on hand is the sum of the ledger for every stock level', async () => {
    const { rows } = await client.query(`
      SELECT l.id, l.on_hand, coalesce(sum(m.delta), 0) AS ledger
      FROM stock_levels l
      LEFT JOIN stock_movements m ON m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id
      GROUP BY l.id, l.on_hand
      HAVING l.on_hand <> coalesce(sum(m.delta), 0)`);
    expect(rows).toEqual([]);
  });

  it('refuses a second product with a SKU already taken, whatever its case', async () => {
    const product = docOf('products');
    const error = await refusal('INSERT INTO products (id, doc) VALUES ($1, $2)', [
      999_999,
      { ...product, id: 999_999, sku: String(product.sku).toLowerCase() },
    ]);
    expect(error.code).toBe('23505');
    expect(error.constraint).toBe('products_sku_key');
  });

  it('refuses a second order with a number already taken', async () => {
    const order = docOf('orders');
    const error = await refusal('INSERT INTO orders (id, doc) VALUES ($1, $2)', [
      999_999,
      { ...order, id: 999_999 },
    ]);
    expect(error.code).toBe('23505');
    expect(error.constraint).toBe('orders_number_key');
  });

  it('refuses negative stock, and a second stock level for the same product and warehouse', async () => {
    const level = docOf('stock-levels');
    const negative = await refusal(
      `UPDATE stock_levels SET doc = jsonb_set(doc, '{onHand}', '-1') WHERE id = $1`,
      [level.id],
    );
    expect(negative.code).toBe('23514');
    const twice = await refusal('INSERT INTO stock_levels (id, doc) VALUES ($1, $2)', [
      999_999,
      { ...level, id: 999_999 },
    ]);
    expect(twice.code).toBe('23505');
  });

  it('refuses to delete what others refer to, instead of cascading', async () => {
    const product = docOf('products');
    const error = await refusal('DELETE FROM products WHERE id = $1', [product.id]);
    expect(error.code).toBe('23503');
    const { rows } = await client.query('SELECT count(*)::int AS n FROM stock_levels WHERE product_id = $1', [
      product.id,
    ]);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('refuses a record pointing at nothing', async () => {
    const shipment = docOf('shipments');
    const error = await refusal('INSERT INTO shipments (id, doc) VALUES ($1, $2)', [
      999_999,
      { ...shipment, id: 999_999, orderId: 987_654 },
    ]);
    expect(error.code).toBe('23503');
  });

  it('finds orders by number and products by name through trigram indexes', async () => {
    await client.query('SET enable_seqscan = off');
    const plan = await client.query(
      `EXPLAIN SELECT id FROM products WHERE ${SEARCH_INDEXES.products!.expression} LIKE '%mug%'`,
    );
    await client.query('RESET enable_seqscan');
    expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/products_q/);
  });

  it('keeps one shop settings record, with its time zone lifted out', async () => {
    const { rows } = await client.query('SELECT id, time_zone FROM shop_settings');
    expect(rows).toEqual([{ id: '1', time_zone: db['shop-settings'][0]!.timeZone }]);
    const error = await refusal('INSERT INTO shop_settings (id, doc) VALUES ($1, $2)', [
      2,
      { ...docOf('shop-settings'), id: 2 },
    ]);
    expect(error.code).toBe('23514');
  });

  it('migrates down to nothing and up again', async () => {
    const other = await freshDatabase();
    try {
      const up = await migrateDatabase(other.url);
      expect(up.length).toBeGreaterThan(0);
      expect(await migrateDatabase(other.url)).toEqual([]);
      expect(await migrateDatabase(other.url, { direction: 'down', count: up.length })).toEqual(
        [...up].reverse(),
      );
      expect(await migrateDatabase(other.url)).toEqual(up);
    } finally {
      await other.drop();
    }
  });
});
