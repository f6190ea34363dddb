/**
 * An order's life, planned in full from its placement and then cut at the
 * anchor: whatever had not happened by then has not happened. That gives old
 * orders their final states and recent ones their open states without a
 * separate rule for each age.
 *
 * Paid minutes after placement (days for bank transfers, some of which never
 * arrive and get cancelled); first parcel 1–72 h after payment, so a share
 * misses a 48 h service level; a few orders are held for a while; some are
 * split over two parcels; some are returned, wholly or partly. A parcel's
 * shipment record exists from when picking is ready (the second of a split
 * order from when the first left): pending, then packed, then shipped.
 */
import type { Id, OrderStatus } from '../../src/domain/types';
import type { Carrier } from './tracking';
import { USER_IDS } from './people';
import { Random } from './random';
import { DAY, HOUR, MINUTE } from './time';

/** A timeline entry: what the system recorded (a message key with parameters), or a note someone wrote. */
export type StepNote = { code: string; params?: Record<string, string | number> } | { reason: string };

export interface Step {
  at: number;
  to: OrderStatus;
  note: StepNote;
  userId: Id | null;
}

export interface PlannedShipment {
  /** Indexes into the order's items; each parcel carries whole lines. */
  lineIndexes: number[];
  carrier: Carrier;
  /** When the shipment record was created (status pending). */
  createdAt: number;
  packedAt: number;
  shippedAt: number;
  deliveredAt: number;
}

export interface PlannedReturn {
  at: number;
  lineIndexes: number[];
  /** Every line came back. */
  complete: boolean;
  reason: string;
  /** Whether the units go back on the shelf or are written off. */
  restock: boolean;
}

export interface Plan {
  steps: Step[];
  shipments: PlannedShipment[];
  returned: PlannedReturn | null;
}

const CARRIER_SHARES: readonly (readonly [Carrier, number])[] = [
  ['DHL', 40],
  ['DPD', 20],
  ['Hermes', 15],
  ['GLS', 15],
  ['UPS', 10],
];

const TRANSIT_DAYS: Readonly<Record<Carrier, readonly [number, number]>> = {
  DHL: [1, 3],
  DPD: [1, 3],
  GLS: [1, 4],
  UPS: [1, 2],
  Hermes: [2, 5],
};

// What staff write when they hold an order or record a return: the shop is German, so are its notes.
const HOLD_REASONS = [
  'Adresse prüfen',
  'Zahlung in Prüfung',
  'Kunde bittet um Aufschub',
  'Ware wird geprüft',
];

/** Damaged goods are written off; everything else goes back on the shelf. */
const RETURN_REASONS: readonly (readonly [{ reason: string; restock: boolean }, number])[] = [
  [{ reason: 'Passt nicht', restock: true }, 30],
  [{ reason: 'Nicht mehr gewünscht', restock: true }, 25],
  [{ reason: 'Entspricht nicht der Beschreibung', restock: true }, 20],
  [{ reason: 'Falscher Artikel geliefert', restock: true }, 10],
  [{ reason: 'Beschädigt angekommen', restock: false }, 15],
];

/** Times are whole seconds, like the ISO strings they end up in. */
const second = (ms: number) => Math.round(ms / 1000) * 1000;

function shipDelay(rng: Random): number {
  const [min, max] = rng.weighted([
    [[1, 24], 70],
    [[24, 48], 22],
    [[48, 72], 8],
  ] as const);
  return second(rng.float(min, max) * HOUR);
}

