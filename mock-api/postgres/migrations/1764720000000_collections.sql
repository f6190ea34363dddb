-- Up Migration

-- Kontor keeps each record whole in `doc` (the API's JSON, as the in-memory
-- store holds it), and lifts out as generated columns what the database must
-- check or find fast: keys, references, statuses, dates, amounts. A generated
-- column cannot drift from its document, so every constraint below holds for
-- the record the API reads. Dates stay ISO 8601 UTC text: their text order is
-- their time order, and text to timestamptz is not immutable.
-- References refuse (NO ACTION, deferrable to the end of a transaction for
-- bulk loads); nothing cascades. Money is integer cents.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE TABLE warehouses (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  code text GENERATED ALWAYS AS (doc ->> 'code') STORED NOT NULL UNIQUE
);

CREATE TABLE categories (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  parent_id bigint GENERATED ALWAYS AS ((doc ->> 'parentId')::bigint) STORED
    REFERENCES categories (id) DEFERRABLE,
  slug text GENERATED ALWAYS AS (doc ->> 'slug') STORED NOT NULL UNIQUE
);

CREATE TABLE products (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  sku text GENERATED ALWAYS AS (doc ->> 'sku') STORED NOT NULL,
  name text GENERATED ALWAYS AS (doc ->> 'name') STORED NOT NULL,
  barcode text GENERATED ALWAYS AS (doc ->> 'barcode') STORED,
  category_id bigint GENERATED ALWAYS AS ((doc ->> 'categoryId')::bigint) STORED
    REFERENCES categories (id) DEFERRABLE,
  status text GENERATED ALWAYS AS (doc ->> 'status') STORED NOT NULL,
  price bigint GENERATED ALWAYS AS ((doc ->> 'price')::bigint) STORED NOT NULL CHECK (price >= 0),
  updated_at text GENERATED ALWAYS AS (doc ->> 'updatedAt') STORED
);
-- SKUs are unique whatever their case, as the API checks them.
CREATE UNIQUE INDEX products_sku_key ON products (lower(sku));
CREATE INDEX products_barcode ON products (barcode);
CREATE INDEX products_category ON products (category_id);
CREATE INDEX products_status_name ON products (status, name);
CREATE INDEX products_price ON products (price);
CREATE INDEX products_q ON products USING gin ((lower(sku || ' ' || name)) gin_trgm_ops);

CREATE TABLE stock_levels (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  product_id bigint GENERATED ALWAYS AS ((doc ->> 'productId')::bigint) STORED NOT NULL
    REFERENCES products (id) DEFERRABLE,
  warehouse_id bigint GENERATED ALWAYS AS ((doc ->> 'warehouseId')::bigint) STORED NOT NULL
    REFERENCES warehouses (id) DEFERRABLE,
  on_hand integer GENERATED ALWAYS AS ((doc ->> 'onHand')::integer) STORED NOT NULL CHECK (on_hand >= 0),
  reserved integer GENERATED ALWAYS AS ((doc ->> 'reserved')::integer) STORED NOT NULL CHECK (reserved >= 0),
  reorder_point integer GENERATED ALWAYS AS ((doc ->> 'reorderPoint')::integer) STORED,
  UNIQUE (product_id, warehouse_id)
);
CREATE INDEX stock_levels_warehouse ON stock_levels (warehouse_id);

