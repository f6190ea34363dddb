/**
 * Stock levels and the events of their ledger: opening stock at the start of
 * history, a shipment movement per line of each parcel that left, restocked
 * returns, transfers, breakage, stocktake differences and the odd correction.
 * ledger-run.ts plays them in time order and adds the purchase orders.
 * Levels' `reserved` is what open orders have not shipped yet (parcels still
 * pending or packed included).
 */
import { OPEN_STATUSES } from '../../src/domain/orders';
import { STOCK_LEFT_STATUSES } from '../../src/domain/shipments';
import type {
  Id,
  Order,
  OrderReturn,
  Shipment,
  StockLevel,
  StockMovement,
  StockTransfer,
} from '../../src/domain/types';
import { binLocations, type Catalog } from './catalog';
import { byTime, LedgerRun, second, type LedgerEvent, type Level } from './ledger-run';
import { at, Random } from './random';
import { DAY, iso, type Span } from './time';
import { TransferDesk } from './transfers';

export interface LedgerInput {
  span: Span;
  catalog: Catalog;
  warehouseIds: readonly Id[];
  orders: readonly Order[];
  shipments: readonly Shipment[];
  returns: readonly OrderReturn[];
}

const leftTheWarehouse = (shipment: Shipment) => STOCK_LEFT_STATUSES.includes(shipment.status);

const roundUp = (value: number, step: number) => Math.ceil(value / step) * step;

function poissonCount(rng: Random, mean: number): number {
  let count = 0;
  for (let p = rng.next(); p > Math.exp(-mean); p *= rng.next()) count++;
  return count;
}

function buildLevels(input: LedgerInput): Level[] {
  const { span, catalog, warehouseIds } = input;
  const levels: Level[] = [];
  catalog.products.forEach((product, i) => {
    const facts = at(catalog.facts, i);
    for (const warehouseId of warehouseIds) {
      levels.push({
        productId: product.id,
        warehouseId,
        createdAt: facts.createdAt,
        openedAt: Math.max(facts.createdAt, span.start),
        closedAt: facts.archivedAt ?? Infinity,
        draft: product.status === 'draft',
        shipped: 0,
        reserved: 0,
        lastTouchedAt: facts.createdAt,
        balance: 0,
        reorderPoint: 0,
        restockQuantity: 0,
        restockPending: false,
      });
    }
  });
  return levels;
}

/** Reorder point and order quantities from the demand each level actually saw. */
function sizeLevel(rng: Random, level: Level, anchor: number): number {
  if (level.draft) {
    level.reorderPoint = 2;
    level.restockQuantity = 10;
    return rng.int(1, 8) * 5;
  }
  const days = Math.max(14, (Math.min(level.closedAt, anchor) - level.openedAt) / DAY);
  // Growth makes recent demand higher than the average.
  const daily = ((level.shipped + level.reserved) / days) * 1.3;
  const pack = daily * 30 >= 100 ? 20 : daily * 30 >= 30 ? 10 : daily * 30 >= 10 ? 5 : 1;
  level.reorderPoint = Math.max(2, Math.ceil(daily * 10));
  level.restockQuantity = roundUp(Math.max(level.reorderPoint + 5, daily * 40), pack);
  return roundUp(Math.max(level.reorderPoint * 2, daily * 50) + rng.int(0, 8), pack);
}

type EventDraft = Omit<LedgerEvent, 'seq' | 'orderId' | 'shipmentId' | 'transferId'> &
  Partial<Pick<LedgerEvent, 'orderId' | 'shipmentId' | 'transferId'>>;
type AddEvent = (draft: EventDraft) => void;
type LevelOf = (productId: Id, warehouseId: Id) => number;

function parcelEvents(input: LedgerInput, levels: Level[], levelOf: LevelOf, add: AddEvent): void {
  for (const shipment of input.shipments) {
    if (!leftTheWarehouse(shipment)) continue;
    const shippedAt = Date.parse(shipment.shippedAt ?? '');
    for (const { productId, quantity } of shipment.items) {
      const level = levelOf(productId, shipment.warehouseId);
      at(levels, level).shipped += quantity;
      const ids = { orderId: shipment.orderId, shipmentId: shipment.id };
      add({ at: shippedAt, kind: 'shipment', level, quantity, ...ids });
    }
  }
  // As the API books a return: restocked lines only, noted with the order number and the reason.
  for (const entry of input.returns) {
    const note = `${at(input.orders, entry.orderId - 1).number}: ${entry.reason}`;
    for (const { productId, quantity, restock, warehouseId } of entry.items) {
      if (!restock || warehouseId === null) continue;
      const level = levelOf(productId, warehouseId);
      add({ at: Date.parse(entry.createdAt), kind: 'return', level, quantity, orderId: entry.orderId, note });
    }
  }
}