/** Parcels arrive in daytime, a carrier-typical number of days after they left. */
function deliveryTime(rng: Random, carrier: Carrier, shippedAt: number): number {
  const [min, max] = TRANSIT_DAYS[carrier];
  const arrivalDay = Math.floor((shippedAt + rng.int(min, max) * DAY) / DAY) * DAY;
  return second(arrivalDay + rng.float(7, 18) * HOUR);
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

class Steps {
  readonly list: Step[] = [];

  /** Records a step and returns its time. */
  add(at: number, to: OrderStatus, note: StepNote, userId: Id | null = null): number {
    this.list.push({ at, to, note, userId });
    return at;
  }
}

/** Payment time, or null when the order gets cancelled unpaid. */
function pay(rng: Random, steps: Steps, placedAt: number): number | null {
  const bankTransfer = rng.chance(0.1);
  if (bankTransfer && rng.chance(0.3)) {
    steps.add(second(placedAt + rng.float(10, 14) * DAY), 'cancelled', {
      code: 'timeline.paymentNotReceived',
    });
    return null;
  }
  return bankTransfer
    ? steps.add(second(placedAt + rng.float(6 * HOUR, 5 * DAY)), 'paid', {
        code: 'timeline.bankTransferReceived',
      })
    : steps.add(second(placedAt + rng.float(1, 20) * MINUTE), 'paid', { code: 'timeline.paymentAuthorised' });
}

/** Picking (with the odd hold before or during it); returns when the first parcel can leave. */
function prepare(
  rng: Random,
  steps: Steps,
  paidAt: number,
  staffId: Id,
): { readyAt: number; leavesAt: number } {
  const hold = rng.chance(0.06)
    ? {
        stage: rng.chance(0.4) ? ('paid' as const) : ('processing' as const),
        reason: rng.pick(HOLD_REASONS),
        length: rng.float(4 * HOUR, 12 * DAY),
      }
    : null;
  const holdAndRelease = (from: number, stage: 'paid' | 'processing'): number => {
    if (hold?.stage !== stage) return from;
    const heldAt = steps.add(
      second(from + rng.float(5 * MINUTE, 2 * HOUR)),
      'on_hold',
      { reason: hold.reason },
      USER_IDS.admin,
    );
    return steps.add(second(heldAt + hold.length), stage, { code: 'timeline.holdReleased' }, USER_IDS.admin);
  };
  const delay = shipDelay(rng);
  const pickFrom = holdAndRelease(paidAt, 'paid');
  const processingAt = steps.add(
    second(pickFrom + delay * rng.float(0.1, 0.5)),
    'processing',
    { code: 'timeline.pickingStarted' },
    staffId,
  );
  const readyAt = holdAndRelease(processingAt, 'processing');
  return { readyAt, leavesAt: Math.max(paidAt + delay, second(readyAt + rng.float(20 * MINUTE, 3 * HOUR))) };
}

/** One parcel, or (sometimes) two, the second leaving 1–6 days after the first. */
function dispatch(
  rng: Random,
  steps: Steps,
  lineCount: number,
  prepared: { readyAt: number; leavesAt: number },
  staffId: Id,
): PlannedShipment[] {
  const carrier = rng.weighted(CARRIER_SHARES);
  const split = lineCount >= 2 && rng.chance(0.1);
  const firstLines = split ? rng.int(1, lineCount - 1) : lineCount;
  const parcels = split ? [range(firstLines), range(lineCount).slice(firstLines)] : [range(lineCount)];
  let shippedAt = prepared.leavesAt;
  return parcels.map((lineIndexes, i): PlannedShipment => {
    // The rest of a split order gets its shipment when the first parcel leaves.
    const createdAt = i === 0 ? prepared.readyAt : shippedAt;
    if (i > 0) shippedAt = second(shippedAt + rng.float(1, 6) * DAY);
    const packedAt = second(createdAt + rng.float(0.3, 0.8) * (shippedAt - createdAt));
    const last = i === parcels.length - 1;
    steps.add(
      shippedAt,
      last ? 'shipped' : 'partially_shipped',
      { code: 'timeline.handedToCarrier', params: { carrier } },
      staffId,
    );
    const deliveredAt = deliveryTime(rng, carrier, shippedAt);
    return { lineIndexes, carrier, createdAt, packedAt, shippedAt, deliveredAt };
  });
}

/** About 5 % of delivered orders come back whole, 3 % in part. */
function returnOf(
  rng: Random,
  reasons: Random,
  steps: Steps,
  deliveredAt: number,
  lineCount: number,
  staffId: Id,
): PlannedReturn | null {
  const outcome = rng.next();
  if (outcome >= 0.08) return null;
  const complete = outcome < 0.05 || lineCount === 1;
  const lineIndexes = complete
    ? range(lineCount)
    : rng
        .shuffle(range(lineCount))
        .slice(0, rng.int(1, lineCount - 1))
        .sort((a, b) => a - b);
  const { reason, restock } = reasons.weighted(RETURN_REASONS);
  const at = steps.add(
    second(deliveredAt + rng.float(3, 21) * DAY),
    complete ? 'returned' : 'partially_returned',
    { reason },
    staffId,
  );
  return { at, lineIndexes, complete, reason, restock };
}

/** The life's streams: return reasons draw from their own, so choosing one leaves the rest of every life as it was. */
export interface LifeRandom {
  life: Random;
  returnReasons: Random;
}

export function planLifecycle(
  { life: rng, returnReasons }: LifeRandom,
  placedAt: number,
  lineCount: number,
  staffId: Id,
): Plan {
  const steps = new Steps();
  steps.add(placedAt, 'pending', { code: 'timeline.orderPlaced' });
  const paidAt = pay(rng, steps, placedAt);
  if (paidAt === null) return { steps: steps.list, shipments: [], returned: null };
  const shipments = dispatch(rng, steps, lineCount, prepare(rng, steps, paidAt, staffId), staffId);
  const lastDelivery = Math.max(...shipments.map((shipment) => shipment.deliveredAt));
  const deliveredAt = steps.add(lastDelivery, 'delivered', { code: 'timeline.deliveredByCarrier' });
  return {
    steps: steps.list,
    shipments,
    returned: returnOf(rng, returnReasons, steps, deliveredAt, lineCount, staffId),
  };
}

export interface Realised {
  status: OrderStatus;
  steps: Step[];
  paidAt: number | null;
  shippedAt: number | null;
  deliveredAt: number | null;
  cancelledAt: number | null;
  holdFrom: OrderStatus | null;
  shipments: PlannedShipment[];
  returned: PlannedReturn | null;
}

/** The plan as it stood at `anchor`. */
export function realise(plan: Plan, anchor: number): Realised {
  const steps = plan.steps.filter((s) => s.at <= anchor);
  const last = steps[steps.length - 1];
  if (!last) throw new Error('an order is placed before the anchor');
  const firstAt = (...statuses: OrderStatus[]) => steps.find((s) => statuses.includes(s.to))?.at ?? null;
  return {
    status: last.to,
    steps,
    paidAt: firstAt('paid'),
    shippedAt: firstAt('partially_shipped', 'shipped'),
    deliveredAt: firstAt('delivered'),
    cancelledAt: firstAt('cancelled'),
    holdFrom: last.to === 'on_hold' ? (steps[steps.length - 2]?.to ?? null) : null,
    shipments: plan.shipments.filter((shipment) => shipment.createdAt <= anchor),
    returned: plan.returned && plan.returned.at <= anchor ? plan.returned : null,
  };
}
