/**
 * The closed sets of values records use (statuses, reasons, kinds). Kept apart
 * from the schemas so that the console can list them without loading the
 * schema library on its first screen.
 */
export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;

export const MANUAL_STOCK_REASONS = ['receipt', 'count', 'damage', 'loss', 'return', 'correction'] as const;
export const SYSTEM_STOCK_REASONS = ['sale', 'transfer_out', 'transfer_in', 'shipment'] as const;
export const STOCK_REASONS = [...MANUAL_STOCK_REASONS, ...SYSTEM_STOCK_REASONS] as const;

export const TRANSFER_STATUSES = ['draft', 'in_transit', 'received', 'cancelled'] as const;

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

/** How a customer pays; the kind decides nothing by itself (see a method's `waitsForPayment`). */
export const PAYMENT_KINDS = [
  'card',
  'paypal',
  'invoice',
  'sepa_direct_debit',
  'prepayment',
  'cash_on_delivery',
] as const;

/** How amounts are shown: "12,00 €" (symbol) or "12,00 EUR" (code); amounts stay integer cents in EUR. */
export const CURRENCY_DISPLAYS = ['symbol', 'code'] as const;

export const SHIPMENT_STATUSES = [
  'pending',
  'packed',
  'shipped',
  'in_transit',
  'delivered',
  'exception',
  'cancelled',
] as const;

export const PROMOTION_TYPES = ['percent', 'fixed', 'free_shipping', 'buy_x_get_y'] as const;
export const PROMOTION_SCOPES = ['order', 'categories', 'products'] as const;

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
  /** A customer's personal data handed out (GDPR art. 15) or erased (art. 17). */
  'data_export',
  'erase',
] as const;
