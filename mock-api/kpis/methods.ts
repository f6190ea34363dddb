/**
 * The report's breakdowns by shipping and payment method: every method the
 * shop keeps (with zeros where nothing was sold with it), plus a row for
 * orders without a method when there are any, named from the settings.
 */
import type { MethodLateness, MethodSales } from '../../src/domain/kpis/types';
import type { PaymentMethod, ShippingMethod } from '../../src/domain/types';
import type { MethodBreakdown } from './breakdown';

/** The shop's shipping or payment methods by id. */
export type Methods = ReadonlyMap<number, ShippingMethod | PaymentMethod>;

/** Method ids in id order, then 0 (no method) if it has figures. */
function keysOf(methods: Methods, counted: Iterable<number>): number[] {
  const ids = [...methods.keys()].sort((a, b) => a - b);
  for (const key of counted) if (!ids.includes(key)) ids.push(key);
  return ids;
}

const nameOf = (methods: Methods, key: number): string | null =>
  key === 0 ? null : (methods.get(key)?.name ?? `#${key}`);

export function methodSales(methods: Methods, tallies: MethodBreakdown): MethodSales[] {
  const rows = keysOf(methods, tallies.keys()).map((key): MethodSales => {
    const tally = tallies.get(key) ?? { orders: 0, grossSales: 0, refunds: 0 };
    return {
      methodId: key === 0 ? null : key,
      name: nameOf(methods, key),
      ...tally,
      netSales: tally.grossSales - tally.refunds,
    };
  });
  // Stable: equal figures keep id order.
  return rows.sort((a, b) => b.netSales - a.netSales || b.orders - a.orders);
}

export function methodLateness(
  shippingMethods: Methods,
  late: ReadonlyMap<number, number>,
): MethodLateness[] {
  const rows = keysOf(shippingMethods, late.keys()).map((key): MethodLateness => ({
    methodId: key === 0 ? null : key,
    name: nameOf(shippingMethods, key),
    lateOpenOrders: late.get(key) ?? 0,
  }));
  return rows.sort((a, b) => b.lateOpenOrders - a.lateOpenOrders);
}
