/**
 * Stock transfers between warehouses, booked the way the API's transfer steps
 * (mock-api/inventory/transfers.ts) book them: dispatch takes the goods out of
 * the source (transfer_out), receipt puts all of them into the destination
 * (transfer_in) and what never arrived leaves again as a loss. Four were
 * received over the history (one a unit short), one is on its way, one is a
 * draft. Each moves 2–3 of the products the source holds most surplus of at
 * the moment of dispatch, so no level ever goes below zero.
 */
import type { Id, StockTransfer, TransferItem, TransferStatus } from '../../src/domain/types';
import type { LedgerEvent, Level } from './ledger-run';
import { staffFor } from './people';
import { at, Random } from './random';
import { DAY, HOUR, iso, type Span } from './time';

interface TransferPlan {
  id: Id;
  number: string;
  fromWarehouseId: Id;
  toWarehouseId: Id;
  status: TransferStatus;
  createdAt: number;
  dispatchedAt: number | null;
  receivedAt: number | null;
  lineCount: number;
  /** One unit of the first line goes missing on the way. */
  shortfall: boolean;
  items: TransferItem[];
}

/** Where the events and bookings of a ledger run go. */
export interface Booking {
  record(
    event: LedgerEvent,
    delta: number,
    reason: 'transfer_out' | 'transfer_in' | 'loss',
    note: string,
    userId: Id,
  ): void;
  reorderIfLow(event: LedgerEvent): void;
}

export const SHORTFALL_REASON = 'One unit missing on arrival';
const NOTE = 'Rebalancing stock';
/** Past transfers, as fractions of the history. */
const RECEIVED_AT = [0.35, 0.6, 0.8, 0.92] as const;
const MAX_QUANTITY = 48;

const second = (ms: number) => Math.round(ms / 1000) * 1000;

export class TransferDesk {
  private readonly plans: TransferPlan[] = [];

  constructor(
    private readonly rng: Random,
    private readonly span: Span,
    warehouseIds: readonly Id[],
    private readonly levels: readonly Level[],
    private readonly levelOf: (productId: Id, warehouseId: Id) => number,
  ) {
    const length = span.anchor - span.start;
    // Trucks leave and arrive in working hours.
    const workingHours = (moment: number) => Math.floor(moment / DAY) * DAY + rng.float(7, 17) * HOUR;
    const moments: [TransferStatus, number][] = [
      ...RECEIVED_AT.map((share): [TransferStatus, number] => [
        'received',
        workingHours(span.start + share * length),
      ]),
      ['in_transit', workingHours(span.anchor - DAY)],
      ['draft', span.anchor - rng.float(1, 5) * HOUR],
    ];
    moments.forEach(([status, moment], i) => {
      const [fromWarehouseId, toWarehouseId] = rng.shuffle([...warehouseIds]) as [Id, Id];
      this.plans.push({
        id: i + 1,
        number: `TR-${String(i + 1).padStart(5, '0')}`,
        fromWarehouseId,
        toWarehouseId,
        status,
        createdAt: status === 'draft' ? second(moment) : second(moment - rng.float(2, 20) * HOUR),
        dispatchedAt: status === 'draft' ? null : second(moment),
        receivedAt: status === 'received' ? second(workingHours(moment + rng.int(1, 3) * DAY)) : null,
        lineCount: rng.int(2, 3),
        shortfall: i === 2,
        items: [],
      });
    });
  }

  /** The dispatch and receipt events to play with the rest of the ledger. */
  events(): Omit<LedgerEvent, 'seq'>[] {
    const base = { level: 0, quantity: 0, orderId: null, shipmentId: null };
    return this.plans.flatMap((plan) => [
      ...(plan.dispatchedAt === null
        ? []
        : [{ ...base, at: plan.dispatchedAt, kind: 'dispatch' as const, transferId: plan.id }]),
      ...(plan.receivedAt === null
        ? []
        : [{ ...base, at: plan.receivedAt, kind: 'receive' as const, transferId: plan.id }]),
    ]);
  }

