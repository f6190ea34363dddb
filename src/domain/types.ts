/**
 * Record types shared by the console (src/) and the mock API (mock-api/),
 * inferred from the contract's record schemas (./contract/records.ts), so a
 * field is declared once. Money is integer cents (EUR); timestamps are ISO
 * 8601 UTC strings; ids are positive integers assigned by the server and never
 * reused. Type-only imports keep the schema library off the console's first screen.
 */
import type { output } from 'zod';
import type * as records from './contract/records';
import {
  AUDIT_ACTIONS,
  CURRENCY_DISPLAYS,
  PAYMENT_KINDS,
  MANUAL_STOCK_REASONS,
  ORDER_STATUSES,
  PRODUCT_STATUSES,
  PROMOTION_SCOPES,
  PROMOTION_TYPES,
  SHIPMENT_STATUSES,
  STOCK_REASONS,
  SYSTEM_STOCK_REASONS,
  TRANSFER_STATUSES,
} from './constants';

export {
  AUDIT_ACTIONS,
  CURRENCY_DISPLAYS,
  PAYMENT_KINDS,
  MANUAL_STOCK_REASONS,
  ORDER_STATUSES,
  PRODUCT_STATUSES,
  PROMOTION_SCOPES,
  PROMOTION_TYPES,
  SHIPMENT_STATUSES,
  STOCK_REASONS,
  SYSTEM_STOCK_REASONS,
  TRANSFER_STATUSES,
};

export type Id = number;
export type Cents = number;
export type IsoDate = string;

export interface BaseRecord {
  id: Id;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  version: number;
}

export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export type ManualStockReason = (typeof MANUAL_STOCK_REASONS)[number];
export type StockReason = (typeof STOCK_REASONS)[number];
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export type CurrencyDisplay = (typeof CURRENCY_DISPLAYS)[number];
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
export type PromotionType = (typeof PROMOTION_TYPES)[number];
export type PromotionScope = (typeof PROMOTION_SCOPES)[number];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type Category = output<typeof records.category>;
export type Product = output<typeof records.product>;
export type Warehouse = output<typeof records.warehouse>;
export type StockLevel = output<typeof records.stockLevel>;
export type StockMovement = output<typeof records.stockMovement>;
export type TransferItem = output<typeof records.transferItem>;
export type StockTransfer = output<typeof records.stockTransfer>;
export type Address = output<typeof records.address>;
export type Customer = output<typeof records.customer>;
export type OrderItem = output<typeof records.orderItem>;
export type OrderEvent = output<typeof records.orderEvent>;
export type Order = output<typeof records.order>;
export type Carrier = output<typeof records.carrier>;
export type ShippingMethod = output<typeof records.shippingMethod>;
export type PaymentMethod = output<typeof records.paymentMethod>;
export type ShopSettings = output<typeof records.shopSettings>;
export type ShipmentItem = output<typeof records.shipmentItem>;
export type Shipment = output<typeof records.shipment>;
export type ReturnItem = output<typeof records.returnItem>;
export type OrderReturn = output<typeof records.orderReturn>;
export type Refund = output<typeof records.refund>;
export type Promotion = output<typeof records.promotion>;
export type User = output<typeof records.user>;
export type SavedFilter = output<typeof records.savedFilter>;
export type FieldChange = output<typeof records.fieldChange>;
export type AuditEntry = output<typeof records.auditEntry>;
export type SessionUser = output<typeof records.sessionUser>;
