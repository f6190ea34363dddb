/** Orders (with their promotions) and the shipments that fulfilled them. */
import type {
  Customer,
  Id,
  Order,
  OrderItem,
  OrderStatus,
  Promotion,
  Shipment,
  ShipmentStatus,
} from '../../src/domain/types';
import type { Calendar } from './calendar';
import type { Catalog } from './catalog';
import { planLifecycle, realise, type PlannedShipment, type Realised } from './lifecycle';
import { staffFor, type CustomerFacts } from './people';
import { lineTotal, orderTotals, type PricingLine } from './pricing';
import { PromotionBook } from './promotions';
import { CustomerPicker, ProductPicker } from './pickers';
import { at, Random } from './random';
import { TrackingNumbers } from './tracking';
import { HOUR, iso, type Span } from './time';

export const ORDER_NUMBER_BASE = 100_000;
export const OPEN_STATUSES: readonly OrderStatus[] = [
  'pending',
  'paid',
  'processing',
  'partially_shipped',
  'on_hold',
];

export interface ReturnedItem {
  productId: Id;
  quantity: number;
  shipmentId: Id;
}

export interface OrderReturn {
  orderId: Id;
  warehouseId: Id;
  at: number;
  items: ReturnedItem[];
}

export interface Sales {
  orders: Order[];
  shipments: Shipment[];
  returns: OrderReturn[];
  promotions: Promotion[];
}

export interface SalesInput {
  span: Span;
  calendar: Calendar;
  catalog: Catalog;
  customers: readonly Customer[];
  customerFacts: readonly CustomerFacts[];
  warehouseIds: readonly Id[];
  orderCount: number;
  fullPromotionSet: boolean;
}

interface ShipmentDraft {
  record: Shipment;
  lineIndexes: number[];
  shippedAt: number;
}

function shipmentStatus(planned: PlannedShipment, anchor: number): ShipmentStatus {
  if (planned.deliveredAt <= anchor) return 'delivered';
  return anchor - planned.shippedAt > 12 * HOUR ? 'in_transit' : 'shipped';
}

function shipmentDraft(
  orderId: Id,
  warehouseId: Id,
  items: readonly OrderItem[],
  planned: PlannedShipment,
  trackingNumber: string,
  anchor: number,
): ShipmentDraft {
  const status = shipmentStatus(planned, anchor);
  const lastScan =
    status === 'delivered'
      ? planned.deliveredAt
      : status === 'in_transit'
        ? planned.shippedAt + 12 * HOUR
        : planned.shippedAt;
  return {
    lineIndexes: planned.lineIndexes,
    shippedAt: planned.shippedAt,
    record: {
      id: 0,
      createdAt: iso(planned.packedAt),
      updatedAt: iso(lastScan),
      version: 1,
      orderId,
      warehouseId,
      carrier: planned.carrier,
      trackingNumber,
      status,
      items: planned.lineIndexes.map((i) => ({
        productId: at(items, i).productId,
        quantity: at(items, i).quantity,
      })),
      shippedAt: iso(planned.shippedAt),
      deliveredAt: status === 'delivered' ? iso(planned.deliveredAt) : null,
    },
  };
}

function refunded(realised: Realised, items: readonly OrderItem[], total: number): number {
  const { returned } = realised;
  if (!returned) return 0;
  if (returned.complete) return total;
  return returned.lineIndexes.reduce((sum, i) => sum + lineTotal(at(items, i)) - at(items, i).discount, 0);
}

const LINE_COUNTS = [
  [1, 45],
  [2, 28],
  [3, 15],
  [4, 8],
  [5, 4],
] as const;
const QUANTITIES = [
  [1, 75],
  [2, 17],
  [3, 5],
  [4, 2],
  [6, 1],
] as const;

interface PendingReturn {
  entry: Omit<OrderReturn, 'items'>;
  lines: { productId: Id; quantity: number; parcel: ShipmentDraft }[];
}

class SalesBuilder {
  private readonly customerRng: Random;
  private readonly lineRng: Random;
  private readonly lifeRng: Random;
  private readonly customers: CustomerPicker;
  private readonly products: ProductPicker;
  private readonly promotions: PromotionBook;
  private readonly tracking: TrackingNumbers;
  private readonly orders: Order[] = [];
  private readonly parcels: ShipmentDraft[] = [];
  private readonly returns: PendingReturn[] = [];

  constructor(
    rng: Random,
    private readonly input: SalesInput,
  ) {
    this.customerRng = rng.fork('customers');
    this.lineRng = rng.fork('lines');
    this.lifeRng = rng.fork('lifecycle');
    this.customers = new CustomerPicker(input.customerFacts);
    this.products = new ProductPicker(input.catalog);
    this.promotions = new PromotionBook(
      rng.fork('promotions'),
      input.span,
      input.catalog,
      input.fullPromotionSet,
    );
    this.tracking = new TrackingNumbers(rng.fork('tracking'));
  }

