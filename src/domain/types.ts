/**
 * Record types shared by the console (src/) and the mock API (mock-api/).
 * Money is integer cents (EUR); timestamps are ISO 8601 UTC strings; ids are
 * positive integers assigned by the server and never reused.
 */
import type { Role } from './permissions';

export type Id = number;
export type Cents = number;
export type IsoDate = string;

export interface BaseRecord {
  id: Id;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  version: number;
}

export interface Category extends BaseRecord {
  name: string;
  slug: string;
  parentId: Id | null;
  /** Order among siblings; lower comes first. */
  position: number;
}

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export interface Product extends BaseRecord {
  sku: string;
  name: string;
  description: string;
  categoryId: Id | null;
  price: Cents;
  cost: Cents;
  status: ProductStatus;
  barcode: string | null;
  imageUrl: string | null;
  weightGrams: number;
}

export interface Warehouse extends BaseRecord {
  code: string;
  name: string;
  city: string;
}

export interface StockLevel extends BaseRecord {
  productId: Id;
  warehouseId: Id;
  onHand: number;
  reserved: number;
  /** Always onHand − reserved; stored so lists can sort and filter on it. */
  available: number;
  reorderPoint: number;
  binLocation: string;
}

export const MANUAL_STOCK_REASONS = ['receipt', 'count', 'damage', 'loss', 'return', 'correction'] as const;
export const SYSTEM_STOCK_REASONS = ['sale', 'transfer_out', 'transfer_in', 'shipment'] as const;
export const STOCK_REASONS = [...MANUAL_STOCK_REASONS, ...SYSTEM_STOCK_REASONS] as const;
export type ManualStockReason = (typeof MANUAL_STOCK_REASONS)[number];
export type StockReason = (typeof STOCK_REASONS)[number];

export interface StockMovement extends BaseRecord {
  productId: Id;
  warehouseId: Id;
  delta: number;
  reason: StockReason;
  balanceAfter: number;
  userId: Id | null;
  orderId: Id | null;
  shipmentId: Id | null;
  transferId: Id | null;
  /** Set when this movement compensates (undoes) an earlier one. */
  reversesMovementId: Id | null;
  note: string;
}

export const TRANSFER_STATUSES = ['draft', 'in_transit', 'received', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export interface TransferItem {
  productId: Id;
  quantity: number;
  /** Set when received: what actually arrived (the rest is recorded as loss). */
  receivedQuantity: number | null;
}

export interface StockTransfer extends BaseRecord {
  number: string;
  fromWarehouseId: Id;
  toWarehouseId: Id;
  status: TransferStatus;
  items: TransferItem[];
  note: string;
  shortfallReason: string | null;
  createdBy: Id | null;
  dispatchedAt: IsoDate | null;
  receivedAt: IsoDate | null;
  cancelledAt: IsoDate | null;
}

export interface Address {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface Customer extends BaseRecord {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  address: Address;
}

export const ORDER_STATUSES = [
  'pending',
  'paid',
  'processing',
  'partially_shipped',
  'shipped',
  'delivered',
  'on_hold',
  'cancelled',
  'partially_returned',
  'returned',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderItem {
  productId: Id;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: Cents;
  /** Discount on the whole line (not per unit), in cents. */
  discount: Cents;
}

export interface OrderEvent {
  at: IsoDate;
  userId: Id | null;
  from: OrderStatus | null;
  to: OrderStatus;
  reason: string;
}

export interface Order extends BaseRecord {
  number: string;
  customerId: Id;
  status: OrderStatus;
  /** The warehouse whose stock this order reserves. */
  warehouseId: Id;
  items: OrderItem[];
  subtotal: Cents;
  discountTotal: Cents;
  shippingTotal: Cents;
  taxTotal: Cents;
  total: Cents;
  promotionIds: Id[];
  shippingAddress: Address;
  placedAt: IsoDate;
  paidAt: IsoDate | null;
  shippedAt: IsoDate | null;
  deliveredAt: IsoDate | null;
  cancelledAt: IsoDate | null;
  refundedTotal: Cents;
  /** Status before on_hold, restored on release. */
  holdFrom: OrderStatus | null;
  timeline: OrderEvent[];
}

export const CARRIERS = ['DHL', 'DPD', 'GLS', 'UPS', 'Hermes'] as const;
export type Carrier = (typeof CARRIERS)[number];

export const SHIPMENT_STATUSES = [
  'pending',
  'packed',
  'shipped',
  'in_transit',
  'delivered',
  'exception',
  'cancelled',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface ShipmentItem {
  productId: Id;
  quantity: number;
}

export interface Shipment extends BaseRecord {
  orderId: Id;
  warehouseId: Id;
  carrier: Carrier;
  trackingNumber: string;
  status: ShipmentStatus;
  items: ShipmentItem[];
  shippedAt: IsoDate | null;
  deliveredAt: IsoDate | null;
}

export interface ReturnItem {
  productId: Id;
  quantity: number;
  /** Whether the units go back on the shelf (a 'return' movement) or are written off. */
  restock: boolean;
  /** Where restocked units go; null when not restocked. */
  warehouseId: Id | null;
}

export interface OrderReturn extends BaseRecord {
  orderId: Id;
  items: ReturnItem[];
  reason: string;
  userId: Id | null;
}

export interface Refund extends BaseRecord {
  orderId: Id;
  amount: Cents;
  reason: string;
  userId: Id | null;
}

export const PROMOTION_TYPES = ['percent', 'fixed', 'free_shipping', 'buy_x_get_y'] as const;
export type PromotionType = (typeof PROMOTION_TYPES)[number];

export const PROMOTION_SCOPES = ['order', 'categories', 'products'] as const;
export type PromotionScope = (typeof PROMOTION_SCOPES)[number];

export interface Promotion extends BaseRecord {
  name: string;
  code: string | null;
  type: PromotionType;
  /** percent: 1–100; fixed: cents; free_shipping and buy_x_get_y: 0. */
  value: number;
  buyQuantity: number | null;
  getQuantity: number | null;
  scope: PromotionScope;
  categoryIds: Id[];
  productIds: Id[];
  minSubtotal: Cents;
  startsAt: IsoDate;
  endsAt: IsoDate | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  usageCount: number;
  budget: Cents | null;
  discountGiven: Cents;
  priority: number;
  combinable: boolean;
  paused: boolean;
  /** A draft is never applied, whatever its window. */
  draft: boolean;
}

export interface User extends BaseRecord {
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
  /** Warehouses a warehouse user works in; empty means all. */
  warehouseIds: Id[];
  lastLoginAt: IsoDate | null;
}

/** A named list filter a user saved for one resource ("Low stock in Berlin"). */
export interface SavedFilter extends BaseRecord {
  userId: Id;
  resource: string;
  name: string;
  filter: Record<string, unknown>;
  /** The list's sort when saved, as ["field", "ASC" | "DESC"]. */
  sort: [string, 'ASC' | 'DESC'] | null;
}

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'adjust',
  'transition',
  'login',
  'login_failed',
  'logout',
  'bulk',
  'import',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends BaseRecord {
  at: IsoDate;
  userId: Id | null;
  username: string;
  action: AuditAction;
  resource: string;
  recordId: Id | null;
  changes: FieldChange[];
  note: string;
}

/** The signed-in user as the API returns it: never a password hash. */
export interface SessionUser {
  id: Id;
  username: string;
  fullName: string;
  role: Role;
  warehouseIds: Id[];
}
