/**
 * Figures derived from many records (stock per product, a customer's orders)
 * built once per database and per data version: they stay until a commit
 * changes what they come from, in the embedded store and on PostgreSQL alike.
 */
import type { Database } from './database';

export function perVersion<T>(build: (db: Database) => Promise<T>): (db: Database) => Promise<T> {
  const cache = new WeakMap<Database, { version: number; value: T }>();
  return async (db) => {
    // The version is read before the records: a value built while a write lands is tagged older and rebuilt.
    const version = await db.version();
    const cached = cache.get(db);
    if (cached?.version === version) return cached.value;
    const value = await build(db);
    cache.set(db, { version, value });
    return value;
  };
}
