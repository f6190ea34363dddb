/**
 * The shop settings a new shop starts with: its own record (name, address,
 * time zone, money display; the time zone and dispatch promise from the
 * environment when the database is created), the carriers of
 * src/domain/carriers.ts, a German shop's shipping methods on them, and the
 * payment methods German customers expect, with the mix orders use them in.
 */
import { DEFAULT_CARRIERS } from '../../src/domain/carriers';
import type { ShippingTerms } from '../../src/domain/pricing';
import { initialShopSettings, SHOP_SETTINGS_ID, type ShopSettingsFields } from '../../src/domain/shop';
import type { Carrier, PaymentMethod, ShippingMethod, ShopSettings } from '../../src/domain/types';
import type { Random } from './random';
import type { Carrier as CarrierName } from './tracking';

const stamp = (at: string) => ({ createdAt: at, updatedAt: at, version: 1 });

/** The one shop record; `defaults` are SHOP_TIME_ZONE and SERVICE_LEVEL_HOURS when the API creates the database. */
export function buildShopSettings(
  at: string,
  defaults: Partial<Pick<ShopSettingsFields, 'timeZone' | 'serviceLevelHours'>> = {},
): ShopSettings {
  return { id: SHOP_SETTINGS_ID, ...stamp(at), ...initialShopSettings(defaults) };
}

export function buildCarriers(at: string): Carrier[] {
  return DEFAULT_CARRIERS.map((carrier, i) => ({ id: i + 1, ...stamp(at), ...carrier, active: true }));
}

/**
 * Standard parcels at €4.90, free from €50, dispatched in 48 h; express and UPS
 * cost more. Orders are priced with their method's terms (src/domain/pricing/shipping.ts).
 */
const SHIPPING: ReadonlyArray<
  Omit<ShippingMethod, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'carrierId'> & {
    carrier: CarrierName;
  }
> = [
  { name: 'DHL Paket', carrier: 'DHL', price: 490, freeShippingFrom: 5000, dispatchHours: 48, active: true },
  {
    name: 'DHL Express',
    carrier: 'DHL',
    price: 1290,
    freeShippingFrom: null,
    dispatchHours: 24,
    active: true,
  },
  {
    name: 'DPD Classic',
    carrier: 'DPD',
    price: 490,
    freeShippingFrom: 5000,
    dispatchHours: 48,
    active: true,
  },
  {
    name: 'Hermes Paket',
    carrier: 'Hermes',
    price: 490,
    freeShippingFrom: 5000,
    dispatchHours: 48,
    active: true,
  },
  { name: 'GLS Paket', carrier: 'GLS', price: 490, freeShippingFrom: 5000, dispatchHours: 48, active: true },
  {
    name: 'UPS Standard',
    carrier: 'UPS',
    price: 690,
    freeShippingFrom: 7500,
    dispatchHours: 48,
    active: true,
  },
];

export function buildShippingMethods(at: string, carriers: readonly Carrier[]): ShippingMethod[] {
  return SHIPPING.map(({ carrier, ...method }, i) => ({
    id: i + 1,
    ...stamp(at),
    ...method,
    carrierId: carriers.find((c) => c.name === carrier)!.id,
  }));
}

const PAYMENT: ReadonlyArray<
  readonly [Omit<PaymentMethod, 'id' | 'createdAt' | 'updatedAt' | 'version'>, number]
> = [
  [{ name: 'PayPal', kind: 'paypal', waitsForPayment: false, active: true }, 35],
  [{ name: 'Rechnung', kind: 'invoice', waitsForPayment: false, active: true }, 25],
  [{ name: 'Kreditkarte', kind: 'card', waitsForPayment: false, active: true }, 15],
  [{ name: 'SEPA-Lastschrift', kind: 'sepa_direct_debit', waitsForPayment: false, active: true }, 12],
  [{ name: 'Vorkasse', kind: 'prepayment', waitsForPayment: true, active: true }, 9],
  [{ name: 'Nachnahme', kind: 'cash_on_delivery', waitsForPayment: false, active: true }, 4],
];

export function buildPaymentMethods(at: string): PaymentMethod[] {
  return PAYMENT.map(([method], i) => ({ id: i + 1, ...stamp(at), ...method }));
}

/** Which methods an order was placed with: the parcel's carrier decides the shipping method. */
export class MethodPicker {
  constructor(private readonly rng: Random) {}

  shipping(carrier: CarrierName | null): number {
    const on = (name: CarrierName) => SHIPPING.flatMap((m, i) => (m.carrier === name ? [i + 1] : []));
    const choices = carrier ? on(carrier) : on('DHL');
    // One DHL parcel in ten goes express.
    return choices.length > 1 && this.rng.chance(0.1) ? choices[1]! : choices[0]!;
  }

  /** The price terms of a method `shipping` picked (ids are positions in the seed's list, from 1). */
  terms(shippingMethodId: number): ShippingTerms {
    const { price, freeShippingFrom } = SHIPPING[shippingMethodId - 1]!;
    return { price, freeShippingFrom };
  }

  payment(): number {
    return this.rng.weighted(PAYMENT.map(([_method, share], i) => [i + 1, share] as const));
  }
}
