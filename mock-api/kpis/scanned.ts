/**
 * The orders a KPI report's scan (scanOrders in ./tally.ts) can count: placed
 * or shipped inside the span of both periods, or still awaiting shipment (the
 * only ones that can be late). Where the database filters itself
 * (PostgreSQL), it hands over just those instead of every order; the scan
 * applies its own tests to them all the same, so the figures cannot differ.
 */
import { AWAITING_SHIPMENT } from '../../src/domain/lateness';
import type { Id, Order } from '../../src/domain/types';
import type { Condition } from '../rest/query';
import type { Database } from '../store/database';

export interface ScanSpan {
  /** ISO 8601 UTC, inclusive. */
  first: string;
  /** ISO 8601 UTC, exclusive. */
  last: string;
}

export async function ordersToScan(db: Database, span: ScanSpan, warehouseId: Id | null): Promise<Order[]> {
  const inWarehouse: Condition[] =
    warehouseId === null ? [] : [{ field: 'warehouseId', type: 'id', op: 'eq', value: warehouseId }];
  const within = (field: string): Condition[] => [
    ...inWarehouse,
    { field, type: 'date', op: 'gte', value: span.first },
    { field, type: 'date', op: 'lt', value: span.last },
  ];
  const awaiting: Condition = { field: 'status', type: 'string', op: 'in', value: [...AWAITING_SHIPMENT] };
  // One read, each order once: three separate reads overlapped and measured slower than reading everything.
  const chosen = await db.anyOf?.<Order>('orders', [
    within('placedAt'),
    within('shippedAt'),
    [...inWarehouse, awaiting],
  ]);
  return chosen ?? db.all<Order>('orders');
}
