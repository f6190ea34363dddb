/**
 * The numbers the console relies on: on hand is the sum of the ledger,
 * reserved is what open orders have not shipped, available is the
 * difference, and a KPI equals the total of the list it drills into.
 */
import { OPEN_STATUSES } from '../../../src/domain/orders';
import {
  ORDER_STATUSES,
  type Order,
  type Shipment,
  type StockLevel,
  type StockMovement,
} from '../../../src/domain/types';
import { contentRange, listQuery } from '../client';
import { expectStatus, fail, type Check } from '../context';

const LEFT = new Set(['shipped', 'in_transit', 'delivered', 'exception']);
const key = (productId: number, warehouseId: number) => `${productId}:${warehouseId}`;

function firstMismatches(mismatches: string[]): string {
  return `${mismatches.length} stock levels: ${mismatches.slice(0, 5).join('; ')}`;
}

export const invariantChecks: Check[] = [
  {
    name: 'on hand = Σ ledger movements, and available = on hand − reserved, for every stock level',
    async run(ctx) {
      const levels = await ctx.all<StockLevel>('/stock-levels');
      const movements = await ctx.all<StockMovement>('/stock-movements');
      const sums = new Map<string, number>();
      for (const m of movements)
        sums.set(key(m.productId, m.warehouseId), (sums.get(key(m.productId, m.warehouseId)) ?? 0) + m.delta);
      const wrong = levels
        .filter(
          (l) =>
            l.onHand !== (sums.get(key(l.productId, l.warehouseId)) ?? 0) ||
            l.available !== l.onHand - l.reserved,
        )
        .map(
          (l) =>
            `product ${l.productId} in ${l.warehouseId}: on hand ${l.onHand}, ledger ${sums.get(key(l.productId, l.warehouseId)) ?? 0}, available ${l.available}`,
        );
      if (wrong.length > 0) fail(firstMismatches(wrong));
    },
  },
  {
    name: 'reserved = what open orders have not shipped yet, per product at the order’s warehouse',
    async run(ctx) {
      const levels = await ctx.all<StockLevel>('/stock-levels');
      const orders = await ctx.all<Order>('/orders', { status: [...OPEN_STATUSES] });
      const shipments = await ctx.all<Shipment>('/shipments');
      const shipped = new Map<string, number>();
      for (const s of shipments) {
        if (!LEFT.has(s.status)) continue;
        for (const item of s.items)
          shipped.set(
            `${s.orderId}:${item.productId}`,
            (shipped.get(`${s.orderId}:${item.productId}`) ?? 0) + item.quantity,
          );
      }
      const reserved = new Map<string, number>();
      for (const order of orders) {
        for (const item of order.items) {
          const open = Math.max(0, item.quantity - (shipped.get(`${order.id}:${item.productId}`) ?? 0));
          const k = key(item.productId, order.warehouseId);
          reserved.set(k, (reserved.get(k) ?? 0) + open);
        }
      }
      const wrong = levels
        .filter((l) => l.reserved !== (reserved.get(key(l.productId, l.warehouseId)) ?? 0))
        .map(
          (l) =>
            `product ${l.productId} in ${l.warehouseId}: reserved ${l.reserved}, open orders ${reserved.get(key(l.productId, l.warehouseId)) ?? 0}`,
        );
      if (wrong.length > 0) fail(firstMismatches(wrong));
    },
  },
  {
    name: 'KPIs: orders and gross sales of the last 90 days equal the count and total of the orders list they drill into',
    async run(ctx) {
      const kpis = await ctx.admin<{
        range: { from: string; to: string };
        sales?: { current: { orders: number; grossSales: number } };
      }>(
        'GET',
        '/kpis?sections=sales&from=' + new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10),
      );
      expectStatus(kpis, 200, 'GET /kpis');
      const sales = kpis.body.sales?.current;
      if (!sales) fail('the report has no sales section');
      const filter = {
        placedAt_gte: kpis.body.range.from,
        placedAt_lte: kpis.body.range.to,
        status: ORDER_STATUSES.filter((s) => s !== 'cancelled'),
      };
      const page = await ctx.admin('GET', `/orders${listQuery({ filter, range: [0, 0] })}`);
      expectStatus(page, 200, 'the drill-down list');
      const total = contentRange(page.headers.get('content-range'))?.total;
      if (total !== sales.orders) fail(`the report counts ${sales.orders} orders, its list ${total}`);
      const orders = await ctx.all<Order>('/orders', filter);
      const gross = orders.reduce((sum, o) => sum + o.total, 0);
      if (gross !== sales.grossSales)
        fail(`the report's gross sales are ${sales.grossSales}, its list adds up to ${gross}`);
    },
  },
];
