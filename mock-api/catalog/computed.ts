/**
 * Per-request figures for catalog lists: a product's margin, its available
 * stock across warehouses and its stock state; a category's product count.
 * Built once per store version, so a page of 25 does not rescan 40,000 levels.
 */
import type { Category, Product, StockLevel } from '../../src/domain/types';
import type { RowPredicate } from '../rest/list';
import type { Store, StoredRecord } from '../store/store';

export type StockState = 'out' | 'low' | 'in';

interface CatalogFigures {
  available: Map<number, number>;
  reorderPoint: Map<number, number>;
  categoryNames: Map<number, string>;
  /** Products per category, counting a subcategory's products in its parent too. */
  productCount: Map<number, number>;
  parents: Map<number, number | null>;
}

const cache = new WeakMap<Store, { seq: number; figures: CatalogFigures }>();

function catalogFigures(store: Store): CatalogFigures {
  const cached = cache.get(store);
  if (cached && cached.seq === store.seq) return cached.figures;
  const available = new Map<number, number>();
  const reorderPoint = new Map<number, number>();
  for (const level of store.all<StockLevel>('stock-levels')) {
    available.set(level.productId, (available.get(level.productId) ?? 0) + level.available);
    reorderPoint.set(level.productId, (reorderPoint.get(level.productId) ?? 0) + level.reorderPoint);
  }
  const categoryNames = new Map<number, string>();
  const parents = new Map<number, number | null>();
  for (const c of store.all<Category>('categories')) {
    categoryNames.set(c.id, c.name);
    parents.set(c.id, c.parentId);
  }
  const productCount = new Map<number, number>();
  for (const p of store.all<Product>('products')) {
    for (let id = p.categoryId; id !== null && id !== undefined; id = parents.get(id) ?? null) {
      productCount.set(id, (productCount.get(id) ?? 0) + 1);
    }
  }
  const figures = { available, reorderPoint, categoryNames, productCount, parents };
  cache.set(store, { seq: store.seq, figures });
  return figures;
}

export function marginPercent(price: number, cost: number): number | null {
  if (price <= 0) return null;
  return Math.round(((price - cost) / price) * 1000) / 10;
}

export function stockState(available: number, reorderPoint: number): StockState {
  if (available <= 0) return 'out';
  return available <= reorderPoint ? 'low' : 'in';
}

export const PRODUCT_COMPUTED_FIELDS = ['marginPercent', 'available', 'categoryName', 'stockState'] as const;

/** Each product's figures, computed once per store version and then read from a map. */
const productMemo = new WeakMap<Store, { seq: number; values: Map<number, Record<string, unknown>> }>();

export function productFigures(store: Store): (record: StoredRecord) => Record<string, unknown> {
  let memo = productMemo.get(store);
  if (!memo || memo.seq !== store.seq) {
    memo = { seq: store.seq, values: new Map() };
    productMemo.set(store, memo);
  }
  const values = memo.values;
  const compute = productFiguresUncached(store);
  return (record) => {
    let found = values.get(record.id);
    if (!found) {
      found = compute(record);
      values.set(record.id, found);
    }
    return found;
  };
}

function productFiguresUncached(store: Store): (record: StoredRecord) => Record<string, unknown> {
  const f = catalogFigures(store);
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

export function categoryFigures(store: Store): (record: StoredRecord) => Record<string, unknown> {
  const f = catalogFigures(store);
  return (record) => ({ productCount: f.productCount.get(record.id) ?? 0 });
}

/** A product filter on a category that also matches its subcategories; takes one id or a list. */
export function inCategoryTree(value: unknown, store: Store): RowPredicate {
  const f = catalogFigures(store);
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
