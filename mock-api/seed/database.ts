/**
 * The shape of the mock API's database file, and the entry points that make
 * one. The API's store loads this object as is.
 */
import type {
  AuditEntry,
  Category,
  Customer,
  Id,
  Order,
  Product,
  Promotion,
  Shipment,
  StockLevel,
  StockMovement,
  User,
  Warehouse,
} from '../../src/domain/types';
import type { Scale } from './scales';

export const COLLECTIONS = [
  'categories',
  'products',
  'warehouses',
  'stock-levels',
  'stock-movements',
  'customers',
  'orders',
  'shipments',
  'promotions',
  'users',
  'audit-log',
  'stock-transfers',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Never exposed over REST. */
export interface Credential {
  userId: Id;
  passwordHash: string;
}

export interface DatabaseMeta {
  schemaVersion: 1;
  seq: number;
  seed: number;
  scale: Scale;
  /** ISO: the "now" the data was generated for. */
  anchor: string;
}

export interface Database {
  meta: DatabaseMeta;
  categories: Category[];
  products: Product[];
  warehouses: Warehouse[];
  'stock-levels': StockLevel[];
  'stock-movements': StockMovement[];
  customers: Customer[];
  orders: Order[];
  shipments: Shipment[];
  promotions: Promotion[];
  users: User[];
  'audit-log': AuditEntry[];
  'stock-transfers': unknown[];
  credentials: Credential[];
}

export type { Scale } from './scales';
export { SCALES, isScale } from './scales';
export { generateDatabase, type GenerateOptions } from './generate';
export { writeDatabaseFile, ensureDatabase, defaultAnchor, DEFAULT_SEED } from './file';