  place(id: Id, placedAt: number): void {
    const { input } = this;
    const { index: customerIndex, firstOrder } = this.customers.pick(this.customerRng, placedAt);
    const customer = at(input.customers, customerIndex);
    const nearest = at(input.customerFacts, customerIndex).nearestWarehouseId;
    const warehouseId = this.customerRng.chance(0.85) ? nearest : this.customerRng.pick(input.warehouseIds);
    const lines = this.basket(placedAt);
    const applied = this.promotions.apply(
      { at: placedAt, customerIndex, firstOrder, lines },
      input.catalog.parentOf,
    );
    const discounts = lines.map((_, n) =>
      applied.reduce((sum, { effect }) => sum + at(effect.lineDiscounts, n), 0),
    );
    const totals = orderTotals(
      lines,
      discounts,
      applied.some(({ effect }) => effect.shippingDiscount > 0),
    );
    const items = lines.map((line, n): OrderItem => {
      const { sku, name } = at(input.catalog.products, line.productId - 1);
      return {
        productId: line.productId,
        sku,
        name,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        discount: at(discounts, n),
      };
    });
    const plan = planLifecycle(this.lifeRng, placedAt, items.length, staffFor(warehouseId));
    const realised = realise(plan, input.span.anchor);
    this.fulfil(id, warehouseId, items, realised);
    this.orders.push({
      id,
      createdAt: iso(placedAt),
      updatedAt: iso(Math.max(...realised.steps.map((step) => step.at))),
      version: 1,
      number: `KT-${ORDER_NUMBER_BASE + id}`,
      customerId: customer.id,
      status: realised.status,
      warehouseId,
      items,
      ...totals,
      promotionIds: applied.map(({ promotionId }) => promotionId).sort((a, b) => a - b),
      shippingAddress: { ...customer.address },
      placedAt: iso(placedAt),
      paidAt: isoOrNull(realised.paidAt),
      shippedAt: isoOrNull(realised.shippedAt),
      deliveredAt: isoOrNull(realised.deliveredAt),
      cancelledAt: isoOrNull(realised.cancelledAt),
      refundedTotal: refunded(realised, items, totals.total),
      holdFrom: realised.holdFrom,
      timeline: realised.steps.map((step, n) => ({
        at: iso(step.at),
        userId: step.userId,
        from: n === 0 ? null : at(realised.steps, n - 1).to,
        to: step.to,
        reason: step.reason,
      })),
    });
  }

  /** 1–5 distinct products on sale at `placedAt`. */
  private basket(placedAt: number): PricingLine[] {
    const taken = new Set<number>();
    const lineCount = this.lineRng.weighted(LINE_COUNTS);
    for (let n = 0; n < lineCount; n++) {
      const productIndex = this.products.pick(this.lineRng, placedAt, taken);
      if (productIndex !== null) taken.add(productIndex);
    }
    return [...taken].map((productIndex) => {
      const product = at(this.input.catalog.products, productIndex);
      const quantity = this.lineRng.weighted(QUANTITIES);
      return { productId: product.id, categoryId: product.categoryId, quantity, unitPrice: product.price };
    });
  }

  private fulfil(orderId: Id, warehouseId: Id, items: readonly OrderItem[], realised: Realised): void {
    const { anchor } = this.input.span;
    const parcels = realised.shipments.map((planned) =>
      shipmentDraft(orderId, warehouseId, items, planned, this.tracking.next(planned.carrier), anchor),
    );
    this.parcels.push(...parcels);
    if (!realised.returned) return;
    const parcelOf = (line: number) =>
      parcels.find((parcel) => parcel.lineIndexes.includes(line)) ?? at(parcels, 0);
    this.returns.push({
      entry: { orderId, warehouseId, at: realised.returned.at },
      lines: realised.returned.lineIndexes.map((line) => ({ ...at(items, line), parcel: parcelOf(line) })),
    });
  }

  result(): Sales {
    // Shipment ids follow the time the parcels left.
    const parcels = [...this.parcels].sort(
      (a, b) => a.shippedAt - b.shippedAt || a.record.orderId - b.record.orderId,
    );
    parcels.forEach((parcel, n) => (parcel.record.id = n + 1));
    return {
      orders: this.orders,
      shipments: parcels.map((parcel) => parcel.record),
      returns: this.returns.map(({ entry, lines }) => ({
        ...entry,
        items: lines.map(({ productId, quantity, parcel }) => ({
          productId,
          quantity,
          shipmentId: parcel.record.id,
        })),
      })),
      promotions: this.promotions.records(),
    };
  }
}

const isoOrNull = (moment: number | null) => (moment === null ? null : iso(moment));

export function buildSales(rng: Random, input: SalesInput): Sales {
  const builder = new SalesBuilder(rng, input);
  input.calendar
    .sampleSorted(rng.fork('order-times'), input.orderCount)
    .forEach((moment, i) => builder.place(i + 1, Math.floor(moment / 1000) * 1000));
  return builder.result();
}
