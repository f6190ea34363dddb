/** Orders (priced by the shared engine), their shipments, returns and refunds. */
import { MethodPicker } from './settings';
import type { PromotionCode } from '../../src/domain/promotions';
import type {
  Customer,
  Id,
  Order,
  OrderItem,
  OrderReturn,
  Promotion,
  Refund,
  Shipment,
} from '../../src/domain/types';
import type { Calendar } from './calendar';
import type { Catalog } from './catalog';
import { parcelDraft, shipmentRecords, type ParcelDraft } from './parcels';
import { planLifecycle, realise, type LifeRandom } from './lifecycle';
import { staffFor, type CustomerFacts } from './people';
import { orderTotals, type PricingLine } from './pricing';
import { PromotionBook } from './promotions';
import { CustomerPicker, ProductPicker } from './pickers';
import { at, Random } from './random';
import { numbered, refundedTotal, returnDrafts, type ReturnDrafts } from './returns';
import { TrackingNumbers } from './tracking';
import { iso, type Span } from './time';

export const ORDER_NUMBER_BASE = 100_000;

export interface Sales {
  orders: Order[];
  shipments: Shipment[];
  returns: OrderReturn[];
  refunds: Refund[];
  promotions: Promotion[];
  promotionCodes: PromotionCode[];
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

class SalesBuilder {
  private readonly customerRng: Random;
  private readonly lineRng: Random;
  private readonly lifeRng: LifeRandom;
  private readonly methods: MethodPicker;
  private readonly customers: CustomerPicker;
  private readonly products: ProductPicker;
  private readonly promotions: PromotionBook;
  private readonly tracking: TrackingNumbers;
  private readonly orders: Order[] = [];
  private readonly parcels: ParcelDraft[] = [];
  private readonly returns: ReturnDrafts[] = [];

  constructor(
    rng: Random,
    private readonly input: SalesInput,
  ) {
    this.customerRng = rng.fork('customers');
    this.lineRng = rng.fork('lines');
    this.lifeRng = { life: rng.fork('lifecycle'), returnReasons: rng.fork('return-reasons') };
    this.customers = new CustomerPicker(input.customerFacts);
    this.products = new ProductPicker(input.catalog);
    this.promotions = new PromotionBook(
      rng.fork('promotions'),
      input.span,
      input.catalog,
      input.fullPromotionSet,
    );
    this.tracking = new TrackingNumbers(rng.fork('tracking'));
    this.methods = new MethodPicker(rng.fork('methods'));
  }

  place(id: Id, placedAt: number): void {
    const { input } = this;
    const { index: customerIndex, firstOrder } = this.customers.pick(this.customerRng, placedAt);
    const customer = at(input.customers, customerIndex);
    const nearest = at(input.customerFacts, customerIndex).nearestWarehouseId;
    const warehouseId = this.customerRng.chance(0.85) ? nearest : this.customerRng.pick(input.warehouseIds);
    const lines = this.basket(placedAt);
    const staffId = staffFor(warehouseId);
    // The lifecycle draws from its own stream, so planning it first changes no draw; its first parcel's
    // carrier names the method the customer chose, whose terms price the order's shipping.
    const realised = realise(planLifecycle(this.lifeRng, placedAt, lines.length, staffId), input.span.anchor);
    const shippingMethodId = this.methods.shipping(realised.shipments[0]?.carrier ?? null);
    const priced = this.promotions.apply(
      { at: placedAt, customerIndex, firstOrder, lines, shipping: this.methods.terms(shippingMethodId) },
      input.catalog.parentOf,
    );
    const items = lines.map((line, n): OrderItem => {
      const { sku, name } = at(input.catalog.products, line.productId - 1);
      const { productId, quantity, unitPrice } = line;
      return { productId, sku, name, quantity, unitPrice, discount: at(priced.lines, n).discount };
    });
    const totals = orderTotals(priced);
    for (const planned of realised.shipments) {
      const trackingNumber = this.tracking.next(planned.carrier);
      this.parcels.push(parcelDraft(id, warehouseId, items, planned, trackingNumber, input.span.anchor));
    }
    const returned = realised.returned
      ? returnDrafts(
          { id, warehouseId, items, shippingTotal: totals.shippingTotal },
          realised.returned,
          staffId,
        )
      : null;
    if (returned) this.returns.push(returned);
    this.orders.push({
      id,
      createdAt: iso(placedAt),
      updatedAt: iso(Math.max(...realised.steps.map((step) => step.at))),
      version: 1,
      number: `KT-${ORDER_NUMBER_BASE + id}`,
      customerId: customer.id,
      status: realised.status,
      warehouseId,
      shippingMethodId,
      paymentMethodId: this.methods.payment(),
      items,
      ...totals,
      promotionIds: priced.applied.map(({ promotionId }) => promotionId).sort((a, b) => a - b),
      shippingAddress: { ...customer.address },
      placedAt: iso(placedAt),
      paidAt: isoOrNull(realised.paidAt),
      shippedAt: isoOrNull(realised.shippedAt),
      deliveredAt: isoOrNull(realised.deliveredAt),
      cancelledAt: isoOrNull(realised.cancelledAt),
      refundedTotal: returned ? refundedTotal(returned.refunds) : 0,
      holdFrom: realised.holdFrom,
      timeline: realised.steps.map((step, n) => ({
        at: iso(step.at),
        userId: step.userId,
        from: n === 0 ? null : at(realised.steps, n - 1).to,
        to: step.to,
        ...('code' in step.note
          ? { reason: '', code: step.note.code, params: step.note.params ?? {} }
          : { reason: step.note.reason, code: null }),
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

  result(): Sales {
    return {
      orders: this.orders,
      shipments: shipmentRecords(this.parcels, this.input.span.anchor),
      returns: numbered(this.returns.map((drafts) => drafts.orderReturn)),
      refunds: numbered(this.returns.flatMap((drafts) => drafts.refunds)),
      promotions: this.promotions.records(),
      promotionCodes: this.promotions.codes(),
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
