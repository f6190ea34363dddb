/** Customers as a REST resource (orders and shipments: ../orders; promotions: ../promotions). */
import { validateCustomer } from '../../src/domain/validation/records';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';

defineResource({
  name: 'customers',

  defaults: { phone: '', address: { name: '', street: '', postalCode: '', city: '', country: 'DE' } },
  validate: (input, existing, tx) => validateCustomer(input, existing?.id ?? null, lookupFor(tx)),
  derive: (next) => (typeof next.email === 'string' ? { email: next.email.toLowerCase() } : {}),
  referencedBy: [{ collection: 'orders', field: 'customerId' }],
});
