/**
 * The pick list: what the warehouse still has to take off the shelves for a
 * set of orders, grouped by warehouse and bin, each line with the order
 * numbers it is for. "Still to pick" is what no shipment covers yet (the same
 * open quantity a new shipment may take), at the order's own warehouse.
 */
import { DomainError, problem } from '../../src/domain/errors';
import { SHIPPABLE_STATUSES } from '../../src/domain/orders';
import { committedQuantities, remainingQuantities, sumLines } from '../../src/domain/shipments';
import type { Order, Shipment, Warehouse } from '../../src/domain/types';
import { findStockLevel } from '../inventory/ledger';
import { notFound, parseId } from '../rest/bridge';
import type { Store, Transaction } from '../store/store';
import { childrenOf } from './children';

export interface PickOrderRef {
  orderId: number;
  number: string;
  quantity: number;
}

export interface PickLine {
  productId: number;
  sku: string;
  name: string;
  quantity: number;
  orders: PickOrderRef[];
}

export interface PickBin {
  binLocation: string;
  lines: PickLine[];
}

export interface PickWarehouse {
  warehouseId: number;
  code: string;
  name: string;
  bins: PickBin[];
}

export interface PickList {
  orderCount: number;
  warehouses: PickWarehouse[];
}

export const MAX_PICK_ORDERS = 500;

/** The orders a request names: `orderIds=[…]` (JSON) or every pickable order of `warehouseId`. */
export function ordersToPick(store: Store, query: Record<string, unknown>): Order[] {
  const keys = Object.keys(query);
  const badRequest = () => new DomainError(400, problem('errors.pickListParams'));
  if (keys.length !== 1 || typeof query[keys[0]!] !== 'string') throw badRequest();
  if (keys[0] === 'warehouseId') {
    const warehouseId = parseId(query.warehouseId);
    if (warehouseId === null || !store.get('warehouses', warehouseId))
      throw notFound('warehouses', query.warehouseId);
    return [...store.all<Order>('orders')].filter(
      (o) => o.warehouseId === warehouseId && SHIPPABLE_STATUSES.includes(o.status),
    );
  }
  if (keys[0] !== 'orderIds') throw badRequest();
  let raw: unknown;
  try {
    raw = JSON.parse(query.orderIds as string);
  } catch {
    throw badRequest();
  }
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_PICK_ORDERS) throw badRequest();
  return raw.map((id: unknown) => {
    const order = store.get<Order>('orders', parseId(id) ?? 0);
    if (!order) throw notFound('orders', id);
    return order;
  });
}

export function buildPickList(
  tx: Transaction,
  store: Store,
  orders: readonly Order[],
  refuseUnpickable: boolean,
): PickList {
  const warehouses = new Map<number, Map<string, Map<number, PickLine>>>();
  const unpickable: string[] = [];
  let orderCount = 0;
  for (const order of orders) {
    const open = SHIPPABLE_STATUSES.includes(order.status)
      ? remainingQuantities(
          sumLines(order.items),
          committedQuantities(childrenOf<Shipment>(tx, store, 'shipments', order.id)),
        )
      : new Map<number, number>();
    const items = order.items.filter((item) => (open.get(item.productId) ?? 0) > 0);
    if (items.length === 0) {
      unpickable.push(order.number);
      continue;
    }
    orderCount += 1;
    const bins = getOrCreate(warehouses, order.warehouseId, () => new Map<string, Map<number, PickLine>>());
    for (const item of items) {
      const quantity = open.get(item.productId)!;
      const bin = findStockLevel(tx, store, item.productId, order.warehouseId)?.binLocation ?? '';
      const lines = getOrCreate(bins, bin, () => new Map<number, PickLine>());
      const line = getOrCreate<number, PickLine>(lines, item.productId, () => ({
        productId: item.productId,
        sku: item.sku,
        name: item.name,
        quantity: 0,
        orders: [],
      }));
      line.quantity += quantity;
      line.orders.push({ orderId: order.id, number: order.number, quantity });
    }
  }
  if (refuseUnpickable && unpickable.length > 0) {
    throw new DomainError(422, problem('errors.notPickable', { numbers: unpickable.join(', ') }));
  }
  return {
    orderCount,
    warehouses: [...warehouses]
      .map(([id, bins]) => pickWarehouse(tx, id, bins))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function pickWarehouse(
  tx: Transaction,
  warehouseId: number,
  bins: Map<string, Map<number, PickLine>>,
): PickWarehouse {
  const warehouse = tx.get<Warehouse>('warehouses', warehouseId);
  return {
    warehouseId,
    code: warehouse?.code ?? '',
    name: warehouse?.name ?? '',
    bins: [...bins]
      .map(([binLocation, lines]) => ({
        binLocation,
        lines: [...lines.values()].sort((a, b) => byText(a.sku, b.sku)),
      }))
      .sort((a, b) => byText(a.binLocation, b.binLocation)),
  };
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