  dispatch(event: LedgerEvent, booking: Booking): void {
    const plan = this.planOf(event);
    const chosen = this.surplus(plan, event.at, (level) => level.balance);
    plan.items = chosen.map(({ level, quantity }) => {
      const levelEvent = { ...event, level };
      booking.record(levelEvent, -quantity, 'transfer_out', plan.number, staffFor(plan.fromWarehouseId));
      booking.reorderIfLow(levelEvent);
      return { productId: at(this.levels, level).productId, quantity, receivedQuantity: null };
    });
  }

  receive(event: LedgerEvent, booking: Booking): void {
    const plan = this.planOf(event);
    const staff = staffFor(plan.toWarehouseId);
    plan.items = plan.items.map((item, i) => {
      const levelEvent = { ...event, level: this.levelOf(item.productId, plan.toWarehouseId) };
      booking.record(levelEvent, item.quantity, 'transfer_in', plan.number, staff);
      const missing = plan.shortfall && i === 0 ? 1 : 0;
      if (missing > 0)
        booking.record(levelEvent, -missing, 'loss', `${plan.number}: ${SHORTFALL_REASON}`, staff);
      return { ...item, receivedQuantity: item.quantity - missing };
    });
  }

  /** The records once the ledger has been played; the draft plans from the stock at the anchor. */
  records(): StockTransfer[] {
    return this.plans.map((plan) => {
      if (plan.status === 'draft') {
        // Only what is not promised to open orders, so the draft can be dispatched as it is.
        const lines = this.surplus(plan, this.span.anchor, (level) => level.balance - level.reserved);
        plan.items = lines.map(({ level, quantity }) => ({
          productId: at(this.levels, level).productId,
          quantity,
          receivedQuantity: null,
        }));
      }
      const { createdAt, dispatchedAt, receivedAt } = plan;
      return {
        id: plan.id,
        createdAt: iso(createdAt),
        updatedAt: iso(receivedAt ?? dispatchedAt ?? createdAt),
        version: 1,
        number: plan.number,
        fromWarehouseId: plan.fromWarehouseId,
        toWarehouseId: plan.toWarehouseId,
        status: plan.status,
        items: plan.items,
        note: NOTE,
        shortfallReason: plan.shortfall ? SHORTFALL_REASON : null,
        createdBy: staffFor(plan.fromWarehouseId),
        dispatchedAt: dispatchedAt === null ? null : iso(dispatchedAt),
        receivedAt: receivedAt === null ? null : iso(receivedAt),
        cancelledAt: null,
      };
    });
  }

  private planOf(event: LedgerEvent): TransferPlan {
    return at(this.plans, (event.transferId ?? 0) - 1);
  }

  /**
   * Among the source's products on sale, some of the ten with the most stock
   * above twice their reorder point; each moves half its surplus (at least one unit).
   */
  private surplus(
    plan: TransferPlan,
    moment: number,
    stock: (level: Level) => number,
  ): { level: number; quantity: number }[] {
    const candidates = this.levels
      .map((level, index) => ({ index, spare: stock(level) - 2 * level.reorderPoint, level }))
      .filter(
        ({ level }) =>
          level.warehouseId === plan.fromWarehouseId &&
          !level.draft &&
          level.openedAt <= plan.createdAt &&
          level.closedAt > moment &&
          stock(level) > 0,
      )
      .sort((a, b) => b.spare - a.spare || a.index - b.index)
      .slice(0, 10);
    if (candidates.length === 0) throw new Error(`${plan.number}: nothing in stock to transfer`);
    return this.rng
      .shuffle(candidates)
      .slice(0, plan.lineCount)
      .sort((a, b) => a.level.productId - b.level.productId)
      .map(({ index, spare, level }) => ({
        level: index,
        quantity: Math.min(stock(level), MAX_QUANTITY, Math.max(1, Math.floor(spare / 2))),
      }));
  }
}
