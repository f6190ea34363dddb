/**
 * The pick list: what the warehouse still has to take off the shelves for a
 * set of orders, grouped by warehouse and bin, each line with the order
 * numbers it is for. "Still to pick" is what is still on a shelf
 * (src/domain/shipments.ts stillToPick): what no parcel covers yet, at the
 * order's warehouse, and what parcels not yet packed hold, at theirs.
 */
import { DomainError, problem } from '../../src/domain/errors';
import { SHIPPABLE_STATUSES } from '../../src/domain/orders';
import { stillToPick, type Quantities } from '../../src/domain/shipments';
import type { Order, Shipment, Warehouse } from '../../src/domain/types';
import { findStockLevel } from '../inventory/ledger';
import { notFound, parseId } from '../rest/bridge';
import type { RecordReader } from '../store/database';
import { childrenOf } from './children';
import { paymentHoldOf, refuseIfPaymentHeld } from './paymentHold';

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

export interface PickRequest {
  orders: Order[];
  /** Only what is to be picked in this warehouse (a warehouse's whole pick list). */
  warehouseId: number | null;
}

/** The orders a request names: `orderIds=[…]` (JSON) or every order with something to pick in `warehouseId`. */
export async function ordersToPick(db: RecordReader, query: Record<string, unknown>): Promise<PickRequest> {
  const keys = Object.keys(query);
  const badRequest = () => new DomainError(400, problem('errors.pickListParams'));
  if (keys.length !== 1 || typeof query[keys[0]!] !== 'string') throw badRequest();
  if (keys[0] === 'warehouseId') {
    const warehouseId = parseId(query.warehouseId);
    if (warehouseId === null || !(await db.get('warehouses', warehouseId)))
      throw notFound('warehouses', query.warehouseId);
    // An order of another warehouse may have a parcel planned from this one.
    return {
      orders: (await db.all<Order>('orders')).filter((o) => SHIPPABLE_STATUSES.includes(o.status)),
      warehouseId,
    };
  }
  if (keys[0] !== 'orderIds') throw badRequest();
  let raw: unknown;
  try {
    raw = JSON.parse(query.orderIds as string);
  } catch {
    throw badRequest();
  }
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_PICK_ORDERS) throw badRequest();
  const orders: Order[] = [];
  for (const id of raw as unknown[]) {
    const order = await db.get<Order>('orders', parseId(id) ?? 0);
    if (!order) throw notFound('orders', id);
    orders.push(order);
  }
  return { orders, warehouseId: null };
}

export async function buildPickList(
  tx: RecordReader,
  { orders, warehouseId: onlyIn }: PickRequest,
  refuseUnpickable: boolean,
): Promise<PickList> {
  const warehouses = new Map<number, Map<string, Map<number, PickLine>>>();
  const unpickable: string[] = [];
  let orderCount = 0;
  for (const order of orders) {
    // Named orders that wait for their payment are refused with the reason; a warehouse's list leaves them out.
    if (refuseUnpickable) await refuseIfPaymentHeld(tx, order);
    else if (await paymentHoldOf(tx, order)) continue;
    const toPick = SHIPPABLE_STATUSES.includes(order.status)
      ? stillToPick(order, await childrenOf<Shipment>(tx, 'shipments', order.id))
      : new Map<number, Quantities>();
    if (onlyIn !== null) for (const id of [...toPick.keys()]) if (id !== onlyIn) toPick.delete(id);
    if (toPick.size === 0) {
      unpickable.push(order.number);
      continue;
    }
    orderCount += 1;
    for (const [warehouseId, quantities] of toPick) {
      const bins = getOrCreate(warehouses, warehouseId, () => new Map<string, Map<number, PickLine>>());
      for (const item of order.items) {
        const quantity = quantities.get(item.productId);
        if (!quantity) continue;
        // The same product on two lines of one order is picked once, for both.
        quantities.delete(item.productId);
        const bin = (await findStockLevel(tx, item.productId, warehouseId))?.binLocation ?? '';
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
  }
  if (refuseUnpickable && unpickable.length > 0) {
    throw new DomainError(422, problem('errors.notPickable', { numbers: unpickable.join(', ') }));
  }
  const picked: PickWarehouse[] = [];
  for (const [id, bins] of warehouses) picked.push(await pickWarehouse(tx, id, bins));
  return { orderCount, warehouses: picked.sort((a, b) => a.code.localeCompare(b.code)) };
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

async function pickWarehouse(
  tx: RecordReader,
  warehouseId: number,
  bins: Map<string, Map<number, PickLine>>,
): Promise<PickWarehouse> {
  const warehouse = await tx.get<Warehouse>('warehouses', warehouseId);
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
