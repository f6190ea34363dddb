/**
 * The report's breakdowns by shipping and payment method: every method the
 * shop keeps (with zeros where nothing was sold with it), plus a row for
 * orders without a method when there are any, named from the settings.
 */
import type { MethodLateness, MethodSales } from '../../src/domain/kpis/types';
import type { PaymentMethod, ShippingMethod } from '../../src/domain/types';
import type { Store } from '../store/store';
import type { MethodBreakdown } from './breakdown';

type MethodCollection = 'shipping-methods' | 'payment-methods';

/** Method ids in id order, then 0 (no method) if it has figures. */
function keysOf(store: Store, collection: MethodCollection, counted: Iterable<number>): number[] {
  const ids = [...store.all<ShippingMethod | PaymentMethod>(collection)]
    .map((m) => m.id)
    .sort((a, b) => a - b);
  for (const key of counted) if (!ids.includes(key)) ids.push(key);
  return ids;
}

const nameOf = (store: Store, collection: MethodCollection, key: number): string | null =>
  key === 0 ? null : (store.get<ShippingMethod | PaymentMethod>(collection, key)?.name ?? `#${key}`);

export function methodSales(
  store: Store,
  collection: MethodCollection,
  tallies: MethodBreakdown,
): MethodSales[] {
  const rows = keysOf(store, collection, tallies.keys()).map((key): MethodSales => {
    const tally = tallies.get(key) ?? { orders: 0, grossSales: 0, refunds: 0 };
    return {
      methodId: key === 0 ? null : key,
      name: nameOf(store, collection, key),
      ...tally,
      netSales: tally.grossSales - tally.refunds,
    };
  });
  // Stable: equal figures keep id order.
  return rows.sort((a, b) => b.netSales - a.netSales || b.orders - a.orders);
}

export function methodLateness(store: Store, late: ReadonlyMap<number, number>): MethodLateness[] {
  const rows = keysOf(store, 'shipping-methods', late.keys()).map((key): MethodLateness => ({
    methodId: key === 0 ? null : key,
    name: nameOf(store, 'shipping-methods', key),
    lateOpenOrders: late.get(key) ?? 0,
  }));
  return rows.sort((a, b) => b.lateOpenOrders - a.lateOpenOrders);
}
