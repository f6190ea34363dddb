/** Products and categories as REST resources. */
import {
  validateCategory,
  validateProduct,
  PRODUCT_DEFAULTS,
  slugify,
} from '../../src/domain/validation/catalog';
import type { Category, Product } from '../../src/domain/types';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';
import { formatMoneyPlain } from '../../src/domain/catalog';
import { categoryFigures, inCategoryTree, productFigures, PRODUCT_COMPUTED_FIELDS } from './computed';
import { createStockLevels, removeUnusedStockLevels } from '../inventory/ledger';
import type { StoredRecord } from '../store/database';

defineResource({
  name: 'products',

  defaults: { ...PRODUCT_DEFAULTS },
  validate: async (input, existing, tx) =>
    validateProduct(input, existing as Product | null, await lookupFor(tx, ['products', 'categories'])),
  derive: (next) => ({
    sku: String(next.sku).toUpperCase(),
    barcode: next.barcode === '' ? null : next.barcode,
  }),
  computed: productFigures,
  computedFields: PRODUCT_COMPUTED_FIELDS,
  // Money as decimal euros and the same column names the import reads, so an export can be edited and re-imported.
  csvColumns: [
    ...(['sku', 'name', 'description', 'categoryId', 'categoryName'] as const).map((f) => ({
      header: f,
      value: (r: StoredRecord) => r[f],
    })),
    { header: 'price', value: (r: StoredRecord) => formatMoneyPlain(r.price as number) },
    { header: 'cost', value: (r: StoredRecord) => formatMoneyPlain(r.cost as number) },
    ...(['status', 'barcode', 'weightGrams', 'imageUrl', 'marginPercent', 'available'] as const).map((f) => ({
      header: f,
      value: (r: StoredRecord) => r[f],
    })),
  ],
  virtualFilters: { categoryId: (value, _ctx, db) => inCategoryTree(value, db) },
  afterCreate: (record, tx) => createStockLevels(tx, { productId: record.id }),
  beforeDelete: (record, tx) => removeUnusedStockLevels(tx, 'productId', record.id),
  referencedKey: 'errors.productReferenced',
  referencedBy: [
    { collection: 'stock-movements', field: 'productId' },
    {
      collection: 'orders',
      field: (row, product) =>
        (row.items as Array<{ productId: number }>).some((i) => i.productId === product.id),
    },
  ],
});

defineResource({
  name: 'categories',

  defaults: { parentId: null, position: 0 },
  computed: categoryFigures,
  computedFields: ['productCount'],
  validate: async (input, existing, tx) =>
    validateCategory(input, existing as Category | null, await lookupFor(tx, ['categories'])),
  derive: async (next, existing, tx) => {
    const slug = typeof next.slug === 'string' && next.slug ? next.slug : slugify(String(next.name));
    if (existing || next.position !== 0) return { slug };
    let last = -1;
    for (const c of await tx.all<StoredRecord>('categories')) {
      if (c.parentId === next.parentId) last = Math.max(last, Number(c.position));
    }
    return { slug, position: last + 1 };
  },
  referencedBy: [
    { collection: 'categories', field: 'parentId' },
    { collection: 'products', field: 'categoryId' },
  ],
});
