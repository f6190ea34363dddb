/** Customers, orders, shipments and promotions as REST resources. */
import { validateCustomer, validatePromotion, PROMOTION_DEFAULTS } from '../../src/domain/validation/records';
import type { Promotion } from '../../src/domain/types';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';

defineResource({
  name: 'customers',
  methods: ['create', 'update', 'delete'],
  defaults: { phone: '', address: { name: '', street: '', postalCode: '', city: '', country: 'DE' } },
  validate: (input, existing, tx) => validateCustomer(input, existing?.id ?? null, lookupFor(tx)),
  derive: (next) => (typeof next.email === 'string' ? { email: next.email.toLowerCase() } : {}),
  referencedBy: [{ collection: 'orders', field: 'customerId' }],
});

// Orders and shipments change only through their workflow endpoints, which keep stock and reservations exact.
defineResource({ name: 'orders', methods: [], methodHint: 'errors.ordersWorkflowOnly' });
defineResource({ name: 'shipments', methods: [], methodHint: 'errors.shipmentsWorkflowOnly' });

defineResource({
  name: 'promotions',
  methods: ['create', 'update', 'delete'],
  defaults: { ...PROMOTION_DEFAULTS },
  validate: (input, existing, tx) => validatePromotion(input, existing as Promotion | null, lookupFor(tx)),
  derive: (next) => (typeof next.code === 'string' && next.code ? { code: next.code.toUpperCase() } : {}),
  referencedBy: [{ collection: 'orders', field: (row, id) => (row.promotionIds as number[]).includes(id) }],
});
