/**
 * Helpers for the order workflow's API tests: orders in a chosen state and
 * exact stock, added to the database before the test server opens it, kept
 * consistent with the ledger and reservation invariants.
 */
import { expect } from 'vitest';
import { OPEN_STATUSES } from '../../src/domain/orders';
import type { Order, OrderStatus, Product, StockLevel, StockMovement } from '../../src/domain/types';
import type { Database } from '../seed/database';
import type { RecordReader } from '../store/database';
import { ledgerViolations, reservationViolations } from '../test/invariants';
import { TEST_ANCHOR, type TestServer } from '../test/harness';

export interface OrderSpec {
  status: OrderStatus;
  warehouseId: number;
  /** [productId, quantity] */
  lines: ReadonlyArray<readonly [number, number]>;
  holdFrom?: OrderStatus | null;
  paidAt?: string | null;
  customerId?: number;
  /** Settings → Payment methods; none by default. */
  paymentMethodId?: number | null;
}

const HOUR = 3_600_000;
export const hoursBefore = (hours: number, from: Date = TEST_ANCHOR) =>
  new Date(from.getTime() - hours * HOUR).toISOString();

const nextId = (rows: readonly { id: number }[]) => rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;

function levelIn(db: Database, productId: number, warehouseId: number): StockLevel {
  const level = db['stock-levels'].find((l) => l.productId === productId && l.warehouseId === warehouseId);
  if (!level) throw new Error(`no stock level for product ${productId} in warehouse ${warehouseId}`);
  return level;
}

/** Appends an order; an open one reserves its quantities at its warehouse, as the invariant demands. */
export function addOrder(db: Database, spec: OrderSpec): Order {
  const id = nextId(db.orders);
  const items = spec.lines.map(([productId, quantity]) => {
    const product = db.products.find((p) => p.id === productId) as Product;
    return {
      productId,
      sku: product.sku,
      name: product.name,
      quantity,
      unitPrice: product.price,
      discount: 0,
    };
  });
  const subtotal = items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
  const placedAt = hoursBefore(100);
  const paidAt = spec.paidAt !== undefined ? spec.paidAt : spec.status === 'pending' ? null : hoursBefore(99);
  const order: Order = {
    id,
    createdAt: placedAt,
    updatedAt: placedAt,
    version: 1,
    number: `KT-T${String(id).padStart(5, '0')}`,
    customerId: spec.customerId ?? db.customers[0]!.id,
    status: spec.status,
    shippingMethodId: null,
    paymentMethodId: spec.paymentMethodId ?? null,
    warehouseId: spec.warehouseId,
    items,
    subtotal,
    discountTotal: 0,
    shippingCharge: 0,
    shippingTotal: 0,
    taxTotal: Math.round((subtotal * 19) / 119),
    total: subtotal,
    promotionIds: [],
    shippingAddress: {
      name: 'Test',
      street: 'Teststraße 1',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    },
    placedAt,
    paidAt,
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: spec.status === 'cancelled' ? hoursBefore(98) : null,
    refundedTotal: 0,
    holdFrom: spec.status === 'on_hold' ? (spec.holdFrom ?? 'paid') : null,
    timeline: [{ at: placedAt, userId: null, from: null, to: 'pending', reason: 'Order placed' }],
  };
  db.orders.push(order);
  if (OPEN_STATUSES.includes(order.status)) {
    for (const item of items) {
      const level = levelIn(db, item.productId, order.warehouseId);
      level.reserved += item.quantity;
      level.available = level.onHand - level.reserved;
    }
  }
  return order;
}

/** Books a movement so the level holds exactly `onHand`, keeping the ledger whole. */
export function setOnHand(db: Database, productId: number, warehouseId: number, onHand: number): void {
  const level = levelIn(db, productId, warehouseId);
  const delta = onHand - level.onHand;
  if (delta === 0) return;
  const movement: StockMovement = {
    id: nextId(db['stock-movements']),
    createdAt: TEST_ANCHOR.toISOString(),
    updatedAt: TEST_ANCHOR.toISOString(),
    version: 1,
    productId,
    warehouseId,
    delta,
    reason: 'count',
    balanceAfter: onHand,
    userId: null,
    orderId: null,
    shipmentId: null,
    transferId: null,
    reversesMovementId: null,
    note: 'test fixture',
  };
  db['stock-movements'].push(movement);
  level.onHand = onHand;
  level.available = onHand - level.reserved;
}

export async function levelOf(db: RecordReader, productId: number, warehouseId: number): Promise<StockLevel> {
  const level = (await db.all<StockLevel>('stock-levels')).find(
    (l) => l.productId === productId && l.warehouseId === warehouseId,
  );
  if (!level) throw new Error(`no stock level for product ${productId} in warehouse ${warehouseId}`);
  return level;
}

export async function orderOf(db: RecordReader, id: number): Promise<Order> {
  const order = await db.get<Order>('orders', id);
  if (!order) throw new Error(`no order ${id}`);
  return order;
}

/** The ledger and reservation invariants over the whole database. */
export async function expectInvariants(db: RecordReader): Promise<void> {
  expect(await ledgerViolations(db)).toEqual([]);
  expect(await reservationViolations(db)).toEqual([]);
}

/** An order as the API shows it, with its computed fields. */
export type PresentedOrder = Order & { late: boolean; paidTotal: number; balance: number };

export interface ErrorBody {
  message: string;
  errors?: Record<string, string>;
}

/** A POST as `token`, typed loosely: tests read either the success or the error shape. */
export function poster(server: TestServer) {
  return <T = Record<string, unknown>>(token: string, path: string, body: unknown) =>
    server.request<T & ErrorBody>('POST', path, { token, body });
}
