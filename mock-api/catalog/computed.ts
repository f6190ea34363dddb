/**
 * Per-request figures for catalog lists: a product's margin, its available
 * stock across warehouses and its stock state; a category's product count.
 * Built once per database version, so a page of 25 does not rescan 40,000 levels.
 */
import type { Category, Product, StockLevel } from '../../src/domain/types';
import type { RowPredicate } from '../rest/list';
import type { Database, StoredRecord } from '../store/database';
import { perVersion } from '../store/perVersion';

export type StockState = 'out' | 'low' | 'in';

interface CatalogFigures {
  available: Map<number, number>;
  reorderPoint: Map<number, number>;
  categoryNames: Map<number, string>;
  /** Products per category, counting a subcategory's products in its parent too. */
  productCount: Map<number, number>;
  parents: Map<number, number | null>;
}

const catalogFigures = perVersion(async (db: Database): Promise<CatalogFigures> => {
  const available = new Map<number, number>();
  const reorderPoint = new Map<number, number>();
  for (const level of await db.all<StockLevel>('stock-levels')) {
    available.set(level.productId, (available.get(level.productId) ?? 0) + level.available);
    reorderPoint.set(level.productId, (reorderPoint.get(level.productId) ?? 0) + level.reorderPoint);
  }
  const categoryNames = new Map<number, string>();
  const parents = new Map<number, number | null>();
  for (const c of await db.all<Category>('categories')) {
    categoryNames.set(c.id, c.name);
    parents.set(c.id, c.parentId);
  }
  const productCount = new Map<number, number>();
  for (const p of await db.all<Product>('products')) {
    for (let id = p.categoryId; id !== null && id !== undefined; id = parents.get(id) ?? null) {
      productCount.set(id, (productCount.get(id) ?? 0) + 1);
    }
  }
  return { available, reorderPoint, categoryNames, productCount, parents };
});

export function marginPercent(price: number, cost: number): number | null {
  if (price <= 0) return null;
  return Math.round(((price - cost) / price) * 1000) / 10;
}

export function stockState(available: number, reorderPoint: number): StockState {
  if (available <= 0) return 'out';
  return available <= reorderPoint ? 'low' : 'in';
}

export const PRODUCT_COMPUTED_FIELDS = ['marginPercent', 'available', 'categoryName', 'stockState'] as const;

/** Each product's figures, computed once per database version and then read from a map. */
const productMemo = new WeakMap<
  Database,
  { version: number; values: Map<number, Record<string, unknown>> }
>();

export async function productFigures(
  db: Database,
): Promise<(record: StoredRecord) => Record<string, unknown>> {
  const version = await db.version();
  let memo = productMemo.get(db);
  if (!memo || memo.version !== version) {
    memo = { version, values: new Map() };
    productMemo.set(db, memo);
  }
  const values = memo.values;
  const compute = await productFiguresUncached(db);
  return (record) => {
    let found = values.get(record.id);
    if (!found) {
      found = compute(record);
      values.set(record.id, found);
    }
    return found;
  };
}

async function productFiguresUncached(
  db: Database,
): Promise<(record: StoredRecord) => Record<string, unknown>> {
  const f = await catalogFigures(db);
  return (record) => {
    const p = record as unknown as Product;
    const available = f.available.get(p.id) ?? 0;
    return {
      marginPercent: marginPercent(p.price, p.cost),
      available,
      categoryName: p.categoryId === null ? null : (f.categoryNames.get(p.categoryId) ?? null),
      stockState: stockState(available, f.reorderPoint.get(p.id) ?? 0),
    };
  };
}

export async function categoryFigures(
  db: Database,
): Promise<(record: StoredRecord) => Record<string, unknown>> {
  const f = await catalogFigures(db);
  return (record) => ({ productCount: f.productCount.get(record.id) ?? 0 });
}

/** A product filter on a category that also matches its subcategories; takes one id or a list. */
export async function inCategoryTree(value: unknown, db: Database): Promise<RowPredicate> {
  const f = await catalogFigures(db);
  const wanted = new Set((Array.isArray(value) ? value : [value]).map(Number));
  return (row) => {
    for (
      let id = row.categoryId as number | null;
      id !== null && id !== undefined;
      id = f.parents.get(id) ?? null
    ) {
      if (wanted.has(id)) return true;
    }
    return false;
  };
}
