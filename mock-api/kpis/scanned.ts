/**
 * The orders a KPI report's scan (scanOrders in ./tally.ts) can count: placed
 * or shipped inside the span of both periods, or still awaiting shipment (the
 * only ones that can be late). Where the database filters itself
 * (PostgreSQL), it hands over just those instead of every order; the scan
 * applies its own tests to them all the same, so the figures cannot differ.
 */
import { AWAITING_SHIPMENT } from '../../src/domain/lateness';
import type { Id, Order } from '../../src/domain/types';
import type { Condition, ListQuery } from '../rest/query';
import type { Database } from '../store/database';

export interface ScanSpan {
  /** ISO 8601 UTC, inclusive. */
  first: string;
  /** ISO 8601 UTC, exclusive. */
  last: string;
}

const everything = (conditions: Condition[]): ListQuery => ({
  conditions,
  q: null,
  sort: { field: 'id', order: 'ASC' },
  start: 0,
  end: Number.MAX_SAFE_INTEGER - 1,
  virtual: {},
});

export async function ordersToScan(db: Database, span: ScanSpan, warehouseId: Id | null): Promise<Order[]> {
  if (!db.page) return db.all<Order>('orders');
  const inWarehouse: Condition[] =
    warehouseId === null ? [] : [{ field: 'warehouseId', type: 'id', op: 'eq', value: warehouseId }];
  const within = (field: string): Condition[] => [
    { field, type: 'date', op: 'gte', value: span.first },
    { field, type: 'date', op: 'lt', value: span.last },
  ];
  const parts = await Promise.all(
    [
      within('placedAt'),
      within('shippedAt'),
      [{ field: 'status', type: 'string', op: 'in', value: [...AWAITING_SHIPMENT] } satisfies Condition],
    ].map((conditions) => db.page!<Order>('orders', everything([...inWarehouse, ...conditions]), [])),
  );
  if (parts.some((part) => part === undefined)) return db.all<Order>('orders');
  const byId = new Map<Id, Order>();
  for (const part of parts) for (const order of part!.rows) byId.set(order.id, order);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
