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
import type { RecordReader } from '../store/database';

defineResource({
  name: 'carriers',
  defaults: { trackingPattern: null, trackingUrlTemplate: null, active: true },
  validate: async (input, existing, tx) =>
    validateCarrier(input, existing?.id ?? null, await lookupFor(tx, ['carriers'])),
  // Parcels keep their carrier by name (it is what was printed on the label and
  // what lists filter by), so a rename carries the new name onto them in the
  // same transaction: their tracking link and number check keep working.
  afterUpdate: async (before, after, tx) => {
    if (before.name === after.name) return;
    // Ids first: the updates must not change what is being iterated.
    const ids = (await tx.findBy<Shipment>('shipments', 'carrier', String(before.name))).map((s) => s.id);
    for (const id of ids) await tx.update<Shipment>('shipments', id, { carrier: String(after.name) });
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
  validate: async (input, existing, tx) =>
    validateShippingMethod(
      input,
      existing?.id ?? null,
      await lookupFor(tx, ['shipping-methods', 'carriers']),
    ),
  referencedKey: 'errors.shippingMethodReferenced',
  referencedBy: [{ collection: 'orders', field: 'shippingMethodId' }],
});

defineResource({
  name: 'payment-methods',
  defaults: { waitsForPayment: false, active: true },
  validate: async (input, existing, tx) =>
    validatePaymentMethod(input, existing?.id ?? null, await lookupFor(tx, ['payment-methods'])),
  referencedKey: 'errors.paymentMethodReferenced',
  referencedBy: [{ collection: 'orders', field: 'paymentMethodId' }],
});

/** The active carrier of a name, for booking a parcel. */
export async function activeCarrierOf(
  reader: RecordReader,
): Promise<(name: string) => CarrierRules | undefined> {
  const active = (await reader.all<Carrier>('carriers')).filter((carrier) => carrier.active);
  return (name) => active.find((carrier) => carrier.name === name);
}

/** A parcel's tracking page, from its carrier's record (a deactivated carrier still links old parcels). */
export async function carrierByName(reader: RecordReader): Promise<(name: unknown) => Carrier | undefined> {
  const byName = new Map<string, Carrier>();
  for (const carrier of await reader.all<Carrier>('carriers')) byName.set(carrier.name, carrier);
  return (name) => (typeof name === 'string' ? byName.get(name) : undefined);
}
