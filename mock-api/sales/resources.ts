/** Customers as a REST resource (orders and shipments: ../orders; promotions: ../promotions). */
import { validateCustomer } from '../../src/domain/validation/records';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';
import { addOrder, NO_FIGURES, type CustomerFigures } from '../../src/domain/customers';
import { DomainError, problem } from '../../src/domain/errors';
import { isErased } from '../../src/domain/privacy';
import type { Customer, Order } from '../../src/domain/types';

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
  // One pass over the orders per request, then a lookup per customer.
  computed: async (db) => {
    const byCustomer = new Map<number, CustomerFigures>();
    for (const order of await db.all<Order>('orders'))
      byCustomer.set(order.customerId, addOrder(byCustomer.get(order.customerId) ?? NO_FIGURES, order));
    return (record) => ({ ...(byCustomer.get(record.id) ?? NO_FIGURES) });
  },
  computedFields: ['orderCount', 'lifetimeValue', 'averageOrderValue', 'returnedOrders', 'lastOrderAt'],
});
