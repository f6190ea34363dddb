/**
 * The stock invariants, checked over a whole database: every stock level's on
 * hand is the sum of its movements (and the last movement's balance), never
 * negative; available is on hand − reserved; reserved is what open orders
 * allocated to that warehouse have not shipped yet.
 */
import type { Order, Shipment, StockLevel, StockMovement } from '../../src/domain/types';
import type { RecordReader } from '../store/database';

export const OPEN_ORDER_STATUSES = new Set(['pending', 'paid', 'processing', 'partially_shipped', 'on_hold']);
/** Shipments whose stock has left the building. */
const SHIPPED_STATUSES = new Set(['shipped', 'in_transit', 'delivered', 'exception']);

export async function ledgerViolations(db: RecordReader): Promise<string[]> {
  const sums = new Map<string, { sum: number; last: StockMovement | null }>();
  for (const m of await db.all<StockMovement>('stock-movements')) {
    const key = `${m.productId}:${m.warehouseId}`;
    const entry = sums.get(key) ?? { sum: 0, last: null };
    entry.sum += m.delta;
    if (!entry.last || m.id > entry.last.id) entry.last = m;
    sums.set(key, entry);
  }
  const problems: string[] = [];
  for (const level of await db.all<StockLevel>('stock-levels')) {
    const entry = sums.get(`${level.productId}:${level.warehouseId}`);
    const sum = entry?.sum ?? 0;
    if (level.onHand !== sum) problems.push(`level ${level.id}: onHand ${level.onHand} ≠ Σ movements ${sum}`);
    if (entry?.last && entry.last.balanceAfter !== level.onHand) {
      problems.push(
        `level ${level.id}: last balanceAfter ${entry.last.balanceAfter} ≠ onHand ${level.onHand}`,
      );
    }
    if (level.onHand < 0) problems.push(`level ${level.id}: negative onHand ${level.onHand}`);
    if (level.available !== level.onHand - level.reserved)
      problems.push(`level ${level.id}: available mismatch`);
  }
  return problems;
}

export async function reservationViolations(db: RecordReader): Promise<string[]> {
  const shipped = new Map<string, number>();
  for (const s of await db.all<Shipment>('shipments')) {
    if (!SHIPPED_STATUSES.has(s.status)) continue;
    for (const item of s.items) {
      const key = `${s.orderId}:${item.productId}`;
      shipped.set(key, (shipped.get(key) ?? 0) + item.quantity);
    }
  }
  const expected = new Map<string, number>();
  for (const order of await db.all<Order>('orders')) {
    if (!OPEN_ORDER_STATUSES.has(order.status)) continue;
    for (const item of order.items) {
      const open = item.quantity - (shipped.get(`${order.id}:${item.productId}`) ?? 0);
      if (open <= 0) continue;
      const key = `${item.productId}:${order.warehouseId}`;
      expected.set(key, (expected.get(key) ?? 0) + open);
    }
  }
  const problems: string[] = [];
  for (const level of await db.all<StockLevel>('stock-levels')) {
    const want = expected.get(`${level.productId}:${level.warehouseId}`) ?? 0;
    if (level.reserved !== want)
      problems.push(`level ${level.id}: reserved ${level.reserved} ≠ open quantities ${want}`);
  }
  return problems;
}
