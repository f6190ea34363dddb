/**
 * GET /orders/export-lines.csv: one row per order line for every order matching
 * the orders list's filter, in its order — the companion of the orders export,
 * which has one row per order.
 */
import { ORDER_LINE_COLUMNS } from '../../src/domain/exports/columns';
import type { Order } from '../../src/domain/types';
import type { Handler } from '../http/mount';
import { findMatching } from '../rest/bridge';
import { exportCells, writeCsv } from '../rest/export';
import type { Store } from '../store/store';
import { orderRules } from './resources';

export function exportOrderLines(store: Store): Handler {
  return ({ query, ctx, res }) => {
    const matching = findMatching(store, orderRules, query, ctx);
    matching.query.end = Number.MAX_SAFE_INTEGER;
    const orders = matching.run().rows as unknown as Order[];
    const lines = orders.flatMap((order) =>
      order.items.map((item) => ({
        number: order.number,
        placedAt: order.placedAt,
        status: order.status,
        customerId: order.customerId,
        warehouseId: order.warehouseId,
        sku: item.sku,
        productName: item.name,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
        discount: item.discount,
        lineTotal: item.unitPrice * item.quantity - item.discount,
      })),
    );
    const stamp = store.now().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="order-lines-${stamp}.csv"`);
    res.setHeader('X-Total-Count', String(lines.length));
    res.send(writeCsv(exportCells(store, 'order-lines', ORDER_LINE_COLUMNS, ctx.locale), lines, ctx.locale));
  };
}
