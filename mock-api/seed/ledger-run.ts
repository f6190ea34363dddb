/**
 * Plays the stock events in time order and writes the movement ledger. Stock
 * arrives before it leaves at the same moment; a parcel that needs more than
 * is there gets an express delivery first, so no level goes below zero; a
 * level that drops to its reorder point gets a purchase order that arrives
 * 3–10 days later (if before the anchor and while the product still sells).
 * Transfers are played with the rest; the desk picks and books their lines.
 */
import type { Id, Order, StockMovement, StockReason } from '../../src/domain/types';
import { MinHeap } from './heap';
import { staffFor, USER_IDS } from './people';
import { at, Random } from './random';
import { DAY, HOUR, iso, type Span } from './time';
import type { TransferDesk } from './transfers';

export type EventKind =
  'opening' | 'restock' | 'receive' | 'return' | 'shipment' | 'dispatch' | 'damage' | 'count' | 'correction';

/** Stock arrives before it leaves at the same moment. */
export const KIND_RANK: Readonly<Record<EventKind, number>> = {
  opening: 0,
  restock: 1,
  receive: 1,
  return: 2,
  shipment: 3,
  dispatch: 3,
  damage: 4,
  count: 4,
  correction: 4,
};

export interface LedgerEvent {
  at: number;
  kind: EventKind;
  /** Index into the levels. */
  level: number;
  /** Tie-breaker among simultaneous events of the same rank. */
  seq: number;
  quantity: number;
  orderId: Id | null;
  shipmentId: Id | null;
  transferId: Id | null;
  /** The movement's note where the event decides it (returns). */
  note?: string;
}

export interface Level {
  productId: Id;
  warehouseId: Id;
  createdAt: number;
  openedAt: number;
  /** When the product stopped selling (no purchase orders after). */
  closedAt: number;
  draft: boolean;
  shipped: number;
  reserved: number;
  lastTouchedAt: number;
  balance: number;
  reorderPoint: number;
  restockQuantity: number;
  restockPending: boolean;
}

export const second = (ms: number) => Math.round(ms / 1000) * 1000;
export const byTime = (a: LedgerEvent, b: LedgerEvent) =>
  a.at - b.at || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.seq - b.seq;

const DAMAGE_NOTES = ['Damaged in storage', 'Broken while picking', 'Packaging damaged'];

export class LedgerRun {
  readonly movements: StockMovement[] = [];
  private clock = -Infinity;
  private purchaseOrders = 0;
  private readonly arrivals = new MinHeap<LedgerEvent>((a, b) => byTime(a, b) < 0);

  constructor(
    private readonly rng: Random,
    private readonly levels: readonly Level[],
    private readonly orders: readonly Order[],
    private readonly span: Span,
    private readonly transfers: TransferDesk,
  ) {}

  /** Plays `events` (sorted by `byTime`) merged with the purchase orders they trigger. */
  play(events: readonly LedgerEvent[]): void {
    let next = 0;
    for (;;) {
      const scheduled = events[next];
      const arrival = this.arrivals.peek();
      if (arrival && (!scheduled || byTime(arrival, scheduled) < 0))
        this.handle(this.arrivals.pop() as LedgerEvent);
      else if (scheduled) {
        this.handle(scheduled);
        next++;
      } else return;
    }
  }

  /** Most levels that open orders would oversell get an express delivery shortly before the anchor. */
  topUpForOpenOrders(): void {
    const short = this.levels
      .map((level, index) => ({ level, index, at: second(this.span.anchor - this.rng.float(1, 12) * HOUR) }))
      .filter(({ level }) => level.reserved > level.balance && this.rng.chance(0.85))
      .sort((a, b) => a.at - b.at || a.index - b.index);
    for (const { level, index, at: wanted } of short) {
      const event = { at: Math.max(this.clock, wanted), kind: 'restock' as const, level: index, seq: 0 };
      this.receive(
        { ...event, quantity: 0, orderId: null, shipmentId: null, transferId: null },
        level.restockQuantity + level.reserved - level.balance,
        'Express delivery for open orders',
      );
    }
  }

