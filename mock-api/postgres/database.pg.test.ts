/**
 * The data layer on PostgreSQL: records read back as they were written, new
 * ids follow the seed's, a refused transaction leaves nothing, and concurrent
 * writers (in one instance or two) lose no update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import { seeded } from '../seed/test-fixtures';
import type { StoredRecord } from '../store/database';
import { PostgresDatabase } from './database';
import { loadDatabase } from './load';
import { migrateDatabase } from './migrate';
import { freshDatabase, type TestDatabase } from './testing';

let database: TestDatabase;
let db: PostgresDatabase;
const seed = seeded('tiny');

beforeAll(async () => {
  database = await freshDatabase();
  await migrateDatabase(database.url);
  await loadDatabase(database.url, seed);
  db = new PostgresDatabase(database.url, { poolSize: 20 });
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

interface Counter extends StoredRecord {
  name: string;
  value: number;
}

/** Adds one to a saved filter's counter in its own transaction: read, then write what was read plus one. */
const increment = (on: PostgresDatabase, id: number) =>
  on.transact(async (tx) => {
    const counter = await tx.get<Counter>('saved-filters', id);
    await tx.update<Counter>('saved-filters', id, { value: (counter?.value ?? 0) + 1 });
  });

describe('PostgresDatabase', () => {
  it('reads the seed as the embedded store holds it', async () => {
    const first = seed.products[0]!;
    expect(await db.get('products', first.id)).toEqual(first);
    expect(await db.count('products')).toBe(seed.products.length);
    expect((await db.all('warehouses')).map((w) => w.id)).toEqual(seed.warehouses.map((w) => w.id));
    expect(await db.get('products', 999_999)).toBeUndefined();
    // Credentials are keyed by their user and keep that key as their id.
    const credential = await db.get('credentials', seed.users[0]!.id);
    expect(credential?.id).toBe(seed.users[0]!.id);
  });

  it('finds records by a field, and refuses a field name that is not plain', async () => {
    const sku = seed.products[1]!.sku;
    expect((await db.findBy('products', 'sku', sku)).map((p) => p.id)).toEqual([seed.products[1]!.id]);
    await expect(db.findBy('products', "sku' OR '1'='1", 'x')).rejects.toThrow(/plain field name/);
    // Through a lifted, indexed column (stock_levels.product_id) and through `doc` alike.
    const productId = seed['stock-levels'][0]!.productId;
    const levels = seed['stock-levels'].filter((level) => level.productId === productId);
    expect(await db.findBy('stock-levels', 'productId', productId)).toEqual(levels);
    const cost = seed.products[0]!.cost;
    expect((await db.findBy('products', 'cost', cost)).map((p) => p.id)).toEqual(
      seed.products.filter((p) => p.cost === cost).map((p) => p.id),
    );
  });

  it('numbers new records after the seed and stamps them', async () => {
    const maxId = Math.max(...seed.customers.map((c) => c.id));
    const before = await db.version();
    const created = await db.transact((tx) =>
      tx.insert('customers', { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' }),
    );
    expect(created).toMatchObject({ id: maxId + 1, firstName: 'Ada', version: 1 });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(await db.get('customers', created.id)).toEqual(created);
    expect(await db.version()).toBeGreaterThan(before);
  });

  it('sees its own writes inside a transaction and keeps nothing when it throws', async () => {
    const count = await db.count('customers');
    await expect(
      db.transact(async (tx) => {
        const created = await tx.insert('customers', { firstName: 'Gone', lastName: 'Soon' });
        expect(await tx.get('customers', created.id)).toMatchObject({ firstName: 'Gone' });
        expect(await tx.count('customers')).toBe(count + 1);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await db.count('customers')).toBe(count);
    expect(await db.findBy('customers', 'firstName', 'Gone')).toEqual([]);
  });

  it('answers 409 when the database itself refuses a change (a SKU taken in another case)', async () => {
    const taken = seed.products[0]!;
    const error = await db
      .transact((tx) => tx.insert('products', { ...taken, sku: taken.sku.toLowerCase() }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 409, problem: { key: 'errors.writeConflict' } });
  });

  it('loses no update when 40 writers add to one record at once, across two instances', async () => {
    const other = new PostgresDatabase(database.url, { poolSize: 20 });
    try {
      const counter = await db.transact((tx) =>
        tx.insert<Counter>('saved-filters', { name: 'storm', value: 0 }),
      );
      const writers = Array.from({ length: 40 }, (_, i) => increment(i % 2 ? other : db, counter.id));
      await Promise.all(writers);
      const after = await other.get<Counter>('saved-filters', counter.id);
      expect(after?.value).toBe(40);
      expect(after?.version).toBe(41);
    } finally {
      await other.close();
    }
  });
});
