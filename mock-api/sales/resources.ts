/** Customers as a REST resource (orders and shipments: ../orders; promotions: ../promotions). */
import { validateCustomer } from '../../src/domain/validation/records';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';
import { addOrder, NO_FIGURES, type CustomerFigures } from '../../src/domain/customers';
import { DomainError, problem } from '../../src/domain/errors';
import { isErased } from '../../src/domain/privacy';
import type { Customer, Order } from '../../src/domain/types';
import type { Database } from '../store/database';
import { perVersion } from '../store/perVersion';

/**
 * One pass over the orders per database version, then a lookup per customer:
 * on PostgreSQL that pass reads every order over the socket, so a page of
 * customers (or the names beside an orders list) must not repeat it.
 */
const figuresByCustomer = perVersion(async (db: Database) => {
  const figures = new Map<number, CustomerFigures>();
  for (const order of await db.all<Order>('orders'))
    figures.set(order.customerId, addOrder(figures.get(order.customerId) ?? NO_FIGURES, order));
  return figures;
});

defineResource({
  name: 'customers',

  defaults: { phone: '', address: { name: '', street: '', postalCode: '', city: '', country: 'DE' } },
  validate: async (input, existing, tx) =>
    validateCustomer(input, existing?.id ?? null, await lookupFor(tx, ['customers'])),
  derive: (next) => (typeof next.email === 'string' ? { email: next.email.toLowerCase() } : {}),
  // An erased customer stays anonymous: editing would bring personal data back.
  guard: (existing) => {
    if (isErased(existing as unknown as Customer))
      throw new DomainError(409, problem('errors.alreadyErased'));
  },
  referencedBy: [{ collection: 'orders', field: 'customerId' }],
  computed: async (db) => {
    const byCustomer = await figuresByCustomer(db);
    return (record) => ({ ...(byCustomer.get(record.id) ?? NO_FIGURES) });
  },
  computedFields: ['orderCount', 'lifetimeValue', 'averageOrderValue', 'returnedOrders', 'lastOrderAt'],
});
