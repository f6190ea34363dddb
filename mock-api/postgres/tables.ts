/**
 * How Kontor's collections lie in PostgreSQL: one table each, named like the
 * collection with underscores (`stock-levels` → `stock_levels`), a record per
 * row in `doc` (see migrations/ for the columns and constraints lifted out of
 * it). Listed in the order a load fills them, referenced tables first.
 */
import type { Database } from '../seed/database';

/** What a generated database holds; sessions and lockouts come only from a running API. */
export type SeededCollection = Exclude<keyof Database, 'meta'>;

export const LOAD_ORDER: readonly SeededCollection[] = [
  'warehouses',
  'categories',
  'products',
  'stock-levels',
  'users',
  'credentials',
  'stock-transfers',
  'customers',
  'carriers',
  'shipping-methods',
  'payment-methods',
  'shop-settings',
  'orders',
  'shipments',
  'stock-movements',
  'returns',
  'refunds',
  'promotions',
  'promotion-codes',
  'saved-filters',
  'audit-log',
];

export const tableOf = (collection: string): string => collection.replaceAll('-', '_');

/** A record's id; credentials are keyed by their user. */
export function idOf(record: Record<string, unknown>): number {
  return Number(record.id ?? record.userId);
}

export type { Database };

/**
 * The expressions the trigram indexes of migrations/ are built on, with the
 * fields they cover. `q` over those fields first narrows by the index (the
 * expression holds every field, so any match is found), then checks each field
 * exactly. The text must equal the index's expression for PostgreSQL to use it.
 */
export const SEARCH_INDEXES: Readonly<Record<string, { fields: readonly string[]; expression: string }>> = {
  products: {
    fields: ['name', 'sku', 'barcode'],
    expression: "lower(sku || ' ' || name || ' ' || coalesce(barcode, ''))",
  },
  customers: {
    fields: ['firstName', 'lastName', 'email'],
    expression:
      "lower(coalesce(doc ->> 'firstName', '') || ' ' || coalesce(doc ->> 'lastName', '') || ' ' || coalesce(doc ->> 'email', ''))",
  },
  orders: { fields: ['number'], expression: 'lower(number)' },
};
