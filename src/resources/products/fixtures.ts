/** Test records for the products screens: products as lists receive them, with the API's computed fields. */
import type { Product } from '../../domain/types';
import { makeProduct } from '../testing';
import type { ProductRow } from './types';

export function makeProductRow(overrides: Partial<ProductRow> & { id: number }): ProductRow {
  const product: Product = makeProduct(overrides);
  return {
    marginPercent:
      product.price > 0 ? Math.round(((product.price - product.cost) / product.price) * 1000) / 10 : null,
    available: 12,
    categoryName: null,
    stockState: 'in',
    ...product,
    ...overrides,
  };
}

/** For tests that fill in a whole form on a busy two-core machine: more than the default 30 s. */
export const LONG_FLOW = { timeout: 60_000 };
