/** Rules for the shop's settings (carriers, shipping and payment methods) beyond their fields' shapes. */
import {
  carrierInput,
  carrierPatch,
  paymentMethodInput,
  paymentMethodPatch,
  shippingMethodInput,
  shippingMethodPatch,
} from '../contract/admin';
import { referenceProblems, valueProblems } from '../contract/problems';
import { problem, type FieldProblems } from '../errors';
import type { UniqueLookup } from './records';

/** A name people pick from a list must not appear twice in it. */
function uniqueName(
  collection: string,
  input: Record<string, unknown>,
  existingId: number | null,
  problems: FieldProblems,
  lookup?: UniqueLookup,
): FieldProblems {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!problems.name && name && lookup?.taken(collection, 'name', name, existingId))
    problems.name = problem('errors.valueTaken', { value: name });
  return problems;
}

export function validateCarrier(
  input: Record<string, unknown>,
  existingId: number | null,
  lookup?: UniqueLookup,
) {
  const problems = valueProblems(existingId === null ? carrierInput : carrierPatch, input);
  return uniqueName('carriers', input, existingId, problems, lookup);
}

export function validateShippingMethod(
  input: Record<string, unknown>,
  existingId: number | null,
  lookup?: UniqueLookup,
) {
  const problems = referenceProblems(
    input,
    { carrierId: 'carriers' },
    valueProblems(existingId === null ? shippingMethodInput : shippingMethodPatch, input),
    lookup,
  );
  return uniqueName('shipping-methods', input, existingId, problems, lookup);
}

export function validatePaymentMethod(
  input: Record<string, unknown>,
  existingId: number | null,
  lookup?: UniqueLookup,
) {
  const problems = valueProblems(existingId === null ? paymentMethodInput : paymentMethodPatch, input);
  return uniqueName('payment-methods', input, existingId, problems, lookup);
}
