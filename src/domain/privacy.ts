/**
 * Data-protection requests about a customer (GDPR articles 15 and 17). Erasure
 * anonymises: the person's name, contact data and addresses go, the orders and
 * their figures stay (a shop must keep its books, and the KPIs must not move),
 * now pointing at a customer nobody can identify.
 */
import type { Address, Customer, Id } from './types';

/** What an erased customer is called everywhere it was named. */
export const ERASED_NAME = 'Erased';

/** An address with nothing left that points at a person; the country stays for tax and statistics. */
export function anonymisedAddress(address: Address): Address {
  return { name: ERASED_NAME, street: '', postalCode: '', city: '', country: address.country };
}

/** The customer record after erasure: no name, no contact data, an address-free placeholder. */
export function anonymisedCustomer(customer: Pick<Customer, 'id' | 'address'>): Partial<Customer> {
  return {
    firstName: ERASED_NAME,
    lastName: `#${customer.id}`,
    // Unique, and unmistakably not an address anyone receives mail at (RFC 2606 reserves .invalid).
    email: `erased-${customer.id}@example.invalid`,
    phone: '',
    address: anonymisedAddress(customer.address),
  };
}

export function isErased(customer: Pick<Customer, 'email' | 'id'>): boolean {
  return customer.email === `erased-${customer.id}@example.invalid`;
}

/** Fields of audited customer changes that held personal data, blanked in the audit log on erasure. */
export const PERSONAL_FIELDS: readonly string[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'shippingAddress',
];

export interface ErasureSummary {
  customerId: Id;
  ordersAnonymised: number;
  auditEntriesRedacted: number;
}
