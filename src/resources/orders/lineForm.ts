/**
 * Forms that pick quantities from an order's lines (a shipment, a return).
 * The form shows every line that still has something open, with a quantity
 * (0 = not this time); the request carries only the lines with a quantity.
 * So the API's `items.<k>` counts chosen lines, and errors are moved back to
 * the form's `lines.<i>`. Client checks run the domain's own validators.
 */
import { domainFormValidator, type DomainValidatorOptions } from '../../components/domainValidation';
import { nestErrors } from '../../components/useServerAction';
import type { FieldProblems } from '../../domain/errors';
import type { Quantities } from '../../domain/shipments';
import type { Id, OrderItem } from '../../domain/types';

export interface QuantityLine {
  productId: Id;
  sku: string;
  name: string;
  /** The most this form may take of the line (still to ship, still returnable). */
  limit: number;
}

/** The order's lines with something left under `limits` (one per product), each limited to it. */
export function linesWithin(items: readonly OrderItem[], limits: Quantities): QuantityLine[] {
  const seen = new Set<Id>();
  return items.flatMap((item) => {
    const limit = limits.get(item.productId) ?? 0;
    if (limit === 0 || seen.has(item.productId)) return [];
    seen.add(item.productId);
    return [{ productId: item.productId, sku: item.sku, name: item.name, limit }];
  });
}

export interface FormLine {
  productId: Id;
  quantity: number | null;
}

export function chosenLines<T extends FormLine>(lines: readonly T[]): { chosen: T[]; formIndexOf: number[] } {
  const chosen: T[] = [];
  const formIndexOf: number[] = [];
  lines.forEach((line, index) => {
    if (line.quantity === null || line.quantity === 0) return;
    chosen.push(line);
    formIndexOf.push(index);
  });
  return { chosen, formIndexOf };
}

/**
 * `items.<k>.<field>` → `lines.<i>.<field>`. "No lines at all" (`items`) is
 * shown at the first quantity, where the user has to act.
 */
export function lineFieldMapper(formIndexOf: readonly number[]): (apiField: string) => string {
  return (apiField) => {
    if (apiField === 'items') return 'lines.0.quantity';
    const match = /^items\.(\d+)\.(.+)$/.exec(apiField);
    if (!match) return apiField;
    const index = formIndexOf[Number(match[1])];
    return index === undefined ? 'lines.0.quantity' : `lines.${index}.${match[2]}`;
  };
}

export interface LinesRequest {
  body: object;
  formIndexOf: number[];
}

/**
 * A form validator that builds the request from the form values and checks it
 * with a domain validator (the one the API runs), placing each problem at the
 * form field it concerns. Product ids in messages read as the line's SKU.
 */
export function linesFormValidator(
  toRequest: (values: Record<string, unknown>) => LinesRequest,
  check: (body: Record<string, unknown>) => FieldProblems,
  skuOf: (productId: Id) => string | undefined,
  options: DomainValidatorOptions = {},
) {
  return (values: Record<string, unknown>) => {
    const { body, formIndexOf } = toRequest(values);
    const flat = domainFormValidator(() => check(body as Record<string, unknown>), options)(values);
    const fieldOf = lineFieldMapper(formIndexOf);
    const placed: Record<string, unknown> = {};
    for (const [field, error] of Object.entries(flat)) {
      const productId = error.args.productId;
      const sku = typeof productId === 'number' ? skuOf(productId) : undefined;
      placed[fieldOf(field)] = sku ? { ...error, args: { ...error.args, productId: sku } } : error;
    }
    return nestErrors(placed);
  };
}
