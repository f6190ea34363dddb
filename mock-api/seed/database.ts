/**
 * The shape of the mock API's database file, and the entry points that make
 * one. The API's store loads this object as is.
 */
import type { PromotionCode } from '../../src/domain/promotions';
import type {
  AuditEntry,
  Carrier,
  PaymentMethod,
  ShopSettings,
  ShippingMethod,
  Category,
  Customer,
  Id,
  Order,
  OrderReturn,
  Product,
  Promotion,
  Refund,
  SavedFilter,
  Shipment,
  StockLevel,
  StockMovement,
  StockTransfer,
  User,
  Warehouse,
} from '../../src/domain/types';
import type { Scale } from './scales';

/** Every REST collection (src/domain/resources.ts), in the file's order. */
export const COLLECTIONS = [
  'categories',
  'products',
  'warehouses',
  'stock-levels',
  'stock-movements',
  'stock-transfers',
  'customers',
  'orders',
  'shipments',
  'returns',
  'refunds',
  'promotions',
  'promotion-codes',
  'users',
  'saved-filters',
  'audit-log',
  'carriers',
  'shipping-methods',
  'payment-methods',
  'shop-settings',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Never exposed over REST. */
export interface Credential {
  userId: Id;
  passwordHash: string;
}

export type DatabaseMeta = {
  schemaVersion: 1;
  seq: number;
  seed: number;
  scale: Scale;
  /** ISO: the "now" the data was generated for. */
  anchor: string;
};

/** Types, not interfaces, so a database is a `DatabaseFile` the API's store can open as is. */
export type Database = {
  meta: DatabaseMeta;
  categories: Category[];
  products: Product[];
  warehouses: Warehouse[];
  'stock-levels': StockLevel[];
  'stock-movements': StockMovement[];
  'stock-transfers': StockTransfer[];
  customers: Customer[];
  orders: Order[];
  shipments: Shipment[];
  returns: OrderReturn[];
  refunds: Refund[];
  promotions: Promotion[];
  'promotion-codes': PromotionCode[];
  users: User[];
  'saved-filters': SavedFilter[];
  'audit-log': AuditEntry[];
  carriers: Carrier[];
  'shipping-methods': ShippingMethod[];
  'payment-methods': PaymentMethod[];
  'shop-settings': ShopSettings[];
  credentials: Credential[];
};

export type { Scale } from './scales';
export { SCALES, isScale } from './scales';
export { generateDatabase, type GenerateOptions } from './generate';
export { writeDatabaseFile, ensureDatabase, defaultAnchor, DEFAULT_SEED } from './file';
