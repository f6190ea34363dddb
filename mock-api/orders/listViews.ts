/**
 * Views over every order an orders-list filter matches, beyond the list itself:
 * their lines as CSV (one row per line, the companion of the orders export with
 * one row per order) and their money summed (the drill-down footers).
 */
import { ORDER_LINE_COLUMNS } from '../../src/domain/exports/columns';
import { orderListTotals } from '../../src/domain/kpis/listTotals';
import type { Order } from '../../src/domain/types';
import type { Handler } from '../http/mount';
import { findMatching } from '../rest/matching';
import { exportCells, writeCsv } from '../rest/export';
import type { Database } from '../store/database';
import { orderRules } from './resources';

/** GET /orders/totals: the sums of every order the list's filter matches. */
export function orderTotals(db: Database): Handler {
  return async ({ query, ctx }) => {
    const matching = await findMatching(db, orderRules, query, ctx);
    matching.query.end = Number.MAX_SAFE_INTEGER;
    return orderListTotals((await matching.run()).rows as unknown as Order[]);
  };
}

export function exportOrderLines(db: Database): Handler {
  return async ({ query, ctx, res }) => {
    const matching = await findMatching(db, orderRules, query, ctx);
    matching.query.end = Number.MAX_SAFE_INTEGER;
    const orders = (await matching.run()).rows as unknown as Order[];
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
    const stamp = db.now().toISOString().slice(0, 10);
    const cells = await exportCells(db, 'order-lines', ORDER_LINE_COLUMNS, ctx.locale);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="order-lines-${stamp}.csv"`);
    res.setHeader('X-Total-Count', String(lines.length));
    res.send(writeCsv(cells, lines, ctx.locale));
  };
}