CREATE TABLE users (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  username text GENERATED ALWAYS AS (doc ->> 'username') STORED NOT NULL
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE credentials (
  id bigint PRIMARY KEY REFERENCES users (id) DEFERRABLE,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object')
);

CREATE TABLE stock_transfers (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  number text GENERATED ALWAYS AS (doc ->> 'number') STORED NOT NULL UNIQUE,
  status text GENERATED ALWAYS AS (doc ->> 'status') STORED NOT NULL,
  from_warehouse_id bigint GENERATED ALWAYS AS ((doc ->> 'fromWarehouseId')::bigint) STORED NOT NULL
    REFERENCES warehouses (id) DEFERRABLE,
  to_warehouse_id bigint GENERATED ALWAYS AS ((doc ->> 'toWarehouseId')::bigint) STORED NOT NULL
    REFERENCES warehouses (id) DEFERRABLE
);

CREATE TABLE customers (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  email text GENERATED ALWAYS AS (doc ->> 'email') STORED,
  last_name text GENERATED ALWAYS AS (doc ->> 'lastName') STORED
);
CREATE INDEX customers_last_name ON customers (last_name);
CREATE INDEX customers_q ON customers
  USING gin ((lower(coalesce(doc ->> 'firstName', '') || ' ' || coalesce(doc ->> 'lastName', '') || ' ' || coalesce(doc ->> 'email', ''))) gin_trgm_ops);

CREATE TABLE carriers (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  name text GENERATED ALWAYS AS (doc ->> 'name') STORED NOT NULL
);
CREATE UNIQUE INDEX carriers_name_key ON carriers (lower(name));

CREATE TABLE shipping_methods (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  carrier_id bigint GENERATED ALWAYS AS ((doc ->> 'carrierId')::bigint) STORED NOT NULL
    REFERENCES carriers (id) DEFERRABLE
);

CREATE TABLE payment_methods (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object')
);

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  number text GENERATED ALWAYS AS (doc ->> 'number') STORED NOT NULL UNIQUE,
  customer_id bigint GENERATED ALWAYS AS ((doc ->> 'customerId')::bigint) STORED
    REFERENCES customers (id) DEFERRABLE,
  warehouse_id bigint GENERATED ALWAYS AS ((doc ->> 'warehouseId')::bigint) STORED NOT NULL
    REFERENCES warehouses (id) DEFERRABLE,
  shipping_method_id bigint GENERATED ALWAYS AS ((doc ->> 'shippingMethodId')::bigint) STORED
    REFERENCES shipping_methods (id) DEFERRABLE,
  payment_method_id bigint GENERATED ALWAYS AS ((doc ->> 'paymentMethodId')::bigint) STORED
    REFERENCES payment_methods (id) DEFERRABLE,
  status text GENERATED ALWAYS AS (doc ->> 'status') STORED NOT NULL,
  total bigint GENERATED ALWAYS AS ((doc ->> 'total')::bigint) STORED NOT NULL CHECK (total >= 0),
  placed_at text GENERATED ALWAYS AS (doc ->> 'placedAt') STORED NOT NULL,
  paid_at text GENERATED ALWAYS AS (doc ->> 'paidAt') STORED
);
CREATE INDEX orders_placed_at ON orders (placed_at DESC);
CREATE INDEX orders_status_placed_at ON orders (status, placed_at DESC);
CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);
CREATE INDEX orders_warehouse ON orders (warehouse_id, placed_at DESC);
CREATE INDEX orders_shipping_method ON orders (shipping_method_id);
CREATE INDEX orders_payment_method ON orders (payment_method_id);
CREATE INDEX orders_total ON orders (total);
CREATE INDEX orders_promotions ON orders USING gin ((doc -> 'promotionIds'));
CREATE INDEX orders_q ON orders USING gin (lower(number) gin_trgm_ops);

CREATE TABLE shipments (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  order_id bigint GENERATED ALWAYS AS ((doc ->> 'orderId')::bigint) STORED NOT NULL
    REFERENCES orders (id) DEFERRABLE,
  warehouse_id bigint GENERATED ALWAYS AS ((doc ->> 'warehouseId')::bigint) STORED NOT NULL
    REFERENCES warehouses (id) DEFERRABLE,
  status text GENERATED ALWAYS AS (doc ->> 'status') STORED NOT NULL,
  tracking_number text GENERATED ALWAYS AS (doc ->> 'trackingNumber') STORED
);
CREATE INDEX shipments_order ON shipments (order_id);
CREATE INDEX shipments_status ON shipments (status, warehouse_id);
CREATE INDEX shipments_tracking ON shipments (tracking_number);

