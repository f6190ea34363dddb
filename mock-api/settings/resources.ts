/**
 * The shop's settings as REST resources (admin writes, everyone reads; the
 * generic bridge audits every write): carriers, shipping and payment methods.
 * A setting in use is never deleted, only deactivated, so history keeps its
 * names.
 */
import type { CarrierRules } from '../../src/domain/carriers';
import type { Carrier, Shipment } from '../../src/domain/types';
import {
  validateCarrier,
  validatePaymentMethod,
  validateShippingMethod,
} from '../../src/domain/validation/settings';
import { lookupFor } from '../lookups';
import { defineResource } from '../rest/rules';
import type { Store, Transaction } from '../store/store';

defineResource({
  name: 'carriers',
  defaults: { trackingPattern: null, trackingUrlTemplate: null, active: true },
  validate: (input, existing, tx) => validateCarrier(input, existing?.id ?? null, lookupFor(tx)),
  // Parcels keep their carrier by name (it is what was printed on the label and
  // what lists filter by), so a rename carries the new name onto them in the
  // same transaction: their tracking link and number check keep working.
  afterUpdate: (before, after, tx) => {
    if (before.name === after.name) return;
    // Ids first: the updates must not change what is being iterated.
    const ids = [...tx.all<Shipment>('shipments')].filter((s) => s.carrier === before.name).map((s) => s.id);
    for (const id of ids) tx.update<Shipment>('shipments', id, { carrier: String(after.name) });
    return `renamed from "${String(before.name)}" to "${String(after.name)}" on ${ids.length} parcels`;
  },
  referencedKey: 'errors.carrierReferenced',
  referencedBy: [
    { collection: 'shipping-methods', field: 'carrierId' },
    {
      collection: 'shipments',
      field: (row, carrier) => row.carrier === carrier.name,
    },
  ],
});

defineResource({
  name: 'shipping-methods',
  defaults: { freeShippingFrom: null, active: true },
  validate: (input, existing, tx) => validateShippingMethod(input, existing?.id ?? null, lookupFor(tx)),
  referencedKey: 'errors.shippingMethodReferenced',
  referencedBy: [{ collection: 'orders', field: 'shippingMethodId' }],
});

defineResource({
  name: 'payment-methods',
  defaults: { waitsForPayment: false, active: true },
  validate: (input, existing, tx) => validatePaymentMethod(input, existing?.id ?? null, lookupFor(tx)),
  referencedKey: 'errors.paymentMethodReferenced',
  referencedBy: [{ collection: 'orders', field: 'paymentMethodId' }],
});

/** The active carrier of a name, for booking a parcel. */
export function activeCarrierOf(tx: Transaction | Store): (name: string) => CarrierRules | undefined {
  return (name) => {
    for (const carrier of tx.all<Carrier>('carriers'))
      if (carrier.active && carrier.name === name) return carrier;
    return undefined;
  };
}

/** A parcel's tracking page, from its carrier's record (a deactivated carrier still links old parcels). */
export function carrierByName(store: Store): (name: unknown) => Carrier | undefined {
  const byName = new Map<string, Carrier>();
  for (const carrier of store.all<Carrier>('carriers')) byName.set(carrier.name, carrier);
  return (name) => (typeof name === 'string' ? byName.get(name) : undefined);
}