function reserveForOpenOrders(input: LedgerInput, levels: Level[], levelOf: LevelOf): void {
  const shippedPerOrder = new Map<Id, Map<Id, number>>();
  for (const shipment of input.shipments) {
    if (!leftTheWarehouse(shipment)) continue;
    const shipped = shippedPerOrder.get(shipment.orderId) ?? new Map<Id, number>();
    for (const item of shipment.items)
      shipped.set(item.productId, (shipped.get(item.productId) ?? 0) + item.quantity);
    shippedPerOrder.set(shipment.orderId, shipped);
  }
  for (const order of input.orders) {
    if (!OPEN_STATUSES.includes(order.status)) continue;
    for (const item of order.items) {
      const shipped = shippedPerOrder.get(order.id)?.get(item.productId) ?? 0;
      const level = at(levels, levelOf(item.productId, order.warehouseId));
      level.reserved += item.quantity - shipped;
      level.lastTouchedAt = Math.max(level.lastTouchedAt, Date.parse(order.updatedAt));
    }
  }
}

/** Opening stock, then breakage, year-end stocktake differences and the odd correction. */
function warehouseEvents(rng: Random, level: Level, index: number, anchor: number, add: AddEvent): void {
  add({ at: level.openedAt, kind: 'opening', level: index, quantity: sizeLevel(rng, level, anchor) });
  if (level.draft) return;
  const end = Math.min(level.closedAt, anchor);
  const moment = () => second(rng.float(level.openedAt, end));
  const years = (end - level.openedAt) / (365 * DAY);
  for (let n = poissonCount(rng, years * 0.25); n > 0; n--) {
    add({ at: moment(), kind: 'damage', level: index, quantity: rng.chance(0.85) ? 1 : 2 });
  }
  for (let year = new Date(level.openedAt).getUTCFullYear(); year <= new Date(end).getUTCFullYear(); year++) {
    const stocktake = Date.UTC(year, 11, 30, 9);
    if (stocktake > level.openedAt && stocktake < end && rng.chance(0.15)) {
      add({ at: stocktake, kind: 'count', level: index, quantity: 0 });
    }
  }
  if (rng.chance(0.03)) add({ at: moment(), kind: 'correction', level: index, quantity: 0 });
}

export interface Stock {
  stockLevels: StockLevel[];
  stockMovements: StockMovement[];
  stockTransfers: StockTransfer[];
}

export function buildLedger(rng: Random, input: LedgerInput): Stock {
  const { warehouseIds, span } = input;
  const levels = buildLevels(input);
  const warehouseIndex = new Map(warehouseIds.map((id, i) => [id, i]));
  const levelOf: LevelOf = (productId, warehouseId) =>
    (productId - 1) * warehouseIds.length + (warehouseIndex.get(warehouseId) ?? 0);
  const events: LedgerEvent[] = [];
  const add: AddEvent = (draft) =>
    events.push({ orderId: null, shipmentId: null, transferId: null, ...draft, seq: events.length });

  parcelEvents(input, levels, levelOf, add);
  reserveForOpenOrders(input, levels, levelOf);
  const noise = rng.fork('noise');
  levels.forEach((level, index) => warehouseEvents(noise, level, index, span.anchor, add));
  const transfers = new TransferDesk(rng.fork('transfers'), span, warehouseIds, levels, levelOf);
  transfers.events().forEach(add);
  events.sort(byTime);

  const run = new LedgerRun(rng.fork('run'), levels, input.orders, span, transfers);
  run.play(events);
  run.topUpForOpenOrders();
  const bins = warehouseIds.map(() => binLocations(rng, input.catalog.products.length));
  return {
    stockMovements: run.movements,
    stockTransfers: transfers.records(),
    stockLevels: levels.map((level, i) => ({
      id: i + 1,
      createdAt: iso(level.createdAt),
      updatedAt: iso(level.lastTouchedAt),
      version: 1,
      productId: level.productId,
      warehouseId: level.warehouseId,
      onHand: level.balance,
      reserved: level.reserved,
      available: level.balance - level.reserved,
      reorderPoint: level.reorderPoint,
      binLocation: at(at(bins, i % warehouseIds.length), level.productId - 1),
    })),
  };
}
