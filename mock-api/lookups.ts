/**
 * Database-backed answers to the domain validators' questions (existence,
 * uniqueness). The validators are pure and synchronous, so the collections
 * they ask about are read first and the answers come from those records;
 * a question about a collection that was not read is a bug and throws.
 */
import type { CatalogLookup, CategoryLookup } from '../src/domain/validation/catalog';
import type { PromotionLookup, UniqueLookup } from '../src/domain/validation/records';
import type { Category, Promotion } from '../src/domain/types';
import type { RecordReader, StoredRecord } from './store/database';

export type RecordLookup = CatalogLookup & CategoryLookup & UniqueLookup & PromotionLookup;

export async function lookupFor(
  reader: RecordReader & { readonly at: string },
  collections: readonly string[],
): Promise<RecordLookup> {
  const loaded = new Map<string, StoredRecord[]>();
  const byId = new Map<string, Map<number, StoredRecord>>();
  for (const collection of new Set(collections)) {
    const rows = await reader.all<StoredRecord>(collection);
    loaded.set(collection, rows);
    byId.set(collection, new Map(rows.map((row) => [row.id, row])));
  }
  const rowsOf = (collection: string): StoredRecord[] => {
    const rows = loaded.get(collection);
    if (!rows) throw new Error(`lookup of ${collection}, which was not read first`);
    return rows;
  };
  const recordOf = (collection: string, id: number): StoredRecord | undefined => {
    rowsOf(collection);
    return byId.get(collection)!.get(id);
  };
  const taken = (collection: string, field: string, value: string, exceptId: number | null) => {
    const wanted = value.trim().toLowerCase();
    return rowsOf(collection).some(
      (row) =>
        row.id !== exceptId &&
        typeof row[field] === 'string' &&
        (row[field] as string).toLowerCase() === wanted,
    );
  };
  const now = Date.parse(reader.at);
  return {
    exists: (collection, id) => recordOf(collection, id) !== undefined,
    skuTaken: (sku, exceptId) => taken('products', 'sku', sku, exceptId),
    taken,
    category: (id) => recordOf('categories', id) as Category | undefined,
    hasChildren: (id) => rowsOf('categories').some((c) => c.parentId === id),
    codeInUse: (code, exceptId) => {
      const wanted = code.trim().toLowerCase();
      return (rowsOf('promotions') as unknown as Promotion[]).some((p) => {
        const expired = p.endsAt !== null && Date.parse(p.endsAt) <= now;
        return p.id !== exceptId && !expired && p.code?.toLowerCase() === wanted;
      });
    },
  };
}

/** A collection read once into a map by id, for code that then looks many of its records up synchronously. */
export async function recordsById<T extends { id: number }>(
  reader: RecordReader,
  collection: string,
): Promise<Map<number, T>> {
  return new Map((await reader.all<T>(collection)).map((record) => [record.id, record]));
}