CREATE TABLE stock_movements (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  product_id bigint GENERATED ALWAYS AS ((doc ->> 'productId')::bigint) STORED NOT NULL
    REFERENCES products (id) DEFERRABLE,
  warehouse_id bigint GENERATED ALWAYS AS ((doc ->> 'warehouseId')::bigint) STORED NOT NULL
    REFERENCES warehouses (id) DEFERRABLE,
  delta integer GENERATED ALWAYS AS ((doc ->> 'delta')::integer) STORED NOT NULL,
  reason text GENERATED ALWAYS AS (doc ->> 'reason') STORED NOT NULL,
  created_at text GENERATED ALWAYS AS (doc ->> 'createdAt') STORED NOT NULL,
  order_id bigint GENERATED ALWAYS AS ((doc ->> 'orderId')::bigint) STORED
    REFERENCES orders (id) DEFERRABLE,
  shipment_id bigint GENERATED ALWAYS AS ((doc ->> 'shipmentId')::bigint) STORED
    REFERENCES shipments (id) DEFERRABLE,
  transfer_id bigint GENERATED ALWAYS AS ((doc ->> 'transferId')::bigint) STORED
    REFERENCES stock_transfers (id) DEFERRABLE
);
CREATE INDEX stock_movements_level ON stock_movements (product_id, warehouse_id, created_at DESC);
CREATE INDEX stock_movements_created_at ON stock_movements (created_at DESC);
CREATE INDEX stock_movements_reason ON stock_movements (reason, created_at DESC);

CREATE TABLE returns (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  order_id bigint GENERATED ALWAYS AS ((doc ->> 'orderId')::bigint) STORED NOT NULL
    REFERENCES orders (id) DEFERRABLE,
  created_at text GENERATED ALWAYS AS (doc ->> 'createdAt') STORED NOT NULL
);
CREATE INDEX returns_order ON returns (order_id);
CREATE INDEX returns_created_at ON returns (created_at DESC);

CREATE TABLE refunds (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  order_id bigint GENERATED ALWAYS AS ((doc ->> 'orderId')::bigint) STORED NOT NULL
    REFERENCES orders (id) DEFERRABLE,
  amount bigint GENERATED ALWAYS AS ((doc ->> 'amount')::bigint) STORED NOT NULL CHECK (amount > 0),
  created_at text GENERATED ALWAYS AS (doc ->> 'createdAt') STORED NOT NULL
);
CREATE INDEX refunds_order ON refunds (order_id);
CREATE INDEX refunds_created_at ON refunds (created_at DESC);

CREATE TABLE promotions (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  code text GENERATED ALWAYS AS (doc ->> 'code') STORED
);
CREATE UNIQUE INDEX promotions_code_key ON promotions (upper(code)) WHERE code IS NOT NULL;

CREATE TABLE promotion_codes (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  promotion_id bigint GENERATED ALWAYS AS ((doc ->> 'promotionId')::bigint) STORED NOT NULL
    REFERENCES promotions (id) DEFERRABLE,
  code text GENERATED ALWAYS AS (doc ->> 'code') STORED NOT NULL
);
CREATE UNIQUE INDEX promotion_codes_code_key ON promotion_codes (upper(code));

CREATE TABLE saved_filters (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object')
);

CREATE TABLE audit_log (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  at text GENERATED ALWAYS AS (doc ->> 'at') STORED NOT NULL,
  resource text GENERATED ALWAYS AS (doc ->> 'resource') STORED
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_resource ON audit_log (resource, at DESC);

CREATE TABLE sessions (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object'),
  token_hash text GENERATED ALWAYS AS (doc ->> 'tokenHash') STORED NOT NULL UNIQUE,
  user_id bigint GENERATED ALWAYS AS ((doc ->> 'userId')::bigint) STORED NOT NULL
    REFERENCES users (id) DEFERRABLE
);

CREATE TABLE login_lockouts (
  id bigint PRIMARY KEY,
  doc jsonb NOT NULL CHECK (jsonb_typeof(doc) = 'object')
);

-- Down Migration

DROP TABLE login_lockouts, sessions, audit_log, saved_filters, promotion_codes, promotions, refunds,
  returns, stock_movements, shipments, orders, payment_methods, shipping_methods, carriers, customers,
  stock_transfers, credentials, users, stock_levels, products, categories, warehouses, meta;
