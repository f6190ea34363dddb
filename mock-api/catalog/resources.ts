/** Products and categories as REST resources. */
import { validateCategory, validateProduct, PRODUCT_DEFAULTS, slugify } from '../../src/domain/validation/catalog';
import type { Category, Product } from '../../src/domain/types';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';
import type { StoredRecord } from '../store/store';

defineResource({
  name: 'products',
  methods: ['create', 'update', 'delete'],
  defaults: { ...PRODUCT_DEFAULTS },
  validate: (input, existing, tx) => validateProduct(input, existing as Product | null, lookupFor(tx)),
  derive: (next) => ({
    sku: String(next.sku).toUpperCase(),
    barcode: next.barcode === '' ? null : next.barcode,
  }),
  referencedBy: [
    { collection: 'stock-levels', field: 'productId' },
    { collection: 'orders', field: (row, id) => (row.items as Array<{ productId: number }>).some((i) => i.productId === id) },
  ],
  methodHint: 'errors.methodNotAllowed',
});

defineResource({
  name: 'categories',
  methods: ['create', 'update', 'delete'],
  defaults: { parentId: null, position: 0 },
  validate: (input, existing, tx) => validateCategory(input, existing as Category | null, lookupFor(tx)),
  derive: (next, existing, tx) => {
    const slug = typeof next.slug === 'string' && next.slug ? next.slug : slugify(String(next.name));
    if (existing || next.position !== 0) return { slug };
    let last = -1;
    for (const c of tx.all<StoredRecord>('categories')) {
      if (c.parentId === next.parentId) last = Math.max(last, Number(c.position));
    }
    return { slug, position: last + 1 };
  },
  referencedBy: [
    { collection: 'categories', field: 'parentId' },
    { collection: 'products', field: 'categoryId' },
  ],
});