  private handle(event: LedgerEvent): void {
    const level = at(this.levels, event.level);
    const staff = staffFor(level.warehouseId);
    switch (event.kind) {
      case 'opening':
        return this.record(event, event.quantity, 'receipt', 'Opening stock', USER_IDS.admin);
      case 'restock':
        level.restockPending = false;
        this.purchaseOrders += 1;
        return this.receive(event, event.quantity, `Purchase order ${this.purchaseOrderNumber(event.at)}`);
      case 'return':
        return this.record(event, event.quantity, 'return', event.note ?? '', staff);
      case 'shipment':
        return this.ship(event, level);
      case 'dispatch':
        return this.transfers.dispatch(event, this);
      case 'receive':
        return this.transfers.receive(event, this);
      case 'damage':
        return this.adjust(event, -event.quantity, 'damage', this.rng.pick(DAMAGE_NOTES));
      case 'count': {
        const note = `Stocktake ${new Date(event.at).getUTCFullYear()}`;
        return this.adjust(event, this.rng.pick([-3, -2, -1, -1, 1, 1, 2]), 'count', note);
      }
      case 'correction':
        return this.adjust(event, this.rng.pick([-2, -1, 1, 2]), 'correction', 'Correction after recount');
    }
  }

  private ship(event: LedgerEvent, level: Level): void {
    if (level.balance < event.quantity) {
      const expressAt = Math.max(this.clock, second(event.at - this.rng.float(1, 6) * HOUR));
      const quantity = level.restockQuantity + event.quantity - level.balance;
      this.receive({ ...event, at: expressAt }, quantity, 'Express delivery');
    }
    this.record(event, -event.quantity, 'shipment', `Shipment ${this.orderNumber(event.orderId)}`, null);
    this.reorderIfLow(event);
  }

  /** Breakage and stocktake differences, never taking more than is there. */
  private adjust(event: LedgerEvent, delta: number, reason: StockReason, note: string): void {
    const level = at(this.levels, event.level);
    const allowed = Math.max(delta, -level.balance);
    if (allowed === 0) return;
    this.record(event, allowed, reason, note, staffFor(level.warehouseId));
    if (allowed < 0) this.reorderIfLow(event);
  }

  reorderIfLow(event: LedgerEvent): void {
    const level = at(this.levels, event.level);
    if (level.draft || level.restockPending || level.balance > level.reorderPoint) return;
    level.restockPending = true;
    // Goods arrive during working hours.
    const day = Math.floor((event.at + this.rng.float(3, 10) * DAY) / DAY) * DAY;
    const arrival = second(day + this.rng.float(6, 15) * HOUR);
    if (arrival <= this.span.anchor && arrival < level.closedAt) {
      this.arrivals.push({ ...event, at: arrival, kind: 'restock', quantity: level.restockQuantity });
    }
  }

  private receive(event: LedgerEvent, quantity: number, note: string): void {
    const level = at(this.levels, event.level);
    this.record(
      { ...event, orderId: null, shipmentId: null, transferId: null },
      quantity,
      'receipt',
      note,
      staffFor(level.warehouseId),
    );
  }

  record(event: LedgerEvent, delta: number, reason: StockReason, note: string, userId: Id | null): void {
    const level = at(this.levels, event.level);
    level.balance += delta;
    level.lastTouchedAt = Math.max(level.lastTouchedAt, event.at);
    this.clock = event.at;
    const stamp = iso(event.at);
    this.movements.push({
      id: this.movements.length + 1,
      createdAt: stamp,
      updatedAt: stamp,
      version: 1,
      productId: level.productId,
      warehouseId: level.warehouseId,
      delta,
      reason,
      balanceAfter: level.balance,
      userId,
      orderId: event.orderId,
      shipmentId: event.shipmentId,
      transferId: event.transferId,
      reversesMovementId: null,
      note,
    });
  }

  private orderNumber(orderId: Id | null): string {
    return orderId === null ? '' : at(this.orders, orderId - 1).number;
  }

  private purchaseOrderNumber(moment: number): string {
    return `PO-${new Date(moment).getUTCFullYear()}-${String(this.purchaseOrders).padStart(5, '0')}`;
  }
}
