/** Database-backed answers to the domain validators' questions (existence, uniqueness). */
import type { CatalogLookup, CategoryLookup } from '../src/domain/validation/catalog';
import type { PromotionLookup, UniqueLookup } from '../src/domain/validation/records';
import type { Category, Promotion } from '../src/domain/types';
import type { StoredRecord, Transaction } from './store/store';

export function lookupFor(tx: Transaction): CatalogLookup & CategoryLookup & UniqueLookup & PromotionLookup {
  const taken = (collection: string, field: string, value: string, exceptId: number | null) => {
    const wanted = value.trim().toLowerCase();
    for (const row of tx.all<StoredRecord>(collection)) {
      if (
        row.id !== exceptId &&
        typeof row[field] === 'string' &&
        (row[field] as string).toLowerCase() === wanted
      ) {
        return true;
      }
    }
    return false;
  };
  return {
    exists: (collection, id) => tx.get(collection, id) !== undefined,
    skuTaken: (sku, exceptId) => taken('products', 'sku', sku, exceptId),
    taken,
    category: (id) => tx.get<Category>('categories', id),
    hasChildren: (id) => {
      for (const c of tx.all<Category>('categories')) if (c.parentId === id) return true;
      return false;
    },
    codeInUse: (code, exceptId) => {
      const wanted = code.trim().toLowerCase();
      const now = Date.parse(tx.at);
      for (const p of tx.all<Promotion>('promotions')) {
        const expired = p.endsAt !== null && Date.parse(p.endsAt) <= now;
        if (p.id !== exceptId && !expired && p.code?.toLowerCase() === wanted) return true;
      }
      return false;
    },
  };
}
