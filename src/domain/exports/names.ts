/**
 * The name a person knows a record by, written next to its id in exports
 * (the console's `recordRepresentation` shows the same words).
 */
import type { CollectionName } from '../resources';

type Row = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

const NAMES: Partial<Record<CollectionName, (row: Row) => string>> = {
  products: (row) => `${str(row.name)} (${str(row.sku)})`,
  categories: (row) => str(row.name),
  warehouses: (row) => `${str(row.code)} ${str(row.name)}`.trim(),
  customers: (row) => `${str(row.firstName)} ${str(row.lastName)}`.trim(),
  orders: (row) => str(row.number),
  'stock-transfers': (row) => str(row.number),
  promotions: (row) => str(row.name),
  users: (row) => str(row.fullName) || str(row.username),
  carriers: (row) => str(row.name),
  'shipping-methods': (row) => str(row.name),
  'payment-methods': (row) => str(row.name),
  'shop-settings': (row) => str(row.name),
};

export function recordName(collection: CollectionName, row: Row | undefined): string {
  if (!row) return '';
  return NAMES[collection]?.(row) ?? `#${String(row.id)}`;
}
